#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// A run of lines that belongs to one thing (a table with its indexes, a view):
// the diff pairs blocks by key, so a table is only ever compared with the
// table of the same name, however far apart the two texts have moved.
struct TextBlock
{
    QString key; // blocks are given in ascending key order on both sides
    QStringList lines;
};

// The unified diff ("--- from", "+++ to", "@@ -a,n +b,m @@ heading") of two
// texts given as keyed blocks, with `context` unchanged lines around each
// change; a hunk that starts inside a block is headed by the block's first
// line, as git names the function. Empty when the texts are equal. Lines inside a pair
// of blocks are matched by their longest common subsequence; a pair too large
// for that (over 4 million line pairs) is shown as removed and added whole.
QString unifiedDiff(const QList<TextBlock> &from, const QList<TextBlock> &to, const QString &fromLabel,
                    const QString &toLabel, int context = 3);

} // namespace strata
