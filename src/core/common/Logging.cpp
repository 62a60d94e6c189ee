#include "Logging.h"

Q_LOGGING_CATEGORY(lcProject, "strata.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRevision, "strata.revision", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnection, "strata.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDialect, "strata.dialect", QtWarningMsg)
Q_LOGGING_CATEGORY(lcState, "strata.state", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRun, "strata.run", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBridge, "strata.bridge", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJournal, "strata.journal", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLocks, "strata.locks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "strata.services", QtWarningMsg)
