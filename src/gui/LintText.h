#pragma once

#include "lint/Lint.h"

#include <QCoreApplication>
#include <QString>

namespace strata {

// How the window says one lint finding's details (lock, size, allowance or
// the safe way), the same in the SQL tab's tooltips, the Findings dock and
// the run confirmation.
class LintText
{
    Q_DECLARE_TR_FUNCTIONS(LintText)
public:
    // "Lock: …\nSize: …\nSafe: …" (html: escaped, joined with <br>).
    static QString details(const LintFinding &finding, bool html = false);
};

} // namespace strata
