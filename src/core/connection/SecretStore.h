#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace strata {

// Profile passwords in the OS keychain (QtKeychain: Secret Service/KWallet,
// macOS Keychain, Windows Credential Manager) under service "Strata" and a key
// derived from the profile id. Every call is asynchronous: the callback runs
// later on this object's thread, so the GUI thread never waits (and never runs
// a nested event loop). Without a keychain, passwords are kept in memory for
// this session only; there is no plaintext fallback.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        enum State {
            Found,       // password holds the secret
            NotFound,    // nothing stored for this profile
            Unavailable, // no keychain here (and nothing remembered this session)
            Failed,      // the keychain refused or broke; message says why
        };
        State state = NotFound;
        QString password;
        QString message;
        bool sessionOnly = false; // came from (or went to) session memory
    };
    using Callback = std::function<void(const Answer &)>;

    static QString serviceName() { return QStringLiteral("Strata"); }
    static QString keyFor(const QString &profileId) { return QStringLiteral("profile/") + profileId; }

    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &profileId, Callback done);
    // Stores (or replaces) the password; Answer::Found on success.
    void write(const QString &profileId, const QString &password, Callback done);
    // Deletes it; NotFound counts as success (nothing left behind).
    void remove(const QString &profileId, Callback done);

    // True once the keychain has answered that no backend is available.
    bool keychainUnavailable() const { return m_unavailable; }

private:
    // A job that ended in error: Unavailable (no keychain here) or Failed.
    Answer failure(const QKeychain::Job *job);
    void startRead(const QString &profileId, Callback done);
    Answer fromSession(const QString &profileId) const;

    QHash<QString, QString> m_session; // profile id -> password, this process only
    bool m_unavailable = false;
    // Until the keychain has answered once, one read asks it and the others
    // wait: an unreachable Secret Service costs one D-Bus timeout per
    // session, not one per profile.
    bool m_knownAvailable = false;
    bool m_probing = false;
    QList<std::pair<QString, Callback>> m_waiting;
};

} // namespace strata
