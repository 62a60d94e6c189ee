#pragma once

#include "revision/RevisionScript.h"

#include <QByteArray>
#include <QString>

namespace strata {

// Reads revision headers without executing Python: revision, down_revision,
// branch_labels, depends_on (plain or annotated assignments, any quoting,
// tuples/lists over many lines, names bound earlier to literals), the module
// docstring and its "Create Date". Anything else is reported as unresolved
// with its source text. Safe on arbitrary bytes.
class HeaderParser
{
public:
    static RevisionScript parse(const QByteArray &bytes, const QString &path, const QString &fileName);

    // PEP 263 decoding: BOM, "coding:" line in the first two lines, UTF-8 by
    // default. Returns false (and an explanation) when the bytes cannot be
    // decoded.
    // Line ends are made \n (Python's universal newlines).
    static bool decode(const QByteArray &bytes, QString *text, QString *problem, int *problemLine);

private:
    static bool decodeLines(const QByteArray &bytes, QString *text, QString *problem, int *problemLine);
};

} // namespace strata
