#pragma once

#include "diagnose/Doctor.h"
#include "run/RunRecord.h"

namespace strata {

// What a finished run says first, in both faces: one sentence with the cause
// and what the run left ("Gave up after lock_timeout 10.0 s waiting for
// session 29141 (…); nothing was applied"), the way out in plain words, the
// next steps (strata-cli commands, which the window maps to its actions) and
// the raw error for a details section.
struct RunSummary
{
    QString headline;
    QString cause; // the failure's class ("lock timeout"); empty when the run succeeded
    QString explanation; // what it means and the way out
    QList<RecipeStep> next;
    QString details; // the error as the driver and Alembic said it (type: message)
};

// lockTimeoutMs: the profile's lock timeout the run used (0: none).
RunSummary summarizeRun(const RunRecord &record, int lockTimeoutMs);

// The error's own first sentence: SQLAlchemy's "(psycopg2.errors.X) " wrapper,
// its [SQL: …] and "Background on this error" lines taken off.
QString errorFirstLine(const QString &error);

} // namespace strata
