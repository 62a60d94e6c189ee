#pragma once

#include "lint/Lint.h"

#include <memory>

// One factory per rule (each rule lives in its own file, with its own test).
namespace strata {

std::unique_ptr<LintRule> makeIndexNotConcurrent();
std::unique_ptr<LintRule> makeDropIndexNotConcurrent();
std::unique_ptr<LintRule> makeConcurrentlyInTransaction();
std::unique_ptr<LintRule> makeVolatileDefault();
std::unique_ptr<LintRule> makeNotNullWithoutDefault();
std::unique_ptr<LintRule> makeSetNotNull();
std::unique_ptr<LintRule> makeColumnTypeChange();
std::unique_ptr<LintRule> makeConstraintNotValid();
std::unique_ptr<LintRule> makeUniqueWithoutIndex();
std::unique_ptr<LintRule> makeAddSerialIdentity();
std::unique_ptr<LintRule> makeAddStoredGenerated();
std::unique_ptr<LintRule> makeRename();
std::unique_ptr<LintRule> makeDropColumn();
std::unique_ptr<LintRule> makeDropTable();
std::unique_ptr<LintRule> makeDropNotNull();
std::unique_ptr<LintRule> makeEnumChange();
std::unique_ptr<LintRule> makeTruncateCascade();
std::unique_ptr<LintRule> makeLongLock();
std::unique_ptr<LintRule> makeLockTimeout();
std::unique_ptr<LintRule> makeUnparsed();
std::unique_ptr<LintRule> makeMySqlImplicitCommit();
std::unique_ptr<LintRule> makeMySqlInlineReferences();
std::unique_ptr<LintRule> makeMySqlTableCopy();

} // namespace strata
