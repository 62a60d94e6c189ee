#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace strata {

// Every verb of strata-cli, in the order `--help` lists them. Each factory
// lives in the file of its command class.
std::vector<std::unique_ptr<Command>> makeCommands();

std::unique_ptr<Command> makeGraphCommand();
std::unique_ptr<Command> makeHeadsCommand(bool bases);
std::unique_ptr<Command> makeBranchesCommand();
std::unique_ptr<Command> makeHistoryCommand();
std::unique_ptr<Command> makeShowCommand();
std::unique_ptr<Command> makeResolveCommand();
std::unique_ptr<Command> makePlanCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeSqlCommand();
std::unique_ptr<Command> makeLintCommand();
std::unique_ptr<Command> makeRunCommand(const QString &verb);
std::unique_ptr<Command> makeMergeCommand();
std::unique_ptr<Command> makeRehearseCommand();
std::unique_ptr<Command> makeSchemaMatchCommand();
std::unique_ptr<Command> makeDriftCommand();
std::unique_ptr<Command> makeRevisionCommand();
std::unique_ptr<Command> makeRemoveRowCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeJournalCommand();
std::unique_ptr<Command> makeLocksCommand();
std::unique_ptr<Command> makeSignalCommand(bool terminate);
std::unique_ptr<Command> makeProbeCommand();
std::unique_ptr<Command> makeDoctorCommand();
std::unique_ptr<Command> makeProfilesCommand();

} // namespace strata
