#pragma once

#include <QLoggingCategory>

// One logging category per core folder (the Zeal way), so a run that hangs in
// the field can be traced without a rebuild, e.g.
// QT_LOGGING_RULES="strata.run.debug=true;strata.bridge.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcRevision)
Q_DECLARE_LOGGING_CATEGORY(lcConnection)
Q_DECLARE_LOGGING_CATEGORY(lcDialect)
Q_DECLARE_LOGGING_CATEGORY(lcState)
Q_DECLARE_LOGGING_CATEGORY(lcRun)
Q_DECLARE_LOGGING_CATEGORY(lcBridge)
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
Q_DECLARE_LOGGING_CATEGORY(lcLocks)
Q_DECLARE_LOGGING_CATEGORY(lcServices)
