#include "IniFile.h"

#include <QCoreApplication>
#include <QFile>

namespace strata {

namespace {
constexpr int MaxInterpolationDepth = 10;
constexpr int MaxInterpolatedSize = 1 << 22; // characters: references that double at each level are hostile

QString stripRight(const QString &s)
{
    int end = s.size();
    while (end > 0 && s.at(end - 1).isSpace())
        --end;
    return s.left(end);
}
} // namespace

Result<IniFile> IniFile::load(const QString &path, const QHash<QString, QString> &defaults)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::IniFile", "cannot read %1: %2").arg(path, file.errorString()), path);
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter))
        return makeError(ErrorCode::Decode, QCoreApplication::translate("strata::IniFile", "file is not valid UTF-8"), path);
    return parse(text, path, defaults);
}

Result<IniFile> IniFile::parse(const QString &text, const QString &fileName, const QHash<QString, QString> &defaults)
{
    IniFile ini;
    ini.m_fileName = fileName;
    ini.m_defaults = defaults;

    // configparser reads with universal newlines: \r\n and a lone \r end lines too
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    Section *current = nullptr;
    Entry *lastEntry = nullptr;
    int pendingBlank = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            ++pendingBlank;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;

        const bool indented = line.at(0).isSpace();
        if (indented && lastEntry) {
            // configparser keeps blank lines inside a continued value
            QString &value = lastEntry->rawValue;
            for (int b = 0; b < pendingBlank; ++b)
                value += QLatin1Char('\n');
            value += QLatin1Char('\n') + trimmed;
            pendingBlank = 0;
            continue;
        }
        pendingBlank = 0;

        if (trimmed.startsWith(QLatin1Char('['))) {
            const int close = trimmed.indexOf(QLatin1Char(']'));
            if (close < 0)
                return makeError(ErrorCode::Config, QCoreApplication::translate("strata::IniFile", "section header is not closed with ']'"), fileName,
                                 lineNo);
            const QString name = trimmed.mid(1, close - 1);
            for (const Section &s : std::as_const(ini.m_sections)) {
                if (s.name == name)
                    return makeError(ErrorCode::Config,
                                     QCoreApplication::translate("strata::IniFile", "section [%1] appears twice (first on line %2)")
                                             .arg(excerpt(name))
                                             .arg(s.line),
                                     fileName, lineNo);
            }
            ini.m_sections.append(Section { name, lineNo, {} });
            current = &ini.m_sections.last();
            lastEntry = nullptr;
            continue;
        }

        if (!current)
            return makeError(ErrorCode::Config,
                             QCoreApplication::translate("strata::IniFile", "a key appears before any [section] header: \"%1\"").arg(excerpt(trimmed)),
                             fileName, lineNo);

        int delim = -1;
        for (int c = 0; c < trimmed.size(); ++c) {
            if (trimmed.at(c) == QLatin1Char('=') || trimmed.at(c) == QLatin1Char(':')) {
                delim = c;
                break;
            }
        }
        QString key;
        QString value;
        if (delim < 0) {
            // configparser (allow_no_value=False) rejects a bare key
            return makeError(ErrorCode::Config,
                             QCoreApplication::translate("strata::IniFile", "line has no '=' or ':' between key and value: \"%1\"").arg(excerpt(trimmed)),
                             fileName, lineNo);
        }
        key = stripRight(trimmed.left(delim)).toLower();
        value = trimmed.mid(delim + 1).trimmed();
        if (key.isEmpty())
            return makeError(ErrorCode::Config, QCoreApplication::translate("strata::IniFile", "empty key before '%1'").arg(trimmed.at(delim)),
                             fileName, lineNo);
        for (const Entry &e : std::as_const(current->entries)) {
            if (e.key == key)
                return makeError(ErrorCode::Config,
                                 QCoreApplication::translate("strata::IniFile", "key '%1' appears twice in section [%2] (first on line %3)")
                                         .arg(excerpt(key), excerpt(current->name))
                                         .arg(e.line),
                                 fileName, lineNo, key);
        }
        current->entries.append(Entry { key, value, lineNo });
        lastEntry = &current->entries.last();
    }
    return ini;
}

