#pragma once

#include "project/Project.h"
#include "revision/LaneLayout.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QSet>

class QPainter;

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
    // depends_on gutter columns the last paint used (short edges on screen, plus the stubs').
    int gutterColumnsShown() const { return m_gutterShown; }
    int lanesShown() const { return m_lanesShown; } // down_revision lanes of the rows on screen

    // Highlights rows whose id, message or label contains text; returns the count.
    int setSearchText(const QString &text);
    int matchCount() const { return int(m_matches.size()); }
    bool isMatch(int row) const;
    // The current row's place among the matches, 1-based; 0 when it is not one.
    int currentMatch() const;

    // Environment badges and highlighted revisions (an environment's pending
    // ones), both by revision id: they stay true across a reload, and a project
    // with another root starts without them.
    void setBadges(const QHash<QString, QList<EnvironmentBadge>> &badges);
    const QHash<QString, QList<EnvironmentBadge>> &badges() const { return m_badges; }
    void setHighlighted(const QSet<QString> &revisions);
    bool isHighlighted(int node) const;

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
    int m_gutterShown = 0;
    int m_lanesShown = 0;
    QHash<QString, QList<EnvironmentBadge>> m_badges;
    QSet<QString> m_highlighted;
    QString m_root; // the project's root directory, to tell a reload from another project
    // Draws text in rect, the search match in it emphasised; returns the width drawn.
    void drawMatchedText(QPainter &p, const QRect &rect, const QString &text, bool current);
};

} // namespace strata
