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

// A duration for people: "12 ms", "20.0 s", "2 min 5 s" ("-" when unknown).
inline QString formatDuration(double ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 1 : 0);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    const qint64 s = qint64(ms / 1000.0 + 0.5);
    return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
}

} // namespace strata
