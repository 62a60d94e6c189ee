#pragma once

#include "locks/LockSnapshot.h"

#include <QDateTime>
#include <QString>

namespace strata {

// One session on one line, as `locks` and `cancel-backend` print it:
// "pid N  user  application  state or waiting (Lock relation) for AGE  holds …: query".
QString describeSession(const SessionInfo &session, const QDateTime &now);

} // namespace strata