bool IniFile::hasSection(const QString &name) const
{
    for (const Section &s : m_sections)
        if (s.name == name)
            return true;
    return false;
}

QStringList IniFile::sectionNames() const
{
    QStringList names;
    for (const Section &s : m_sections)
        names << s.name;
    return names;
}

const IniFile::Entry *IniFile::find(const QString &section, const QString &key) const
{
    const QString k = key.toLower();
    for (const Section &s : m_sections) {
        if (s.name != section)
            continue;
        for (const Entry &e : s.entries)
            if (e.key == k)
                return &e;
    }
    // DEFAULT section entries apply to every section, like configparser's.
    if (section != QLatin1String("DEFAULT"))
        return find(QStringLiteral("DEFAULT"), key);
    return nullptr;
}

bool IniFile::hasKey(const QString &section, const QString &key) const
{
    return find(section, key) != nullptr;
}

int IniFile::lineOf(const QString &section, const QString &key) const
{
    const Entry *e = find(section, key);
    return e ? e->line : 0;
}

int IniFile::sectionLine(const QString &section) const
{
    for (const Section &s : m_sections)
        if (s.name == section)
            return s.line;
    return 0;
}

Result<QString> IniFile::value(const QString &section, const QString &key) const
{
    const Entry *e = find(section, key);
    if (!e) {
        if (m_defaults.contains(key.toLower()))
            return m_defaults.value(key.toLower());
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("strata::IniFile", "no key '%1' in section [%2]").arg(excerpt(key), excerpt(section)),
                         m_fileName, 0, key);
    }
    return interpolate(section, *e, e->rawValue, 0);
}

Result<QString> IniFile::interpolate(const QString &section, const Entry &entry, const QString &raw, int depth) const
{
    if (depth > MaxInterpolationDepth)
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::IniFile", "interpolation of '%1' nests too deeply (a reference loop?)").arg(excerpt(entry.key)),
                         m_fileName, entry.line, entry.key);
    QString out;
    out.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('%')) {
            out += c;
            continue;
        }
        if (i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
            continue;
        }
        if (i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('(')) {
            const int close = raw.indexOf(QStringLiteral(")s"), i + 2);
            if (close < 0)
                return makeError(ErrorCode::Config,
                                 QCoreApplication::translate("strata::IniFile", "bad interpolation in '%1': '%(' without ')s' (write %% for a "
                                                "literal %)")
                                         .arg(excerpt(entry.key)),
                                 m_fileName, entry.line, entry.key);
            const QString name = raw.mid(i + 2, close - i - 2).toLower();
            QString replacement;
            if (const Entry *ref = find(section, name)) {
                auto r = interpolate(section, *ref, ref->rawValue, depth + 1);
                if (!r)
                    return r;
                replacement = r.value();
            } else if (m_defaults.contains(name)) {
                replacement = m_defaults.value(name);
            } else {
                return makeError(ErrorCode::Config,
                                 QCoreApplication::translate("strata::IniFile", "'%1' refers to %(%2)s, which is not defined in [%3]")
                                         .arg(excerpt(entry.key), excerpt(name), excerpt(section)),
                                 m_fileName, entry.line, entry.key);
            }
            out += replacement;
            if (out.size() > MaxInterpolatedSize)
                return makeError(ErrorCode::Config,
                                 QCoreApplication::translate("strata::IniFile", "interpolation of '%1' grows beyond %2 characters").arg(excerpt(entry.key))
                                         .arg(MaxInterpolatedSize),
                                 m_fileName, entry.line, entry.key);
            i = close + 1;
            continue;
        }
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::IniFile", "bad interpolation in '%1': a lone '%' (write %% for a literal %)")
                                 .arg(excerpt(entry.key)),
                         m_fileName, entry.line, entry.key);
    }
    return out;
}

} // namespace strata
