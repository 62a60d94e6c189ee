#include "LaneLayout.h"

#include <algorithm>

namespace strata {

LaneLayout LaneLayout::compute(const RevisionGraph &graph, const std::vector<int> &order)
{
    LaneLayout out;
    out.rows.reserve(order.size());
    out.rowOfNode.assign(size_t(graph.size()), -1);
    for (size_t r = 0; r < order.size(); ++r)
        out.rowOfNode[size_t(order[r])] = int(r);

    std::vector<int> lanes; // node expected in each lane, -1 = free
    auto freeLane = [&lanes]() {
        for (size_t i = 0; i < lanes.size(); ++i)
            if (lanes[i] < 0)
                return int(i);
        lanes.push_back(-1);
        return int(lanes.size() - 1);
    };

    for (int node : order) {
        Row row;
        row.node = node;
        int nodeLane = -1;
        for (size_t i = 0; i < lanes.size(); ++i) {
            if (lanes[i] == node) {
                row.fromAbove.push_back(short(i));
                if (nodeLane < 0)
                    nodeLane = int(i);
            } else if (lanes[i] >= 0) {
                row.through.push_back(short(i));
            }
        }
        if (nodeLane < 0)
            nodeLane = freeLane();
        for (int &l : lanes)
            if (l == node)
                l = -1;
        row.lane = nodeLane;

        // Parents shown in this view (down revisions whose row is below).
        bool first = true;
        for (int p : graph.node(node).down) {
            if (out.rowOfNode[size_t(p)] < 0)
                continue;
            const auto existing = std::find(lanes.begin(), lanes.end(), p);
            int target;
            if (existing != lanes.end()) {
                target = int(existing - lanes.begin());
            } else if (first && lanes[size_t(nodeLane)] < 0) {
                target = nodeLane;
                lanes[size_t(target)] = p;
            } else {
                target = freeLane();
                lanes[size_t(target)] = p;
            }
            row.toBelow.push_back(short(target));
            first = false;
        }
        while (!lanes.empty() && lanes.back() < 0)
            lanes.pop_back();
        int width = nodeLane + 1;
        for (short s : row.through)
            width = std::max(width, s + 1);
        for (short s : row.fromAbove)
            width = std::max(width, s + 1);
        for (short s : row.toBelow)
            width = std::max(width, s + 1);
        row.width = width;
        out.maxLanes = std::max(out.maxLanes, width);
        out.rows.push_back(std::move(row));
    }

    // depends_on edges: interval colouring of [fromRow, toRow] into gutter columns
    std::vector<Dependency> deps;
    for (size_t r = 0; r < order.size(); ++r) {
        for (int d : graph.node(order[r]).resolvedDeps) {
            const int dr = out.rowOfNode[size_t(d)];
            if (dr < 0)
                continue;
            deps.push_back(Dependency { int(r), dr, 0 });
        }
    }
    std::sort(deps.begin(), deps.end(), [](const Dependency &a, const Dependency &b) {
        return std::min(a.fromRow, a.toRow) < std::min(b.fromRow, b.toRow);
    });
    std::vector<int> columnEnds; // last row used by each column
    for (Dependency &d : deps) {
        const int lo = std::min(d.fromRow, d.toRow);
        const int hi = std::max(d.fromRow, d.toRow);
        int col = -1;
        for (size_t c = 0; c < columnEnds.size(); ++c)
            if (columnEnds[c] < lo) {
                col = int(c);
                break;
            }
        if (col < 0) {
            columnEnds.push_back(hi);
            col = int(columnEnds.size() - 1);
        } else {
            columnEnds[size_t(col)] = hi;
        }
        d.column = col;
    }
    out.gutterColumns = int(columnEnds.size());
    out.dependencies = std::move(deps);
    return out;
}

} // namespace strata
