#include "SessionText.h"

namespace strata {

namespace {

QString oneLine(const QString &text, int max = 80)
{
    const QString t = text.simplified();
    return t.size() > max ? t.left(max - 1) + QChar(0x2026) : t;
}

} // namespace

QString describeSession(const SessionInfo &s, const QDateTime &now)
{
    QString what;
    if (s.waiting() && s.hidden)
        what = QStringLiteral("waiting (what on, and for how long, is hidden from this user)");
    else if (s.waiting())
        what = QStringLiteral("waiting (%1 %2) for %3").arg(s.waitEventType, s.waitEvent, formatAge(s.queryStart.secsTo(now)));
    else if (s.idleInTransaction())
        what = QStringLiteral("%1 for %2").arg(s.state, formatAge(s.transactionAge(now)));
    else
        what = s.state.isEmpty() ? QStringLiteral("state hidden") : s.state;
    QString line = QStringLiteral("pid %1  %2  %3  %4")
                           .arg(s.pid)
                           .arg(s.user, s.application.isEmpty() ? QStringLiteral("-") : s.application, what);
    const QString held = s.relationsHeld();
    if (!held.isEmpty() && !s.waiting())
        line += QStringLiteral("  holds ") + held;
    if (!s.query.isEmpty() && (s.waiting() || s.state == QLatin1String("active")))
        line += QStringLiteral(": ") + oneLine(s.query);
    if (s.self)
        line += QStringLiteral("  (this is strata-cli)");
    return line;
}

} // namespace strata
