#include "WritePolicy.h"

namespace strata {

bool WritePolicy::typedNameMatches(const ConnectionProfile &p, const QString &typed)
{
    return !p.database.isEmpty() && typed == p.database;
}

QString WritePolicy::typedNamePrompt(const ConnectionProfile &p)
{
    return QStringLiteral("'%1' is a production database. Type its name (%2) to continue: ").arg(p.name, p.database);
}

Status WritePolicy::check(const ConnectionProfile &p, const QString &typed, const QString &action, bool typedNameDue)
{
    if (p.readOnly)
        return makeError(ErrorCode::ReadOnly,
                         QStringLiteral("profile '%1' is read-only: Strata does not %2 on its database").arg(p.name, action));
    if (typedNameDue && p.production && !typedNameMatches(p, typed))
        return makeError(ErrorCode::ProductionUnconfirmed,
                         typed.isEmpty() ? QStringLiteral("profile '%1' is production: type its database name '%2' to "
                                                          "confirm (--confirm-database %2)")
                                                   .arg(p.name, p.database)
                                         : QStringLiteral("profile '%1' is production and '%2' is not its database "
                                                          "name; nothing was done")
                                                   .arg(p.name, typed));
    return {};
}

} // namespace strata
