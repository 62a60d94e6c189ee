#pragma once

#include "dialect/Dialect.h"
#include "run/RunRecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// Runs whose outcome Strata could not read back (the process died, the
// server stopped answering) are verified the next time it reads that
// database: status checks and run preparations hand what they read here.
// Only a record of the same database (identity key) is verified; its outcome
// is rewritten from the rows found, with when they were found. Safe on any
// thread (the journal connection is this call's own).
class JournalVerification
{
public:
    // Also remembers which database the profile reached (for WritePolicy::strictest).
    static QList<RunRecord> verify(const QString &journalPath, const QString &profileId, const DatabaseIdentity &identity,
                                   const QStringList &rows);
    // Profile id -> the identity key last read for it.
    static QHash<QString, QString> knownIdentities(const QString &journalPath);
};

} // namespace strata
