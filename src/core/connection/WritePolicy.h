#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"

#include <QHash>
#include <QList>
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

    // Production and read-only are properties of the database, not of a
    // profile's name: the profile as the rules apply to it, production or
    // read-only when any other profile reaching the same database is. Two
    // profiles reach the same database when the identity last read for the
    // other (knownKeys: profile id -> identity key) is this one's, or when
    // they name the same database on the same server (host names resolved,
    // so localhost and 127.0.0.1 are one). *because says which profile made
    // the rule stricter. May resolve host names: worker threads only.
    static ConnectionProfile strictest(const ConnectionProfile &profile, const QString &identityKey,
                                       const QList<ConnectionProfile> &others, const QHash<QString, QString> &knownKeys,
                                       QString *because);
    static bool sameDatabase(const ConnectionProfile &a, const ConnectionProfile &b);
};

} // namespace strata
