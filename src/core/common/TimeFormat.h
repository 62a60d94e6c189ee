#pragma once

#include <QDateTime>
#include <QString>

namespace strata {

// ISO 8601 in UTC with milliseconds, as the journal and JSON output store
// times; empty for an invalid time.
inline QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// An age for people: "12 s", "3 min", "2 h" ("-" when unknown).
inline QString formatAge(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 h").arg(seconds / 3600);
}

} // namespace strata
