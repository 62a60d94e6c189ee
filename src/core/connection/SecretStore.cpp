#include "SecretStore.h"

#include "common/Counters.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace strata {

namespace {

QString explain(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: return QObject::tr("no password stored in the keychain");
    case QKeychain::CouldNotDeleteEntry: return QObject::tr("the keychain could not delete the password: %1").arg(detail);
    case QKeychain::AccessDeniedByUser: return QObject::tr("access to the keychain was denied");
    case QKeychain::AccessDenied: return QObject::tr("the keychain refused access: %1").arg(detail);
    case QKeychain::NoBackendAvailable:
        return QObject::tr("no keychain is available (no Secret Service, KWallet or platform keychain); passwords "
                           "are kept in memory for this session only");
    case QKeychain::NotImplemented: return QObject::tr("the keychain does not support this: %1").arg(detail);
    case QKeychain::OtherError: return QObject::tr("keychain error: %1").arg(detail);
    }
    return detail;
}

// QtKeychain reports an unreachable Secret Service (no D-Bus session, no
// daemon) as OtherError; for the user that is simply "no keychain here".
bool meansNoKeychain(QKeychain::Error error, const QString &detail)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    // The session bus itself is missing or unusable, or nothing provides the
    // Secret Service on it.
    static const char *const signs[] = { "D-Bus", "DBus", "transport", "bus address", "autolaunch",
                                         "org.freedesktop.secrets", "ServiceUnknown" };
    for (const char *sign : signs)
        if (detail.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

// Every job: deleted when done, never a plaintext fallback, keyed by profile.
// Jobs have no parent on purpose: the keychain backend (libsecret) keeps a
// pointer to a job until its answer arrives, so a job must outlive whoever
// asked. The finished() connection uses the store as context, so an answer
// arriving after the store is gone is simply dropped.
template <typename Job>
Job *makeJob(const QString &profileId)
{
    auto *job = new Job(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(SecretStore::keyFor(profileId));
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) { }

SecretStore::Answer SecretStore::failure(const QKeychain::Job *job)
{
    Answer a;
    if (meansNoKeychain(job->error(), job->errorString())) {
        m_unavailable = true;
        a.state = Answer::Unavailable;
        a.message = explain(QKeychain::NoBackendAvailable, job->errorString());
    } else {
        a.state = Answer::Failed;
        a.message = explain(job->error(), job->errorString());
    }
    return a;
}

SecretStore::Answer SecretStore::fromSession(const QString &profileId) const
{
    Answer a;
    a.state = m_session.contains(profileId) ? Answer::Found : Answer::Unavailable;
    a.password = m_session.value(profileId);
    a.sessionOnly = true;
    return a;
}

void SecretStore::read(const QString &profileId, Callback done)
{
    // No keychain here: it was asked once this session; do not wait on it
    // again at every refresh (an unreachable Secret Service answers slowly).
    if (m_unavailable) {
        QMetaObject::invokeMethod(this, [done = std::move(done), a = fromSession(profileId)] { done(a); },
                                  Qt::QueuedConnection);
        return;
    }
    if (!m_knownAvailable && m_probing) {
        m_waiting.append({ profileId, std::move(done) });
        return;
    }
    m_probing = !m_knownAvailable;
    startRead(profileId, std::move(done));
}

void SecretStore::startRead(const QString &profileId, Callback done)
{
    Counters::add(Counter::KeychainReads);
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profileId);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, done = std::move(done)](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        Answer a;
        switch (rj->error()) {
        case QKeychain::NoError:
            a.state = Answer::Found;
            a.password = rj->textData();
            break;
        case QKeychain::EntryNotFound: a.state = Answer::NotFound; break;
        default: a = failure(rj);
        }
        if (a.state != Answer::Unavailable)
            m_knownAvailable = true;
        if (a.state != Answer::Found && m_session.contains(profileId)) {
            a.state = Answer::Found;
            a.password = m_session.value(profileId);
            a.sessionOnly = true;
        }
        if (m_probing) {
            // The keychain has answered: the reads that waited go ahead (or
            // are answered from this session's memory).
            m_probing = false;
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto &[id, cb] : waiting)
                read(id, cb);
        }
        done(a);
    });
    job->start();
}

void SecretStore::write(const QString &profileId, const QString &password, Callback done)
{
    if (m_unavailable) {
        // Known since this session's first answer: straight to memory.
        m_session.insert(profileId, password);
        Answer a;
        a.state = Answer::Found;
        a.sessionOnly = true;
        a.message = explain(QKeychain::NoBackendAvailable, {});
        QMetaObject::invokeMethod(this, [done = std::move(done), a] { done(a); }, Qt::QueuedConnection);
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(profileId);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, password, done = std::move(done)](QKeychain::Job *j) {
                Answer a;
                if (j->error() == QKeychain::NoError) {
                    a.state = Answer::Found;
                    m_session.remove(profileId);
                } else {
                    a = failure(j);
                    if (a.state == Answer::Unavailable) {
                        // no keychain: this session's memory keeps it instead
                        m_session.insert(profileId, password);
                        a.state = Answer::Found;
                        a.sessionOnly = true;
                    }
                }
                done(a);
            });
    job->start();
}

void SecretStore::remove(const QString &profileId, Callback done)
{
    m_session.remove(profileId);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profileId);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        Answer a;
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            a.state = Answer::NotFound;
        else
            a = failure(j);
        done(a);
    });
    job->start();
}

} // namespace strata
