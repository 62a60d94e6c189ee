#include "Result.h"

namespace strata {

namespace {

struct CodeName
{
    ErrorCode code;
    const char *name;
};

constexpr CodeName kCodeNames[] = {
    { ErrorCode::Io, "io" },
    { ErrorCode::Config, "config" },
    { ErrorCode::Parse, "parse" },
    { ErrorCode::Decode, "decode" },
    { ErrorCode::NotFound, "not-found" },
    { ErrorCode::Ambiguous, "ambiguous" },
    { ErrorCode::MultipleHeads, "multiple-heads" },
    { ErrorCode::Cycle, "cycle" },
    { ErrorCode::RangeNotAncestor, "range-not-ancestor" },
    { ErrorCode::Resolution, "resolution" },
    { ErrorCode::InvalidArgument, "invalid-argument" },
    { ErrorCode::Cancelled, "cancelled" },
    { ErrorCode::ReadOnly, "read-only" },
    { ErrorCode::ProductionUnconfirmed, "production-unconfirmed" },
    { ErrorCode::NotConfirmed, "not-confirmed" },
    { ErrorCode::RunLockHeld, "run-lock-held" },
    { ErrorCode::MovedSince, "moved-since" },
    { ErrorCode::ScriptMismatch, "script-mismatch" },
    { ErrorCode::Unreachable, "unreachable" },
    { ErrorCode::WrongDatabase, "wrong-database" },
    { ErrorCode::PreviewFailed, "preview-failed" },
    { ErrorCode::WillFail, "will-fail" },
    { ErrorCode::JournalUnwritable, "journal-unwritable" },
    { ErrorCode::Refused, "refused" },
    { ErrorCode::PythonMissing, "python-missing" },
    { ErrorCode::AlembicMissing, "alembic-missing" },
    { ErrorCode::DriverMissing, "driver-missing" },
    { ErrorCode::BridgeFailed, "bridge-failed" },
    { ErrorCode::MigrationFailed, "migration-failed" },
};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const CodeName &n : kCodeNames)
        if (n.code == code)
            return QString::fromLatin1(n.name);
    return QStringLiteral("unknown");
}

bool isRefusal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ReadOnly:
    case ErrorCode::ProductionUnconfirmed:
    case ErrorCode::NotConfirmed:
    case ErrorCode::RunLockHeld:
    case ErrorCode::MovedSince:
    case ErrorCode::ScriptMismatch:
    case ErrorCode::Unreachable:
    case ErrorCode::WrongDatabase:
    case ErrorCode::PreviewFailed:
    case ErrorCode::WillFail:
    case ErrorCode::JournalUnwritable:
    case ErrorCode::Refused:
        return true;
    default:
        return false;
    }
}

bool isMissingTool(ErrorCode code)
{
    return code == ErrorCode::PythonMissing || code == ErrorCode::AlembicMissing || code == ErrorCode::DriverMissing
            || code == ErrorCode::BridgeFailed;
}

QString connectFailureName(ConnectFailure f)
{
    switch (f) {
    case ConnectFailure::None: return QStringLiteral("none");
    case ConnectFailure::MissingDriver: return QStringLiteral("missing-driver");
    case ConnectFailure::ServerNotRunning: return QStringLiteral("server-not-running");
    case ConnectFailure::HostNotFound: return QStringLiteral("host-not-found");
    case ConnectFailure::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case ConnectFailure::DatabaseMissing: return QStringLiteral("database-missing");
    case ConnectFailure::SslError: return QStringLiteral("ssl-error");
    case ConnectFailure::Timeout: return QStringLiteral("timeout");
    case ConnectFailure::NoPrivilege: return QStringLiteral("no-privilege");
    case ConnectFailure::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString excerpt(QStringView text, int max)
{
    if (text.size() <= max)
        return text.toString();
    return text.left(max).toString() + QStringLiteral("… (%1 characters in all)").arg(text.size());
}

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + message;
}

} // namespace strata
