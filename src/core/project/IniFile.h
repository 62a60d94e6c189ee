#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// Reads an INI file the way Python's configparser.ConfigParser (which Alembic
// uses) does: '=' or ':' delimiters, '#'/';' comment lines, indented
// continuation lines, lower-cased keys, strict duplicates, and "basic"
// %(name)s interpolation against the section and the defaults (e.g. "here").
class IniFile
{
public:
    struct Entry
    {
        QString key;
        QString rawValue;
        int line = 0;
    };
    struct Section
    {
        QString name;
        int line = 0;
        QList<Entry> entries;
    };

    static Result<IniFile> parse(const QString &text, const QString &fileName,
                                 const QHash<QString, QString> &defaults = {});
    static Result<IniFile> load(const QString &path, const QHash<QString, QString> &defaults = {});

    QString fileName() const { return m_fileName; }
    bool hasSection(const QString &name) const;
    QStringList sectionNames() const;
    bool hasKey(const QString &section, const QString &key) const;
    int lineOf(const QString &section, const QString &key) const;
    // The line of the section's header (0 when there is no such section).
    int sectionLine(const QString &section) const;

    // The interpolated value; an Error names the file, line and key when the
    // interpolation is malformed. A missing key yields an empty optional-like
    // NotFound error.
    Result<QString> value(const QString &section, const QString &key) const;

private:
    const Entry *find(const QString &section, const QString &key) const;
    Result<QString> interpolate(const QString &section, const Entry &entry, const QString &raw, int depth) const;

    QString m_fileName;
    QList<Section> m_sections;
    QHash<QString, QString> m_defaults;
};

} // namespace strata
