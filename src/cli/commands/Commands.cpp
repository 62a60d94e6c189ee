#include "Commands.h"

namespace strata {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> out;
    out.push_back(makeGraphCommand());
    out.push_back(makeHeadsCommand(false));
    out.push_back(makeHeadsCommand(true));
    out.push_back(makeBranchesCommand());
    out.push_back(makeHistoryCommand());
    out.push_back(makeShowCommand());
    out.push_back(makeResolveCommand());
    out.push_back(makePlanCommand());
    out.push_back(makeCheckCommand());
    out.push_back(makeStatusCommand());
    out.push_back(makeSqlCommand());
    out.push_back(makeLintCommand());
    for (const char *verb : { "upgrade", "downgrade", "stamp", "run-sql" })
        out.push_back(makeRunCommand(QString::fromLatin1(verb)));
    out.push_back(makeRehearseCommand());
    out.push_back(makeSchemaMatchCommand());
    out.push_back(makeDriftCommand());
    out.push_back(makeMergeCommand());
    out.push_back(makeRevisionCommand());
    out.push_back(makeRemoveRowCommand());
    out.push_back(makeBackupCommand());
    out.push_back(makeJournalCommand());
    out.push_back(makeLocksCommand());
    out.push_back(makeSignalCommand(false));
    out.push_back(makeSignalCommand(true));
    out.push_back(makeDoctorCommand());
    out.push_back(makeProbeCommand());
    out.push_back(makeProfilesCommand());
    return out;
}

} // namespace strata
