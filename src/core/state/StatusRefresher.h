#pragma once

#include "connection/ConnectionProfile.h"
#include "project/Project.h"
#include "state/EnvironmentStatus.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace strata {

// Checks many environments at once on a bounded pool of worker threads. Each
// check has its own connection and its own connect timeout, so one slow or
// dead server delays nobody else. Results arrive as signals on this object's
// thread, in the order they complete.
class StatusRefresher : public QObject
{
    Q_OBJECT
public:
    explicit StatusRefresher(QObject *parent = nullptr);
    ~StatusRefresher() override;

    // passwords: profile id -> password (absent = none; libpq may find one).
    void refresh(const QList<ConnectionProfile> &profiles, const QHash<QString, QString> &passwords,
                 const ProjectPtr &project, int connectTimeoutSeconds = 5);
    bool isRunning() const { return m_outstanding > 0; }

signals:
    void statusReady(const strata::EnvironmentStatus &status);
    void finished();

private:
    QThreadPool m_pool;
    int m_outstanding = 0;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::EnvironmentStatus)
