#pragma once

#include "revision/RevisionGraph.h"

#include <vector>

namespace strata {

// Assigns lanes to revisions for a git-history-like view: one row per
// revision (newest first), a lane per line of descent, merges joined, and
// depends_on edges routed in a separate gutter so they read as different.
// Pure computation, so the GUI only paints.
struct LaneLayout
{
    struct Row
    {
        int node = -1;
        int lane = 0;
        std::vector<short> through;                // lanes passing straight through this row
        std::vector<short> fromAbove;              // lanes that end in this row's node (from the top edge)
        std::vector<short> toBelow;                // lanes this row's node continues into (to the bottom edge)
        int width = 1;                             // lanes in use at this row
    };
    struct Dependency
    {
        int fromRow = 0; // the revision that depends
        int toRow = 0;   // the revision depended on
        int column = 0;  // gutter column
    };

    std::vector<Row> rows;
    std::vector<int> rowOfNode; // node index -> row, -1 when not shown
    std::vector<Dependency> dependencies;
    int maxLanes = 1;
    int gutterColumns = 0;

    static LaneLayout compute(const RevisionGraph &graph, const std::vector<int> &order);
};

} // namespace strata
