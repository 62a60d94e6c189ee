#pragma once

#include "project/Project.h"
#include "revision/LaneLayout.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QSet>

namespace strata {

// An environment shown at its current revision on the graph.
struct EnvironmentBadge
{
    QString name;
    QColor colour;
    bool production = false;
};

// The revision graph as a git-history-like lane view: one row per revision
// (newest first), lanes for branches, merges joined, depends_on edges dashed in
// a gutter, heads/bases marked, branch labels as tags, short id and message.
// Paints only the visible rows, so 10,000 revisions scroll smoothly.
class RevisionGraphView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit RevisionGraphView(QWidget *parent = nullptr);

    void setProject(const ProjectPtr &project);
    ProjectPtr project() const { return m_project; }
    int rowCount() const { return int(m_layout.rows.size()); }
    int currentNode() const;
    int nodeAtRow(int row) const;
    int rowOfNode(int node) const;
    const LaneLayout &layout() const { return m_layout; }

    // Highlights rows whose id, message or label contains text; returns the count.
    int setSearchText(const QString &text);
    int matchCount() const { return int(m_matches.size()); }
    bool isMatch(int row) const;

    // Environment badges by node; highlighted nodes (e.g. an environment's pending revisions).
    void setBadges(const QHash<int, QList<EnvironmentBadge>> &badges);
    const QHash<int, QList<EnvironmentBadge>> &badges() const { return m_badges; }
    void setHighlighted(const QSet<int> &nodes);
    bool isHighlighted(int node) const { return m_highlighted.contains(node); }

public slots:
    void selectNode(int node);
    void selectRow(int row);
    void findNext(bool backwards = false);

signals:
    void currentNodeChanged(int node);
    void firstPainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int laneWidth() const { return 16; }
    int graphWidth() const;
    QColor laneColour(int lane) const;
    void updateScrollBars();
    void ensureVisible(int row);

    ProjectPtr m_project;
    std::vector<int> m_order;
    LaneLayout m_layout;
    int m_currentRow = -1;
    QString m_search;
    std::vector<int> m_matches; // sorted rows
    bool m_paintedOnce = false;
    QHash<int, QList<EnvironmentBadge>> m_badges;
    QSet<int> m_highlighted;
};

} // namespace strata
