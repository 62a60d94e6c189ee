#pragma once

#include "common/Result.h"
#include "run/RunRecord.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

namespace strata {

// The bridge's JSON-lines protocol as typed events, parsed once. The version
// is checked at "hello": a bridge script from another Strata is refused with
// a clear error rather than misread. The reviewed-SQL runner reports through
// the same events, so one orchestrator follows both executors.
namespace bridge {

constexpr int ProtocolVersion = 3;

struct Hello
{
    int protocol = 0;
    QString python;
    qint64 pid = 0;
    QString alembic;
    QString sqlalchemy;
};
// A database session the run opened (env.py may open several), checked to be
// the profile's database before its first statement.
struct Backend
{
    qint64 sessionId = 0;
    QString driver;        // the DB-API module, e.g. "psycopg2 2.9.5"
    QString identityKey;
};
// How env.py configured Alembic for this run.
struct Configured
{
    bool transactionPerMigration = false;
    bool offline = false;
    QString url; // the URL env.py passed to Alembic (password masked); empty when it passed a connection
};
struct Plan
{
    int steps = 0;
    int statements = 0; // the reviewed-SQL runner: statements in the script
};
struct StepStarted
{
    int index = 0;
    int total = 0;
    StepDirection direction = StepDirection::Upgrade;
    QStringList from;
    QStringList to;
    QString message;
};
struct StepFinished
{
    int index = 0;
    double durationMs = 0;
    QStringList heads; // the version rows right after the step (Alembic's view)
    bool hasHeads = false;
};
// A migration step left its transaction to run statements that cannot run in one.
struct AutocommitBlock
{
    int index = 0;
};
// A rehearsal's statement as it ran: its outcome, what it locked, which
// tables it rewrote, and (when it failed) what in the data made it fail.
struct Statement
{
    int step = 0;
    QString sql;
    double durationMs = 0;
    bool ok = true;
    QString error;
    QStringList locks;     // "AccessExclusiveLock on public.users"
    QStringList rewritten; // tables whose files were replaced (relfilenode changed)
    QString analysis;      // "2 of 5 rows of public.items hold a price that cannot become integer: '' (2)"
};
// Building a revision's schema: the scratch database reached this revision and
// waits for "continue" (Strata reads its catalog meanwhile).
struct Reached
{
    QString revision;
};
struct Done
{
    QJsonObject payload; // verb-specific: sql, revision and path, probe, …
};
struct Failure
{
    QString type;       // Python's exception type (module-qualified) or Strata's
    QString message;
    QString driverType; // the DB-API error class under SQLAlchemy's wrapper
    QString traceback;
    QString module;     // ImportError: the missing module
    QString install;    // ImportError: how to install it
    bool cancelled = false;
    QString expectedKey; // WrongDatabase: the profile's database
    QString actualKey;   // WrongDatabase: the database env.py reached
};

using Event = std::variant<Hello, Backend, Configured, Plan, StepStarted, StepFinished, AutocommitBlock, Statement, Reached,
                           Done, Failure>;

// A JSON object from the bridge as an event; an unknown or malformed one is an Error.
Result<Event> parse(const QJsonObject &object);
// The check made at the first event: a hello of this protocol version.
Status checkHello(const Event &first, const QString &bridgePath);

} // namespace bridge
} // namespace strata
