#pragma once

#include "common/ConnectFailure.h"
#include "common/Phrase.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace strata {

// The one error style of the core: a code a program can switch on, and a human
// message that says what is wrong and where.
enum class ErrorCode {
    Io,
    Config,
    Parse,
    Decode,
    NotFound,
    Ambiguous,
    MultipleHeads,
    Cycle,
    RangeNotAncestor,
    Resolution,
    InvalidArgument,
    Cancelled,

    // A run refused before anything was written. The CLI's exit code, the
    // confirmation dialog and the doctor switch on these.
    ReadOnly,              // the profile (or an alias of its database) is read-only
    ProductionUnconfirmed, // production needs the typed database name
    NotConfirmed,          // nobody said yes
    RunLockHeld,           // another run holds the database's run lock
    MovedSince,            // the database is no longer where the plan starts
    ScriptMismatch,        // a reviewed script starts elsewhere, or cannot be run
    Unreachable,           // the database cannot be reached or read (connectFailure says why)
    WrongDatabase,         // env.py connected to another database than the profile's
    PreviewFailed,         // the plan's offline SQL cannot be produced, so it cannot be checked
    WillFail,              // the plan's SQL cannot succeed as written (e.g. CONCURRENTLY in a transaction)
    JournalUnwritable,     // the run journal cannot be written
    Refused,               // refused for another reason the message gives (e.g. nothing to merge)

    // What is needed to run Alembic is missing.
    PythonMissing,
    AlembicMissing,
    DriverMissing,
    BridgeFailed, // the bridge script is missing, speaks another protocol, or died

    // A run that started and did not succeed.
    MigrationFailed,
};

QString errorCodeName(ErrorCode code);
// Refused before anything was written (exit 21 in the CLI).
bool isRefusal(ErrorCode code);
// Python, Alembic, a driver or the bridge is missing (exit 22 in the CLI).
bool isMissingTool(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString file; // empty when the error is not about a file
    int line = 0; // 1-based; 0 when unknown
    QString key;  // the config key or field, when there is one
    ConnectFailure connectFailure = ConnectFailure::None; // for Unreachable
    // The message as a phrase, when it was made as one: what the run journal
    // keeps (in English), while `message` is in the program's language.
    Phrase said;

    // "file:line: message" or just the message.
    QString toString() const;
    // The phrase, or the message as it is.
    Phrase phrase() const { return said.isEmpty() ? Phrase(message) : said; }
};

// User text quoted in a message, bounded: a 50 MB line is not echoed whole.
// Longer text keeps its start and says how long it was.
QString excerpt(QStringView text, int max = 80);

inline Error makeError(ErrorCode code, QString message, QString file = {}, int line = 0, QString key = {})
{
    return Error { code, std::move(message), std::move(file), line, std::move(key), ConnectFailure::None, {} };
}

// An error said as a phrase: its message in the program's language, the
// phrase kept for the journal.
inline Error makeError(ErrorCode code, const Phrase &said)
{
    return Error { code, said.text(), {}, 0, {}, ConnectFailure::None, said };
}

// A value or an Error; expected<T, E>-style, no exceptions across APIs.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace strata
