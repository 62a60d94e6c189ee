#pragma once

#include <QLoggingCategory>

// One logging category per component (the Zeal way), so a user can enable
// e.g. QT_LOGGING_RULES="strata.revision.debug=true" without a rebuild.
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcRevision)
