#include "UnifiedDiff.h"

#include <algorithm>
#include <vector>

namespace strata {

namespace {

enum class Op : unsigned char { Same, Removed, Added };

struct Edit
{
    Op op;
    int from; // line index in the from text (Same, Removed)
    int to;   // line index in the to text (Same, Added)
    int heading; // index into the headings of the block it belongs to
    bool opensBlock = false; // the block's first edit
};

constexpr qint64 kMaxPairs = 4'000'000;

// The edits that turn a into b, by their longest common subsequence.
void diffLines(const QStringList &a, const QStringList &b, int fromBase, int toBase, int heading, std::vector<Edit> *out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (a == b) { // most blocks of two schemas
        for (int i = 0; i < n; ++i)
            out->push_back({ Op::Same, fromBase + i, toBase + i, heading });
        return;
    }
    if (qint64(n) * qint64(m) > kMaxPairs) {
        for (int i = 0; i < n; ++i)
            out->push_back({ Op::Removed, fromBase + i, toBase, heading });
        for (int j = 0; j < m; ++j)
            out->push_back({ Op::Added, fromBase + n, toBase + j, heading });
        return;
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [m](int i, int j) { return size_t(i) * size_t(m + 1) + size_t(j); };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a[i] == b[j] ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out->push_back({ Op::Same, fromBase + i, toBase + j, heading });
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
            out->push_back({ Op::Removed, fromBase + i, toBase + j, heading });
            ++i;
        } else {
            out->push_back({ Op::Added, fromBase + i, toBase + j, heading });
            ++j;
        }
    }
}

// "-3,2": the start line of a range of count lines (the line before it when empty).
QString range(int start, int count)
{
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unifiedDiff(const QList<TextBlock> &from, const QList<TextBlock> &to, const QString &fromLabel,
                    const QString &toLabel, int context)
{
    context = std::max(0, context);
    QStringList a, b, headings;
    std::vector<Edit> edits;
    qsizetype x = 0, y = 0;
    while (x < from.size() || y < to.size()) {
        const bool takeFrom = x < from.size() && (y == to.size() || from[x].key <= to[y].key);
        const bool takeTo = y < to.size() && (x == from.size() || to[y].key <= from[x].key);
        const TextBlock &block = takeFrom ? from[x] : to[y];
        headings << block.lines.value(0);
        const int heading = int(headings.size() - 1);
        static const QStringList none;
        const size_t opened = edits.size();
        diffLines(takeFrom ? from[x].lines : none, takeTo ? to[y].lines : none, int(a.size()), int(b.size()),
                  heading, &edits);
        if (opened < edits.size())
            edits[opened].opensBlock = true;
        if (takeFrom)
            a += from[x++].lines;
        if (takeTo)
            b += to[y++].lines;
    }

    QString out;
    const int total = int(edits.size());
    int k = 0;
    while (k < total) {
        // the next change, and the hunk around it: changes closer than two contexts join
        while (k < total && edits[size_t(k)].op == Op::Same)
            ++k;
        if (k == total)
            break;
        const int first = std::max(0, k - context);
        int last = k; // last change in the hunk
        for (int scan = k + 1; scan < total; ++scan) {
            if (edits[size_t(scan)].op == Op::Same)
                continue;
            if (scan - last - 1 > 2 * context)
                break;
            last = scan;
        }
        const int end = std::min(total, last + context + 1);
        int fromCount = 0, toCount = 0;
        QString body;
        for (int e = first; e < end; ++e) {
            const Edit &edit = edits[size_t(e)];
            switch (edit.op) {
            case Op::Same:
                body += QLatin1Char(' ') + a[edit.from] + QLatin1Char('\n');
                ++fromCount;
                ++toCount;
                break;
            case Op::Removed:
                body += QLatin1Char('-') + a[edit.from] + QLatin1Char('\n');
                ++fromCount;
                break;
            case Op::Added:
                body += QLatin1Char('+') + b[edit.to] + QLatin1Char('\n');
                ++toCount;
                break;
            }
        }
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %2\n").arg(fromLabel, toLabel);
        const Edit &start = edits[size_t(first)];
        // A hunk that starts inside a block is headed by the block's first line.
        const QString heading = start.opensBlock ? QString() : headings[start.heading];
        out += QStringLiteral("@@ -%1 +%2 @@%3\n")
                       .arg(range(start.from, fromCount), range(start.to, toCount),
                            heading.isEmpty() ? QString() : QLatin1Char(' ') + heading)
                + body;
        k = end;
    }
    return out;
}

} // namespace strata
