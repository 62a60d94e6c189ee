#include "StatusRefresher.h"

#include <QPointer>

namespace strata {

StatusRefresher::StatusRefresher(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<strata::EnvironmentStatus>();
    // All at once: N unreachable hosts cost about one connect timeout, not N/4.
    m_pool.setMaxThreadCount(64);
}

StatusRefresher::~StatusRefresher()
{
    // Checks in flight hold only shared, immutable data; wait so no worker
    // outlives the pool (each is bounded by its connect timeout).
    m_pool.waitForDone();
}

void StatusRefresher::refresh(const QList<ConnectionProfile> &profiles, const QHash<QString, QString> &passwords,
                              const ProjectPtr &project, int timeout)
{
    if (profiles.isEmpty()) {
        QMetaObject::invokeMethod(this, &StatusRefresher::finished, Qt::QueuedConnection);
        return;
    }
    m_outstanding += int(profiles.size());
    QPointer<StatusRefresher> self(this);
    for (const ConnectionProfile &p : profiles) {
        const QString password = passwords.value(p.id);
        m_pool.start([self, p, password, project, timeout] {
            EnvironmentStatus st = readEnvironmentStatus(p, password, project->graph, timeout);
            QMetaObject::invokeMethod(
                    self.data(),
                    [self, st] {
                        if (StatusRefresher *r = self.data()) {
                            emit r->statusReady(st);
                            if (--r->m_outstanding == 0)
                                emit r->finished();
                        }
                    },
                    Qt::QueuedConnection);
        });
    }
}

} // namespace strata
