#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace strata {

// A deliberately small TOML reader: it extracts one table (e.g. "tool.alembic")
// with string, boolean, integer and string-array values, which is all the
// [tool.alembic] section of a pyproject.toml uses. Other tables are skipped.
class TomlTable
{
public:
    static Result<TomlTable> load(const QString &path, const QString &tableName);
    static Result<TomlTable> parse(const QString &text, const QString &fileName, const QString &tableName);

    bool found() const { return m_found; }
    int tableLine() const { return m_tableLine; }
    bool contains(const QString &key) const { return m_values.contains(key); }
    QVariant value(const QString &key) const { return m_values.value(key); }
    int lineOf(const QString &key) const { return m_lines.value(key); }

private:
    bool m_found = false;
    int m_tableLine = 0;
    QHash<QString, QVariant> m_values;
    QHash<QString, int> m_lines;
};

} // namespace strata
