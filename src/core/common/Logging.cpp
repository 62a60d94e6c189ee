#include "Logging.h"

Q_LOGGING_CATEGORY(lcProject, "strata.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRevision, "strata.revision", QtWarningMsg)
