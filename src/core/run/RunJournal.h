#pragma once

#include "common/Result.h"
#include "run/RunRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace strata {

// The local SQLite journal of every run ($XDG_DATA_HOME/strata/journal.sqlite,
// mode 0600: it holds users, hosts, SQL and errors). A run is written before
// it starts and updated as it goes, so a crash or a kill leaves a record in a
// non-final state; open() turns those whose process is gone into
// "interrupted", whose outcome is unknown until Strata reads the database
// again (verify()). One object per thread (it owns its connection).
class RunJournal
{
public:
    RunJournal() = default;
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    static QString defaultPath();

    // Opens (creating) the journal; marks runs of dead processes interrupted.
    Status open(const QString &path = defaultPath());
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }

    Status begin(const RunRecord &run);
    // The whole record, its steps included (so a write that failed earlier is
    // completed by the next one that succeeds).
    Status update(const RunRecord &run);
    Status saveStep(const QString &runId, const RunStep &step);

    // Newest first.
    Result<QList<RunRecord>> list(int limit = 50);
    // By full id or a unique prefix.
    Result<RunRecord> find(const QString &idOrPrefix);
    // Runs of this profile whose outcome was never read back from the database.
    Result<QList<RunRecord>> unverified(const QString &profileId);
    // What the database said after such a run, and when: the record's outcome
    // is rewritten from what was read, and it no longer needs verification.
    Status recordVerification(const RunRecord &run, const QStringList &rows, const Phrase &outcome);

    // The database identity each profile last reached (never a secret), so
    // that rules follow the database whatever profile reaches it.
    Status rememberIdentity(const QString &profileId, const QString &identityKey);
    Result<QHash<QString, QString>> identities(); // profile id -> identity key

    // Runs that open() found interrupted this time (to show at start).
    QList<RunRecord> newlyInterrupted() const { return m_newlyInterrupted; }

    // Whether a process of this host still runs (pid reuse aside).
    static bool processAlive(qint64 pid);
    static QString hostName();
    static QString osUser();

private:
    Status exec(const QString &sql, const QVariantList &values = {});
    // The columns of schema 2 and later, added when missing (and the index
    // that came with schema 2, for a journal older than it).
    Status addMissingColumns(int version);
    Status writeSteps(const RunRecord &run);
    Result<QList<RunRecord>> select(const QString &where, const QVariantList &values, int limit);
    void close();

    QString m_connection;
    QString m_path;
    QList<RunRecord> m_newlyInterrupted;
};

} // namespace strata
