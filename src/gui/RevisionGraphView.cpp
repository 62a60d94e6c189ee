#include "RevisionGraphView.h"

#include "Colours.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace strata {

namespace {
// A depends_on edge longer than this many rows is drawn as two stubs.
constexpr int LongEdgeRows = 12;
} // namespace

RevisionGraphView::RevisionGraphView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setObjectName(QStringLiteral("revisionGraph"));
    setAccessibleName(tr("Revision graph"));
}

void RevisionGraphView::setProject(const ProjectPtr &project)
{
    // Badges and highlights name revisions: a reload keeps them (the
    // environments refresh them), another project starts without.
    const QString root = project ? project->config.rootDir : QString();
    if (root != m_root) {
        m_badges.clear();
        m_highlighted.clear();
        m_root = root;
    }
    m_project = project;
    m_order = (project && !project->graph.hasCycles()) ? project->graph.history() : std::vector<int>();
    if (project && project->graph.hasCycles()) {
        // A cyclic graph cannot be ordered like Alembic; show it in load order.
        for (int i = 0; i < project->graph.size(); ++i)
            m_order.push_back(i);
    }
    m_layout = project ? LaneLayout::compute(project->graph, m_order) : LaneLayout();
    m_currentRow = -1;
    m_matches.clear();
    if (!m_search.isEmpty())
        setSearchText(m_search);
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

int RevisionGraphView::nodeAtRow(int row) const
{
    return row >= 0 && row < rowCount() ? m_layout.rows[size_t(row)].node : -1;
}

int RevisionGraphView::rowOfNode(int node) const
{
    return node >= 0 && size_t(node) < m_layout.rowOfNode.size() ? m_layout.rowOfNode[size_t(node)] : -1;
}

int RevisionGraphView::currentNode() const
{
    return nodeAtRow(m_currentRow);
}

int RevisionGraphView::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QColor RevisionGraphView::laneColour(int lane) const
{
    return Colours::lane(palette(), lane);
}

void RevisionGraphView::updateScrollBars()
{
    const int h = rowHeight();
    const int pageRows = std::max(1, viewport()->height() / h);
    verticalScrollBar()->setPageStep(pageRows);
    verticalScrollBar()->setSingleStep(1);
    verticalScrollBar()->setRange(0, std::max(0, rowCount() - pageRows));
    horizontalScrollBar()->setRange(0, 0);
}

void RevisionGraphView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void RevisionGraphView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!m_project || rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   m_project ? tr("This project has no revisions.")
                             : tr("Open an Alembic project (File → Open Project…)"));
        return;
    }
    const RevisionGraph &g = m_project->graph;
    const int h = rowHeight();
    const int first = verticalScrollBar()->value();
    const int last = std::min(rowCount() - 1, first + viewport()->height() / h + 1);
    const int lw = laneWidth();
    // The down_revision lanes of the rows on screen only, side by side in
    // their order: a region where two branches run takes two lanes, however
    // many run elsewhere in the history.
    std::vector<short> lanesHere;
    for (int r = first; r <= last; ++r) {
        const LaneLayout::Row &row = m_layout.rows[size_t(r)];
        lanesHere.push_back(row.lane);
        lanesHere.insert(lanesHere.end(), row.through.begin(), row.through.end());
        lanesHere.insert(lanesHere.end(), row.fromAbove.begin(), row.fromAbove.end());
        lanesHere.insert(lanesHere.end(), row.toBelow.begin(), row.toBelow.end());
    }
    std::sort(lanesHere.begin(), lanesHere.end());
    lanesHere.erase(std::unique(lanesHere.begin(), lanesHere.end()), lanesHere.end());
    m_lanesShown = int(lanesHere.size());
    const int gx = 8 + m_lanesShown * lw; // gutter start
    // depends_on edges of the rows on screen only: short ones get gutter
    // columns assigned here (so the gutter is as wide as this region needs),
    // long ones are drawn as stubs with arrows at their two ends.
    struct Edge
    {
        int fromRow, toRow, lo, hi;
        bool stub;
        int column = 0;
    };
    std::vector<Edge> edges;
    for (const LaneLayout::Dependency &d : m_layout.dependencies) {
        const int lo = std::min(d.fromRow, d.toRow), hi = std::max(d.fromRow, d.toRow);
        if (hi < first || lo > last)
            continue;
        edges.push_back({ d.fromRow, d.toRow, lo, hi, hi - lo > LongEdgeRows });
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.lo < b.lo; });
    std::vector<int> columnEnds; // the last row each column is busy to
    bool anyStub = false;
    for (Edge &e : edges) {
        if (e.stub) {
            anyStub = true;
            continue;
        }
        auto free = std::find_if(columnEnds.begin(), columnEnds.end(), [&e](int end) { return end < e.lo; });
        if (free == columnEnds.end())
            free = columnEnds.insert(columnEnds.end(), e.hi);
        else
            *free = e.hi;
        e.column = int(free - columnEnds.begin());
    }
    const int stubColumn = int(columnEnds.size());
    const int gutterColumns = stubColumn + (anyStub ? 2 : 0);
    m_gutterShown = gutterColumns;
    const int textX = gx + gutterColumns * 8 + 8;
    auto laneX = [lw, &lanesHere](int lane) {
        const int column = int(std::lower_bound(lanesHere.begin(), lanesHere.end(), short(lane)) - lanesHere.begin());
        return 8 + column * lw + lw / 2;
    };
    const QFont baseFont = font();
    QFont mono = baseFont;
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    QFont bold = baseFont;
    bold.setBold(true);

    for (int r = first; r <= last; ++r) {
        const LaneLayout::Row &row = m_layout.rows[size_t(r)];
        const int y = (r - first) * h;
        const QRect rowRect(0, y, viewport()->width(), h);
        const int cy = y + h / 2;
        const auto &n = g.node(row.node);
        if (r == m_currentRow)
            p.fillRect(rowRect, pal.color(hasFocus() ? QPalette::Highlight : QPalette::Midlight));
        else if (m_highlighted.contains(n.id))
            p.fillRect(rowRect, Colours::warningTint(pal)); // pending for the selected environment
        else if (isMatch(r))
            p.fillRect(rowRect, pal.color(QPalette::AlternateBase).darker(115));
        const QColor textColour = pal.color(r == m_currentRow && hasFocus() ? QPalette::HighlightedText
                                                                            : QPalette::Text);
        // lanes
        for (short t : row.through) {
            p.setPen(QPen(laneColour(t), 2));
            p.drawLine(laneX(t), y, laneX(t), y + h);
        }
        for (short a : row.fromAbove) {
            p.setPen(QPen(laneColour(a), 2));
            QPainterPath path(QPointF(laneX(a), y));
            path.cubicTo(laneX(a), cy, laneX(row.lane), y + h / 4.0, laneX(row.lane), cy);
            p.drawPath(path);
        }
        for (short b : row.toBelow) {
            p.setPen(QPen(laneColour(b), 2));
            QPainterPath path(QPointF(laneX(row.lane), cy));
            path.cubicTo(laneX(row.lane), y + h * 0.75, laneX(b), cy, laneX(b), y + h);
            p.drawPath(path);
        }
        // the node
        const QColor nodeColour = laneColour(row.lane);
        p.setPen(QPen(nodeColour.darker(130), 1.5));
        p.setBrush(n.isMergePoint() ? pal.color(QPalette::Base) : nodeColour);
        const int rad = n.isHead() || n.isBase() ? 6 : 5;
        if (n.isBase())
            p.drawRect(QRectF(laneX(row.lane) - rad, cy - rad, 2 * rad, 2 * rad));
        else
            p.drawEllipse(QPointF(laneX(row.lane), cy), rad, rad);

        // text: id, tags, message
        int x = textX;
        p.setFont(mono);
        p.setPen(textColour);
        const bool matched = isMatch(r);
        const QString shortId = n.id.left(12);
        if (matched)
            drawMatchedText(p, QRect(x, y, 200, h), shortId, r == m_currentRow);
        else
            p.drawText(QRect(x, y, 200, h), Qt::AlignVCenter | Qt::AlignLeft, shortId);
        x += QFontMetrics(mono).horizontalAdvance(QStringLiteral("000000000000")) + 10;
        p.setFont(baseFont);
        auto tag = [&](const QString &text, const QColor &bg) {
            const int w = fontMetrics().horizontalAdvance(text) + 10;
            const QRectF tr(x, y + 3, w, h - 6);
            p.setPen(Qt::NoPen);
            p.setBrush(bg);
            p.drawRoundedRect(tr, 4, 4);
            p.setPen(Colours::textOn(bg));
            p.drawText(tr, Qt::AlignCenter, text);
            x += w + 4;
        };
        if (n.isHead())
            tag(n.isRealHead() ? tr("head") : tr("effective head"), Colours::headTag(pal));
        if (n.isBase())
            tag(tr("base"), Colours::baseTag(pal));
        for (const QString &l : n.ownLabels)
            tag(l, Colours::labelTag(pal));
        if (!n.dependencyNames.isEmpty())
            tag(tr("depends on %1").arg(n.dependencyNames.join(QStringLiteral(", ")).left(24)),
                Colours::dependency(pal));
        for (const EnvironmentBadge &b : m_badges.value(n.id)) {
            // Environments at this revision; production ones carry a red frame and a warning sign.
            const QString text = b.production ? QStringLiteral("\u26A0 ") + b.name : b.name;
            const int w = fontMetrics().horizontalAdvance(text) + 12;
            const QRectF br(x, y + 2, w, h - 4);
            p.setPen(b.production ? QPen(Colours::danger(pal), 2) : QPen(b.colour, 1.5));
            QColor fill = b.colour;
            fill.setAlpha(60);
            p.setBrush(fill);
            p.drawRoundedRect(br, 8, 8);
            p.setPen(textColour);
            p.drawText(br, Qt::AlignCenter, text);
            x += w + 4;
        }
        p.setPen(textColour);
        p.setFont(n.isHead() ? bold : baseFont);
        const QString msg = fontMetrics().elidedText(g.scriptOf(row.node).message, Qt::ElideRight,
                                                     viewport()->width() - x - 4);
        if (matched)
            drawMatchedText(p, QRect(x, y, viewport()->width() - x - 4, h), msg, r == m_currentRow);
        else
            p.drawText(QRect(x, y, viewport()->width() - x - 4, h), Qt::AlignVCenter | Qt::AlignLeft, msg);
        p.setFont(baseFont);
    }

    // depends_on edges in the gutter: dashed, distinct from down_revision lanes
    const QColor depColour = Colours::dependency(pal);
    QPen dash(depColour, 1.5, Qt::DashLine);
    auto arrowAt = [&p, &depColour](double x, double y) {
        // pointing left, at the revision depended on
        p.setPen(Qt::NoPen);
        p.setBrush(depColour);
        QPolygonF arrow;
        arrow << QPointF(x, y) << QPointF(x + 6, y - 4) << QPointF(x + 6, y + 4);
        p.drawPolygon(arrow);
    };
    auto verticalArrow = [&p, &depColour](double x, double y, bool down) {
        p.setPen(Qt::NoPen);
        p.setBrush(depColour);
        QPolygonF arrow;
        const double dy = down ? 5 : -5;
        arrow << QPointF(x, y + dy) << QPointF(x - 3.5, y) << QPointF(x + 3.5, y);
        p.drawPolygon(arrow);
    };
    for (const Edge &d : edges) {
        const int y1 = (d.fromRow - first) * h + h / 2;
        const int y2 = (d.toRow - first) * h + h / 2;
        const int fromLane = laneX(m_layout.rows[size_t(d.fromRow)].lane);
        const int toLane = laneX(m_layout.rows[size_t(d.toRow)].lane);
        const bool down = d.toRow > d.fromRow;
        if (d.stub) {
            // A long edge: a short stub at each end, its arrow pointing along
            // the edge (the tooltip of either row names the other end).
            const int x = gx + 4 + stubColumn * 8 + 4;
            p.setPen(dash);
            if (d.fromRow >= first && d.fromRow <= last) {
                p.drawLine(fromLane + 6, y1, x, y1);
                p.drawLine(x, y1, x, y1 + (down ? h / 2 - 3 : -(h / 2 - 3)));
                verticalArrow(x, y1 + (down ? h / 2 - 3 : -(h / 2 - 3)), down);
            }
            if (d.toRow >= first && d.toRow <= last) {
                p.setPen(dash);
                p.drawLine(x, y2 + (down ? -(h / 2 - 2) : h / 2 - 2), x, y2);
                p.drawLine(toLane + 6, y2, x, y2);
                arrowAt(toLane + 7, y2);
            }
            continue;
        }
        const int x = gx + 4 + d.column * 8;
        p.setPen(dash);
        p.drawLine(x, y1, x, y2);
        p.drawLine(fromLane + 6, y1, x, y1);
        p.drawLine(toLane + 6, y2, x, y2);
        arrowAt(toLane + 7, y2);
    }
    if (!m_paintedOnce) {
        m_paintedOnce = true;
        emit firstPainted();
    }
}

