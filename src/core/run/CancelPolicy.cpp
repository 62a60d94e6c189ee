#include "CancelPolicy.h"

#include <algorithm>

namespace strata {

CancelPolicy::Actions CancelPolicy::tick(bool cancelRequested, qint64 now)
{
    Actions a;
    if (!cancelRequested || m_killed)
        return a;
    if (m_requestedAt < 0) {
        m_requestedAt = now;
        m_lastSignal = now;
        a.askExecutor = true;
        a.signalServer = true;
        return a;
    }
    if (now - m_requestedAt >= m_graceMs) {
        m_killed = true;
        a.kill = true;
        return a;
    }
    if (now - m_lastSignal >= ResignalMs) {
        m_lastSignal = now;
        a.signalServer = true;
    }
    return a;
}

int CancelPolicy::readBackBudget(qint64 now) const
{
    if (m_requestedAt < 0)
        return ReadBackMs;
    const qint64 promisedEnd = m_requestedAt + m_graceMs + ReadBackSlackMs;
    return int(std::max<qint64>(ReadBackMinMs, promisedEnd - now));
}

} // namespace strata
