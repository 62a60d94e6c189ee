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

int RevisionGraphView::graphWidth() const
{
    return 8 + m_layout.maxLanes * laneWidth() + m_layout.gutterColumns * 8 + 8;
}

QColor RevisionGraphView::laneColour(int lane) const
{
    static const char *const colours[] = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
                                           "#8c564b", "#e377c2" };
    QColor c(QString::fromLatin1(colours[lane % 8]));
    if (palette().color(QPalette::Base).lightness() < 128)
        c = c.lighter(140);
    return c;
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
    const int gx = 8 + m_layout.maxLanes * lw; // gutter start
    const int textX = graphWidth();
    auto laneX = [lw](int lane) { return 8 + lane * lw + lw / 2; };
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
        if (r == m_currentRow)
            p.fillRect(rowRect, pal.color(hasFocus() ? QPalette::Highlight : QPalette::Midlight));
        else if (m_highlighted.contains(row.node))
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
        const auto &n = g.node(row.node);
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
        const QString shortId = n.id.left(12);
        p.drawText(QRect(x, y, 200, h), Qt::AlignVCenter | Qt::AlignLeft, shortId);
        x += QFontMetrics(mono).horizontalAdvance(QStringLiteral("000000000000")) + 10;
        p.setFont(baseFont);
        auto tag = [&](const QString &text, const QColor &bg) {
            const int w = fontMetrics().horizontalAdvance(text) + 10;
            const QRectF tr(x, y + 3, w, h - 6);
            p.setPen(Qt::NoPen);
            p.setBrush(bg);
            p.drawRoundedRect(tr, 4, 4);
            p.setPen(bg.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white));
            p.drawText(tr, Qt::AlignCenter, text);
            x += w + 4;
        };
        if (n.isHead())
            tag(n.isRealHead() ? tr("head") : tr("effective head"), QColor(0x2d, 0xa4, 0x4e));
        if (n.isBase())
            tag(tr("base"), QColor(0x6e, 0x77, 0x81));
        for (const QString &l : n.ownLabels)
            tag(l, QColor(0xe3, 0xb3, 0x41));
        if (!n.dependencyNames.isEmpty())
            tag(tr("depends on %1").arg(n.dependencyNames.join(QStringLiteral(", ")).left(24)),
                QColor(0x8a, 0x63, 0xd2));
        for (const EnvironmentBadge &b : m_badges.value(row.node)) {
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
        const QString msg = g.scriptOf(row.node).message;
        p.drawText(QRect(x, y, viewport()->width() - x - 4, h), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(msg, Qt::ElideRight, viewport()->width() - x - 4));
        p.setFont(baseFont);
    }

    // depends_on edges in the gutter: dashed, distinct from down_revision lanes
    const QColor depColour(0x8a, 0x63, 0xd2);
    QPen dash(depColour, 1.5, Qt::DashLine);
    for (const LaneLayout::Dependency &d : m_layout.dependencies) {
        const int lo = std::min(d.fromRow, d.toRow), hi = std::max(d.fromRow, d.toRow);
        if (hi < first || lo > last)
            continue;
        const int x = gx + 4 + d.column * 8;
        const int y1 = (d.fromRow - first) * h + h / 2;
        const int y2 = (d.toRow - first) * h + h / 2;
        p.setPen(dash);
        p.drawLine(x, y1, x, y2);
        const int fromLane = laneX(m_layout.rows[size_t(d.fromRow)].lane);
        const int toLane = laneX(m_layout.rows[size_t(d.toRow)].lane);
        p.drawLine(fromLane + 6, y1, x, y1);
        p.drawLine(toLane + 6, y2, x, y2);
        // arrow head at the revision depended on
        p.setPen(Qt::NoPen);
        p.setBrush(depColour);
        QPolygonF arrow;
        arrow << QPointF(toLane + 7, y2) << QPointF(toLane + 13, y2 - 4) << QPointF(toLane + 13, y2 + 4);
        p.drawPolygon(arrow);
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

void RevisionGraphView::setBadges(const QHash<int, QList<EnvironmentBadge>> &badges)
{
    m_badges = badges;
    viewport()->update();
}

void RevisionGraphView::setHighlighted(const QSet<int> &nodes)
{
    m_highlighted = nodes;
    viewport()->update();
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
