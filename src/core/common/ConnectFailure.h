#pragma once

#include <QString>

namespace strata {

// Why a connection failed (or a database could not be read), in kinds a
// person can act on. Reported with every "unreachable" state and refusal.
enum class ConnectFailure {
    None,
    MissingDriver,      // the Qt SQL driver is not installed
    ServerNotRunning,   // nothing listens there
    HostNotFound,       // the name does not resolve
    AuthenticationFailed,
    DatabaseMissing,
    SslError,
    Timeout,
    NoPrivilege,        // connected, but may not read what is needed
    Other,
};

QString connectFailureName(ConnectFailure f);

} // namespace strata
