#pragma once

#include "common/Finding.h"
#include "revision/RevisionScript.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace strata {

// The revision graph of a project, with Alembic's semantics: "heads" and
// "bases" follow down_revision only, "real" heads/bases also honour
// depends_on; branch labels are inherited the way Alembic inherits them.
// Nodes are indexed 0..size()-1 in load order (sorted file order within each
// version location, locations in configured order).
class RevisionGraph
{
public:
    struct Node
    {
        QString id;
        int script = -1;                  // index into scripts()
        QStringList downIds;              // declared down_revision ids
        QStringList dependencyNames;      // declared depends_on (ids or branch labels)
        std::vector<int> down;            // versioned down revisions that exist
        std::vector<int> resolvedDeps;    // depends_on resolved to nodes
        std::vector<int> normalizedDeps;  // resolvedDeps minus those an ancestor already depends on
        std::vector<int> next;            // revisions whose down_revision names this one
        // The next three are filled only where dependencies make them differ
        // from next/down; use edgesOf() to read them.
        std::vector<int> allNext;         // next + revisions whose depends_on names this one
        std::vector<int> normalizedDown;  // down + normalizedDeps (Alembic's _normalized_down_revisions)
        std::vector<int> allDown;         // down + resolvedDeps (Alembic's _all_down_revisions)
        QStringList ownLabels;            // branch_labels as declared
        QStringList labels;               // effective labels (declared + inherited)
        bool downUnresolved = false;      // down_revision could not be read statically

        bool isBase() const { return downIds.isEmpty() && !downUnresolved; }
        bool isRealBase() const { return isBase() && dependencyNames.isEmpty(); }
        bool isHead() const { return next.empty(); }
        bool isRealHead() const { return next.empty() && allNext.empty(); }
        bool isBranchPoint() const { return next.size() > 1; }
        bool isRealBranchPoint() const { return (allNext.empty() ? next.size() : allNext.size()) > 1; }
        bool isMergePoint() const { return downIds.size() > 1; }
    };

    enum class Edges { Next, AllNext, VersionedDown, NormalizedDown, AllDown };

    // alembicVersion: the ids as that Alembic takes them (':' is allowed before
    // 1.17.1); empty: as the newest does.
    static RevisionGraph build(QList<RevisionScript> scripts, const QString &alembicVersion = {});

    int size() const { return int(m_nodes.size()); }
    const Node &node(int i) const { return m_nodes[size_t(i)]; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const QList<RevisionScript> &scripts() const { return m_scripts; }
    const RevisionScript &scriptOf(int i) const { return m_scripts.at(node(i).script); }

    int indexOf(const QString &id) const { return m_ids.value(id, -1); }
    // ids and branch labels, in Alembic's map order (ids first, then labels)
    int lookupKey(const QString &key) const;
    const QStringList &keys() const { return m_keys; }

    const std::vector<int> &heads() const { return m_heads; }
    const std::vector<int> &realHeads() const { return m_realHeads; }
    const std::vector<int> &bases() const { return m_bases; }
    const std::vector<int> &realBases() const { return m_realBases; }

    const Findings &findings() const { return m_findings; }
    bool hasErrors() const;
    // A down_revision or depends_on cycle: no order exists.
    bool hasCycles() const { return m_hasCycles; }
    // Alembic cannot build its revision map (a cycle, a self-loop, a parent or
    // dependency no script defines): every walk, plan and heads query fails.
    bool isBlocked() const { return !m_blockingError.isEmpty(); }
    // The message Alembic-style tools would refuse with, when the graph cannot be walked.
    QString blockingError() const { return m_blockingError; }

    // Alembic's _iterate_related_revisions: depth-first, LIFO, in yield order.
    std::vector<int> related(const std::vector<int> &targets, Edges edges) const;
    // Same, with "check": fails (returns false and fills overlapMessage) when a
    // target reaches another target.
    bool relatedChecked(const std::vector<int> &targets, Edges edges, std::vector<int> *out,
                        QString *overlapMessage) const;
    const std::vector<int> &edgesOf(int i, Edges edges) const;

    // Alembic's _topological_sort of a set of revisions, walking from heads.
    // When the walk from the heads cannot reach every revision of the set
    // (Alembic then fails an assertion), *unreached lists the rest, in load order.
    std::vector<int> topologicalSort(const std::vector<char> &inSet, const std::vector<int> &heads,
                                     std::vector<int> *unreached = nullptr) const;

    // The whole history, newest first (as `alembic history`).
    std::vector<int> history() const;

private:
    void addFinding(Severity s, const QString &code, const QString &message, const QString &file, int line,
                    const QString &rev);
    void detectCycles();
    void computeLabels();

    QList<RevisionScript> m_scripts;
    std::vector<Node> m_nodes;
    QHash<QString, int> m_ids;
    QHash<QString, int> m_labels;
    QStringList m_keys;
    std::vector<int> m_heads, m_realHeads, m_bases, m_realBases;
    Findings m_findings;
    bool m_hasCycles = false;
    QString m_blockingError;
};

} // namespace strata
