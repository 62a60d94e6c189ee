#include "Phrase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace strata {

namespace {

constexpr const char *kContext = "strata::Phrase";
constexpr int kMaxDepth = 8;
constexpr int kMaxArgs = 99;

// %1…%99 replaced in one pass, so an argument's own "%2" stays as it is.
QString substitute(const QString &pattern, const std::vector<QString> &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int k = 0;
            while (j < pattern.size() && pattern.at(j).isDigit() && j - i <= 2)
                k = k * 10 + pattern.at(j++).digitValue();
            if (k >= 1 && size_t(k) <= args.size()) {
                out += args[size_t(k) - 1];
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Phrase::Phrase(const char *source, std::initializer_list<Phrase> args, int n)
{
    Part p;
    p.source = QString::fromUtf8(source);
    p.verbatim = false;
    p.n = n;
    p.args.assign(args.begin(), args.end());
    m_parts.push_back(std::move(p));
}

Phrase::Phrase(const QString &verbatim)
{
    if (verbatim.isEmpty())
        return;
    Part p;
    p.source = verbatim;
    m_parts.push_back(std::move(p));
}

QString Phrase::render(bool translated) const
{
    QString out;
    for (const Part &p : m_parts) {
        if (p.verbatim) {
            out += p.source;
            continue;
        }
        QString pattern;
        if (translated) {
            pattern = QCoreApplication::translate(kContext, p.source.toUtf8().constData(), nullptr, p.n);
        } else {
            pattern = p.source;
            if (p.n >= 0)
                pattern.replace(QStringLiteral("%n"), QString::number(p.n));
        }
        std::vector<QString> args;
        args.reserve(p.args.size());
        for (const Phrase &a : p.args)
            args.push_back(a.render(translated));
        out += substitute(pattern, args);
    }
    return out;
}

QString Phrase::english() const
{
    return render(false);
}

QString Phrase::text() const
{
    return render(true);
}

bool Phrase::operator==(const Phrase &other) const
{
    return m_parts == other.m_parts;
}

Phrase &Phrase::operator+=(const Phrase &more)
{
    m_parts.insert(m_parts.end(), more.m_parts.begin(), more.m_parts.end());
    return *this;
}

Phrase Phrase::operator+(const Phrase &more) const
{
    Phrase out = *this;
    out += more;
    return out;
}

QJsonValue Phrase::toJson() const
{
    QJsonArray parts;
    for (const Part &p : m_parts) {
        if (p.verbatim) {
            parts.append(p.source);
            continue;
        }
        QJsonObject o;
        o.insert(QStringLiteral("s"), p.source);
        if (!p.args.empty()) {
            QJsonArray args;
            for (const Phrase &a : p.args)
                args.append(a.toJson());
            o.insert(QStringLiteral("a"), args);
        }
        if (p.n >= 0)
            o.insert(QStringLiteral("n"), p.n);
        parts.append(o);
    }
    return parts;
}

std::optional<Phrase> Phrase::fromJson(const QJsonValue &value)
{
    return fromJson(value, 0);
}

std::optional<Phrase> Phrase::fromJson(const QJsonValue &value, int depth)
{
    if (!value.isArray() || depth > kMaxDepth)
        return std::nullopt;
    Phrase out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString()) {
            out += Phrase(v.toString());
            continue;
        }
        if (!v.isObject())
            return std::nullopt;
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("s")).isString())
            return std::nullopt;
        Part p;
        p.source = o.value(QStringLiteral("s")).toString();
        p.verbatim = false;
        const QJsonValue n = o.value(QStringLiteral("n"));
        if (!n.isUndefined()) {
            if (!n.isDouble() || n.toDouble() < 0 || n.toDouble() > 2e9 || n.toDouble() != double(n.toInt()))
                return std::nullopt;
            p.n = n.toInt();
        }
        const QJsonValue args = o.value(QStringLiteral("a"));
        if (!args.isUndefined()) {
            if (!args.isArray() || args.toArray().size() > kMaxArgs)
                return std::nullopt;
            for (const QJsonValue &a : args.toArray()) {
                auto arg = fromJson(a, depth + 1);
                if (!arg)
                    return std::nullopt;
                p.args.push_back(std::move(*arg));
            }
        }
        out.m_parts.push_back(std::move(p));
    }
    return out;
}

} // namespace strata