bool RevisionGraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_project) {
        auto *he = static_cast<QHelpEvent *>(event);
        const int row = verticalScrollBar()->value() + he->pos().y() / rowHeight();
        const int node = nodeAtRow(row);
        if (node >= 0) {
            const auto &n = m_project->graph.node(node);
            QString tip = QStringLiteral("<b>%1</b><br/>%2").arg(n.id, m_project->graph.scriptOf(node).message.toHtmlEscaped());
            if (!n.labels.isEmpty())
                tip += QStringLiteral("<br/>") + tr("Branch: %1").arg(n.labels.join(QStringLiteral(", ")));
            if (!n.dependencyNames.isEmpty())
                tip += QStringLiteral("<br/>") + tr("Depends on: %1").arg(n.dependencyNames.join(QStringLiteral(", ")).toHtmlEscaped());
            QStringList neededBy;
            for (const LaneLayout::Dependency &d : m_layout.dependencies)
                if (d.toRow == row)
                    neededBy << m_project->graph.node(nodeAtRow(d.fromRow)).id.left(12);
            if (!neededBy.isEmpty())
                tip += QStringLiteral("<br/>") + tr("Needed by: %1").arg(neededBy.join(QStringLiteral(", ")));
            QToolTip::showText(he->globalPos(), tip, viewport());
            return true;
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void RevisionGraphView::mousePressEvent(QMouseEvent *event)
{
    const int row = verticalScrollBar()->value() + int(event->position().y()) / rowHeight();
    if (row < rowCount())
        selectRow(row);
}

void RevisionGraphView::keyPressEvent(QKeyEvent *event)
{
    const int page = verticalScrollBar()->pageStep();
    switch (event->key()) {
    case Qt::Key_Down: selectRow(std::min(rowCount() - 1, m_currentRow + 1)); break;
    case Qt::Key_Up: selectRow(std::max(0, m_currentRow - 1)); break;
    case Qt::Key_PageDown: selectRow(std::min(rowCount() - 1, m_currentRow + page)); break;
    case Qt::Key_PageUp: selectRow(std::max(0, m_currentRow - page)); break;
    case Qt::Key_Home: selectRow(0); break;
    case Qt::Key_End: selectRow(rowCount() - 1); break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
}

void RevisionGraphView::ensureVisible(int row)
{
    QScrollBar *sb = verticalScrollBar();
    if (row < sb->value())
        sb->setValue(row);
    else if (row >= sb->value() + sb->pageStep())
        sb->setValue(row - sb->pageStep() + 1);
}

void RevisionGraphView::selectRow(int row)
{
    if (row < 0 || row >= rowCount() || row == m_currentRow)
        return;
    m_currentRow = row;
    ensureVisible(row);
    viewport()->update();
    emit currentNodeChanged(nodeAtRow(row));
}

void RevisionGraphView::selectNode(int node)
{
    selectRow(rowOfNode(node));
}

void RevisionGraphView::setBadges(const QHash<QString, QList<EnvironmentBadge>> &badges)
{
    m_badges = badges;
    viewport()->update();
}

void RevisionGraphView::setHighlighted(const QSet<QString> &revisions)
{
    m_highlighted = revisions;
    viewport()->update();
}

bool RevisionGraphView::isHighlighted(int node) const
{
    return m_project && node >= 0 && node < m_project->graph.size()
            && m_highlighted.contains(m_project->graph.node(node).id);
}

int RevisionGraphView::currentMatch() const
{
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), m_currentRow);
    return it != m_matches.end() && *it == m_currentRow ? int(it - m_matches.begin()) + 1 : 0;
}

void RevisionGraphView::drawMatchedText(QPainter &p, const QRect &rect, const QString &text, bool current)
{
    const int at = m_search.isEmpty() ? -1 : int(text.indexOf(m_search, 0, Qt::CaseInsensitive));
    if (at < 0) {
        p.drawText(rect, Qt::AlignVCenter | Qt::AlignLeft, text);
        return;
    }
    // before · the match on a yellow mark, bold (underlined in the current row) · after
    const QFont normal = p.font();
    QFont strong = normal;
    strong.setBold(true);
    strong.setUnderline(current);
    const QString before = text.left(at), match = text.mid(at, m_search.size()), after = text.mid(at + m_search.size());
    int x = rect.left();
    p.drawText(QRect(x, rect.top(), rect.width(), rect.height()), Qt::AlignVCenter | Qt::AlignLeft, before);
    x += QFontMetrics(normal).horizontalAdvance(before);
    const int w = QFontMetrics(strong).horizontalAdvance(match);
    const QPen pen = p.pen();
    p.fillRect(QRect(x - 1, rect.top() + 3, w + 2, rect.height() - 6), Colours::matchTint(palette()));
    p.setFont(strong);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(x, rect.top(), w + 2, rect.height()), Qt::AlignVCenter | Qt::AlignLeft, match);
    p.setFont(normal);
    p.setPen(pen);
    x += w;
    p.drawText(QRect(x, rect.top(), std::max(0, rect.right() - x), rect.height()), Qt::AlignVCenter | Qt::AlignLeft, after);
}

bool RevisionGraphView::isMatch(int row) const
{
    return std::binary_search(m_matches.begin(), m_matches.end(), row);
}

int RevisionGraphView::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    m_matches.clear();
    if (m_project && !m_search.isEmpty()) {
        for (int r = 0; r < rowCount(); ++r) {
            const int node = nodeAtRow(r);
            const auto &n = m_project->graph.node(node);
            if (n.id.contains(m_search, Qt::CaseInsensitive)
                || m_project->graph.scriptOf(node).message.contains(m_search, Qt::CaseInsensitive)
                || n.labels.contains(m_search, Qt::CaseInsensitive))
                m_matches.push_back(r);
        }
    }
    viewport()->update();
    return int(m_matches.size());
}

void RevisionGraphView::findNext(bool backwards)
{
    if (m_matches.empty())
        return;
    if (backwards) {
        auto it = std::lower_bound(m_matches.begin(), m_matches.end(), m_currentRow);
        selectRow(it == m_matches.begin() ? m_matches.back() : *(it - 1));
    } else {
        auto it = std::upper_bound(m_matches.begin(), m_matches.end(), m_currentRow);
        selectRow(it == m_matches.end() ? m_matches.front() : *it);
    }
}

} // namespace strata
