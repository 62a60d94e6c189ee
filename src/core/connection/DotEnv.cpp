#include "DotEnv.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

namespace strata {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Expands ${VAR}, ${VAR:-default} and $VAR.
Result<QString> interpolate(const QString &value, const DotEnv::Values &defined, const DotEnv::Values &env,
                            const QString &file, int line, int depth = 0)
{
    // ${A:-${B:-...}} defaults nest; a hostile file could nest them without end.
    if (depth > 16)
        return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::DotEnv", "'${...:-...}' defaults nest more than 16 deep"), file, line);
    auto lookup = [&](const QString &name) -> QString {
        if (defined.contains(name))
            return defined.value(name);
        return env.value(name);
    };
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        if (out.size() > (1 << 22))
            return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::DotEnv", "the value grows beyond 4 Mi characters as variables "
                                                              "expand"),
                             file, line);
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('$')) {
            out += QLatin1Char('$');
            ++i;
            continue;
        }
        if (c != QLatin1Char('$') || i + 1 >= value.size()) {
            out += c;
            continue;
        }
        if (value.at(i + 1) == QLatin1Char('{')) {
            const int close = value.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0)
                return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::DotEnv", "'${' is not closed with '}'"), file, line);
            const QString inner = value.mid(i + 2, close - i - 2);
            const int dflt = inner.indexOf(QStringLiteral(":-"));
            const QString name = dflt >= 0 ? inner.left(dflt) : inner;
            if (dflt >= 0) {
                const QString v = lookup(name);
                if (v.isEmpty()) {
                    auto d = interpolate(inner.mid(dflt + 2), defined, env, file, line, depth + 1);
                    if (!d)
                        return d;
                    out += d.value();
                } else {
                    out += v;
                }
            } else {
                out += lookup(name);
            }
            i = close;
            continue;
        }
        if (isNameStart(value.at(i + 1))) {
            int j = i + 1;
            while (j < value.size() && isNameChar(value.at(j)))
                ++j;
            const QString name = value.mid(i + 1, j - i - 1);
            out += lookup(name);
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

DotEnv::Values DotEnv::processEnvironment()
{
    Values v;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        v.insert(k, env.value(k));
    return v;
}

Result<DotEnv::Values> DotEnv::parse(const QString &text, const QString &fileName, const Values &definedIn,
                                     const Values &environment)
{
    Values defined = definedIn;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            continue;
        if (t.startsWith(QStringLiteral("export ")) || t.startsWith(QStringLiteral("export\t")))
            t = t.mid(7).trimmed();
        const int eq = t.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(ErrorCode::Parse, QStringLiteral("expected KEY=VALUE, found \"%1\"").arg(t.left(40)),
                             fileName, lineNo);
        const QString key = t.left(eq).trimmed();
        if (!isNameStart(key.at(0)) || !std::all_of(key.begin(), key.end(), isNameChar))
            return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::DotEnv", "'%1' is not a variable name").arg(excerpt(key)), fileName, lineNo);
        QString raw = t.mid(eq + 1).trimmed();
        QString value;
        if (raw.startsWith(QLatin1Char('\''))) {
            const int close = raw.indexOf(QLatin1Char('\''), 1);
            if (close < 0)
                return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::DotEnv", "single quote is not closed"), fileName, lineNo, key);
            value = raw.mid(1, close - 1); // literal: no escapes, no interpolation
        } else if (raw.startsWith(QLatin1Char('"'))) {
            // may continue over several lines
            QString body = raw.mid(1);
            int startLine = lineNo;
            int close = -1;
            for (;;) {
                for (int k = 0; k < body.size(); ++k) {
                    if (body.at(k) == QLatin1Char('\\')) {
                        ++k;
                        continue;
                    }
                    if (body.at(k) == QLatin1Char('"')) {
                        close = k;
                        break;
                    }
                }
                if (close >= 0 || i + 1 >= lines.size())
                    break;
                QString next = lines.at(++i);
                if (next.endsWith(QLatin1Char('\r')))
                    next.chop(1);
                body += QLatin1Char('\n') + next;
            }
            if (close < 0)
                return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::DotEnv", "double quote is not closed"), fileName, startLine,
                                 key);
            QString unescaped;
            const QString inner = body.left(close);
            for (int k = 0; k < inner.size(); ++k) {
                if (inner.at(k) == QLatin1Char('\\') && k + 1 < inner.size()) {
                    const QChar e = inner.at(++k);
                    switch (e.unicode()) {
                    case 'n': unescaped += QLatin1Char('\n'); break;
                    case 't': unescaped += QLatin1Char('\t'); break;
                    case '"': unescaped += QLatin1Char('"'); break;
                    case '\\': unescaped += QLatin1Char('\\'); break;
                    case '$': unescaped += QStringLiteral("\\$"); break; // kept literal through interpolation
                    default: unescaped += QLatin1Char('\\'); unescaped += e;
                    }
                } else {
                    unescaped += inner.at(k);
                }
            }
            auto v = interpolate(unescaped, defined, environment, fileName, startLine);
            if (!v)
                return v.error();
            value = v.value();
        } else {
            // unquoted: an inline comment starts at " #"
            const int hash = raw.indexOf(QStringLiteral(" #"));
            if (hash >= 0)
                raw = raw.left(hash).trimmed();
            auto v = interpolate(raw, defined, environment, fileName, lineNo);
            if (!v)
                return v.error();
            value = v.value();
        }
        defined.insert(key, value);
    }
    return defined;
}

Result<DotEnv::Values> DotEnv::loadFiles(const QStringList &files, const Values &environment)
{
    Values defined;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QCoreApplication::translate("strata::DotEnv", "cannot read: %1").arg(file.errorString()), f);
        const QString text = QString::fromUtf8(file.readAll());
        auto r = parse(text, f, defined, environment);
        if (!r)
            return r;
        defined = r.value();
    }
    return defined;
}

} // namespace strata
