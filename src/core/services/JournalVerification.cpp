#include "JournalVerification.h"

#include "common/Logging.h"
#include "run/RunJournal.h"
#include "run/RunPlanner.h"

#include <QFileInfo>

namespace strata {

QList<RunRecord> JournalVerification::verify(const QString &journalPath, const QString &profileId,
                                             const DatabaseIdentity &identity, const QStringList &rows)
{
    QList<RunRecord> verified;
    const QString path = journalPath.isEmpty() ? RunJournal::defaultPath() : journalPath;
    if (profileId.isEmpty() || !identity.isKnown() || !QFileInfo::exists(path))
        return verified;
    RunJournal journal;
    if (Status s = journal.open(path); !s) {
        qCWarning(lcJournal) << "cannot verify earlier runs:" << s.error().toString();
        return verified;
    }
    if (Status s = journal.rememberIdentity(profileId, identity.key); !s)
        qCWarning(lcJournal) << "cannot remember the database's identity:" << s.error().toString();
    auto pending = journal.unverified(profileId);
    if (!pending)
        return verified;
    for (const RunRecord &run : pending.value()) {
        // A record without an identity predates it; the profile then decides.
        if (!run.identityKey.isEmpty() && run.identityKey != identity.key)
            continue;
        const Phrase outcome = RunPlanner::verifiedOutcome(run, rows);
        if (journal.recordVerification(run, rows, outcome)) {
            auto updated = journal.find(run.id);
            verified << (updated ? updated.value() : run);
        }
    }
    return verified;
}

QHash<QString, QString> JournalVerification::knownIdentities(const QString &journalPath)
{
    const QString path = journalPath.isEmpty() ? RunJournal::defaultPath() : journalPath;
    if (!QFileInfo::exists(path))
        return {};
    RunJournal journal;
    if (!journal.open(path))
        return {};
    auto known = journal.identities();
    return known ? known.value() : QHash<QString, QString>();
}

} // namespace strata
