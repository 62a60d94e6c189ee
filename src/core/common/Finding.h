#pragma once

#include <QList>
#include <QString>

namespace strata {

enum class Severity { Info, Warning, Error };

QString severityName(Severity severity);

// A structured issue the core reports and the GUI/CLI display (the Tiled way):
// what, how bad, and a way to jump to the cause (file/line and/or revision).
struct Finding
{
    Severity severity = Severity::Warning;
    QString code;     // stable machine name, e.g. "missing-down-revision"
    QString message;  // human text
    QString file;     // absolute path, may be empty
    int line = 0;     // 1-based, 0 when unknown
    QString revision; // the revision the finding is about, may be empty

    QString location() const;
};

using Findings = QList<Finding>;

} // namespace strata
