#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"

#include <QString>

namespace strata {

// The one place the write rules live, for runs, stamps, reviewed SQL and
// cancel/terminate alike, so no face can apply them differently: a read-only
// profile never writes; a production one writes only when the person typed
// its database name.
class WritePolicy
{
public:
    static bool needsTypedName(const ConnectionProfile &profile) { return profile.production && !profile.readOnly; }
    static bool typedNameMatches(const ConnectionProfile &profile, const QString &typed);
    // "Type its name (app_prod) to continue", for prompts and dialogs.
    static QString typedNamePrompt(const ConnectionProfile &profile);
    // ReadOnly / ProductionUnconfirmed, or nothing. action: "run", "cancel sessions", …
    // With typedNameDue false only the read-only rule applies (a preview of
    // what a run would do, before the person was asked).
    static Status check(const ConnectionProfile &profile, const QString &typedName, const QString &action,
                        bool typedNameDue = true);
};

} // namespace strata
