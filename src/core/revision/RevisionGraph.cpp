#include "RevisionGraph.h"

#include "project/ProjectConfig.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace strata {

namespace {

void appendUnique(std::vector<int> &v, int x)
{
    if (std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

QStringList itemsOf(const HeaderValue &v)
{
    if (v.kind == HeaderValue::Kind::String)
        return v.items.first().isEmpty() ? QStringList() : v.items; // Alembic treats "" like None
    if (v.kind == HeaderValue::Kind::Sequence)
        return v.items;
    return {};
}

} // namespace

void RevisionGraph::addFinding(Severity s, const QString &code, const QString &message, const QString &file,
                               int line, const QString &rev)
{
    m_findings.append(Finding { s, code, message, file, line, rev });
}

bool RevisionGraph::hasErrors() const
{
    for (const Finding &f : m_findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

int RevisionGraph::lookupKey(const QString &key) const
{
    const int i = m_ids.value(key, -1);
    return i >= 0 ? i : m_labels.value(key, -1);
}

RevisionGraph RevisionGraph::build(QList<RevisionScript> scripts, const QString &alembicVersion)
{
    const bool colonAllowed = alembicTakesColonInIds(alembicVersion);
    RevisionGraph g;
    g.m_scripts = std::move(scripts);
    g.m_nodes.reserve(size_t(g.m_scripts.size()));
    g.m_ids.reserve(g.m_scripts.size());
    g.m_keys.reserve(g.m_scripts.size());

    // Findings are in the program's language (QCoreApplication::translate;
    // English in strata-cli); what blocks Alembic is Alembic's own English.
    QStringList blocking; // what stops Alembic from building its map, in its order
    for (int i = 0; i < g.m_scripts.size(); ++i) {
        const RevisionScript &s = g.m_scripts.at(i);
        g.m_findings.append(s.findings);
        if (!s.isRevision) {
            if (s.revision.kind == HeaderValue::Kind::Absent && s.findings.isEmpty())
                g.addFinding(Severity::Warning, QStringLiteral("not-a-revision"),
                             QCoreApplication::translate("strata::RevisionGraph", "%1 has no 'revision' variable, so it is not a revision script; it is "
                                            "skipped (Alembic refuses to load such a file from a versions "
                                            "directory)")
                                     .arg(s.fileName),
                             s.path, 0, {});
            continue;
        }
        const QString id = s.id();
        QString bad;
        for (QChar c : QStringLiteral("+-:@"))
            if (id.contains(c) && (c != QLatin1Char(':') || !colonAllowed))
                bad += (bad.isEmpty() ? QString() : QStringLiteral(", ")) + c;
        if (id.isEmpty()) {
            g.addFinding(Severity::Error, QStringLiteral("bad-revision-id"),
                         QCoreApplication::translate("strata::RevisionGraph", "the revision id is empty"), s.path,
                         s.revision.line, id);
            continue;
        }
        if (!bad.isEmpty()) {
            // Alembic fails to load the whole directory on such an id.
            blocking << QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'").arg(bad, id);
            g.addFinding(Severity::Error, QStringLiteral("bad-revision-id"),
                         bad == QLatin1String(":")
                                 ? QCoreApplication::translate("strata::RevisionGraph",
                                                               "character ':' not allowed in revision identifier "
                                                               "'%1' by Alembic 1.17.1 and later (older ones take "
                                                               "it): Alembic refuses to load the project")
                                           .arg(id)
                                 : QCoreApplication::translate("strata::RevisionGraph",
                                                               "character(s) '%1' not allowed in revision "
                                                               "identifier '%2': Alembic refuses to load the "
                                                               "project")
                                           .arg(bad, id),
                         s.path, s.revision.line, id);
            continue;
        }
        if (id.contains(QLatin1Char(':')))
            g.addFinding(Severity::Warning, QStringLiteral("alembic-upgrade-breaks"),
                         QCoreApplication::translate("strata::RevisionGraph",
                                                     "revision id '%1' holds ':', which Alembic %2 takes but "
                                                     "Alembic 1.17.1 and later refuse: upgrading Alembic stops "
                                                     "the project from loading")
                                 .arg(id, alembicVersion),
                         s.path, s.revision.line, id);
        if (g.m_ids.contains(id)) {
            const RevisionScript &other = g.m_scripts.at(g.m_nodes[size_t(g.m_ids.value(id))].script);
            g.addFinding(Severity::Error, QStringLiteral("duplicate-revision"),
                         QCoreApplication::translate("strata::RevisionGraph", "revision %1 is defined twice: here and in %2; this copy is ignored")
                                 .arg(id, other.fileName),
                         s.path, s.revision.line, id);
            continue;
        }
        Node n;
        n.id = id;
        n.script = i;
        n.downUnresolved = s.downRevision.kind == HeaderValue::Kind::Unresolved;
        n.downIds = itemsOf(s.downRevision);
        n.dependencyNames = itemsOf(s.dependsOn);
        for (const QString &l : itemsOf(s.branchLabels))
            if (!l.isEmpty() && !n.ownLabels.contains(l))
                n.ownLabels << l;
        n.labels = n.ownLabels;
        // Alembic refuses to build the map at all (LoopDetected); the node
        // is kept without the edge so the graph can still be drawn.
        if (n.downIds.contains(id)) {
            g.addFinding(Severity::Error, QStringLiteral("self-loop"),
                         QCoreApplication::translate("strata::RevisionGraph", "revision %1 names itself as its down_revision").arg(id), s.path,
                         s.downRevision.line, id);
            n.downIds.removeAll(id);
            blocking << QStringLiteral("Self-loop is detected in revisions (%1)").arg(id);
        }
        if (n.dependencyNames.contains(id)) {
            g.addFinding(Severity::Error, QStringLiteral("self-dependency"),
                         QCoreApplication::translate("strata::RevisionGraph", "revision %1 names itself in depends_on").arg(id), s.path,
                         s.dependsOn.line, id);
            n.dependencyNames.removeAll(id);
            blocking << QStringLiteral("Dependency self-loop is detected in revisions (%1)").arg(id);
        }
        g.m_ids.insert(id, int(g.m_nodes.size()));
        g.m_keys << id;
        g.m_nodes.push_back(std::move(n));
    }

    // Branch labels become keys of the map, after all ids (as in Alembic).
    for (int i = 0; i < g.size(); ++i) {
        Node &n = g.m_nodes[size_t(i)];
        const RevisionScript &s = g.m_scripts.at(n.script);
        for (const QString &label : std::as_const(n.ownLabels)) {
            const int other = g.lookupKey(label);
            if (other >= 0) {
                g.addFinding(Severity::Error, QStringLiteral("duplicate-branch-label"),
                             QCoreApplication::translate("strata::RevisionGraph", "branch name '%1' in revision %2 is already used by revision %3")
                                     .arg(label, n.id, g.m_nodes[size_t(other)].id),
                             s.path, s.branchLabels.line, n.id);
                continue;
            }
            g.m_labels.insert(label, i);
            g.m_keys << label;
        }
    }

    // depends_on resolves through ids and branch labels.
    for (Node &n : g.m_nodes) {
        const RevisionScript &s = g.m_scripts.at(n.script);
        for (const QString &dep : std::as_const(n.dependencyNames)) {
            const int d = g.lookupKey(dep);
            if (d < 0) {
                g.addFinding(Severity::Error, QStringLiteral("missing-dependency"),
                             QCoreApplication::translate("strata::RevisionGraph", "depends_on names '%1', which is neither a revision nor a branch label")
                                     .arg(dep),
                             s.path, s.dependsOn.line, n.id);
                blocking << QStringLiteral("Revision %1 referenced from %2 is not present").arg(dep, n.id);
                continue;
            }
            n.resolvedDeps.push_back(d);
        }
    }

    // Link down revisions and dependencies.
    for (int i = 0; i < g.size(); ++i) {
        Node &n = g.m_nodes[size_t(i)];
        const RevisionScript &s = g.m_scripts.at(n.script);
        for (const QString &d : std::as_const(n.downIds)) {
            const int p = g.m_ids.value(d, -1);
            if (p < 0) {
                const bool label = g.m_labels.contains(d);
                g.addFinding(Severity::Error,
                             label ? QStringLiteral("down-revision-is-label") : QStringLiteral("missing-down-revision"),
                             label ? QCoreApplication::translate("strata::RevisionGraph", "down_revision names branch label '%1'; it must name a revision "
                                                    "id")
                                             .arg(d)
                                   : QCoreApplication::translate("strata::RevisionGraph", "down_revision names '%1', which no script defines").arg(d),
                             s.path, s.downRevision.line, n.id);
                if (!label)
                    blocking << QStringLiteral("Revision %1 referenced from %2 is not present").arg(d, n.id);
                continue;
            }
            appendUnique(n.down, p);
            appendUnique(g.m_nodes[size_t(p)].next, i);
        }
    }
    // allNext is kept only where depends_on adds children beyond next (rare);
    // elsewhere it equals next and edgesOf() answers with next. Its order only
    // ever feeds set computations, as in Alembic.
    for (int i = 0; i < g.size(); ++i) {
        for (int p : g.m_nodes[size_t(i)].resolvedDeps) {
            Node &parent = g.m_nodes[size_t(p)];
            if (std::find(parent.next.begin(), parent.next.end(), i) != parent.next.end())
                continue;
            if (parent.allNext.empty())
                parent.allNext = parent.next;
            appendUnique(parent.allNext, i);
        }
    }

    // Dependencies already implied through an ancestor are left out of the
    // "normalized" set, which is what ordering uses.
    for (int i = 0; i < g.size(); ++i) {
        Node &n = g.m_nodes[size_t(i)];
        if (n.resolvedDeps.empty())
            continue;
        std::vector<char> implied(size_t(g.size()), 0);
        for (int a : g.related({ i }, Edges::VersionedDown)) {
            if (a == i)
                continue;
            for (int d : g.m_nodes[size_t(a)].resolvedDeps)
                implied[size_t(d)] = 1;
        }
        for (int d : n.resolvedDeps)
            if (!implied[size_t(d)])
                appendUnique(n.normalizedDeps, d);
    }

    // Likewise the down lists with dependencies exist only where there are any.
    for (Node &n : g.m_nodes) {
        if (!n.normalizedDeps.empty()) {
            n.normalizedDown = n.down;
            for (int d : n.normalizedDeps)
                appendUnique(n.normalizedDown, d);
        }
        if (!n.resolvedDeps.empty()) {
            n.allDown = n.down;
            for (int d : n.resolvedDeps)
                appendUnique(n.allDown, d);
        }
    }

    for (int i = 0; i < g.size(); ++i) {
        const Node &n = g.m_nodes[size_t(i)];
        if (n.isHead())
            g.m_heads.push_back(i);
        if (n.isRealHead())
            g.m_realHeads.push_back(i);
        if (n.isBase())
            g.m_bases.push_back(i);
        if (n.isRealBase())
            g.m_realBases.push_back(i);
    }

    g.detectCycles();
    if (!g.m_blockingError.isEmpty())
        blocking << g.m_blockingError;
    g.m_blockingError = blocking.join(QStringLiteral("; "));
    if (!g.m_hasCycles)
        g.computeLabels();

    if (g.m_heads.size() > 1) {
        // Several heads are fine when each is a deliberately labelled branch.
        QSet<QString> seen;
        bool allLabelled = true;
        for (int h : g.m_heads) {
            const QStringList &labels = g.m_nodes[size_t(h)].labels;
            if (labels.isEmpty()) {
                allLabelled = false;
                break;
            }
            const QString key = QStringList(labels).join(QLatin1Char(','));
            if (seen.contains(key))
                allLabelled = false;
            seen.insert(key);
        }
        QStringList ids;
        for (int h : g.m_heads)
            ids << g.m_nodes[size_t(h)].id;
        g.addFinding(allLabelled ? Severity::Info : Severity::Warning, QStringLiteral("multiple-heads"),
                     allLabelled ? QCoreApplication::translate("strata::RevisionGraph", "%1 heads, each on its own labelled branch: %2")
                                           .arg(ids.size())
                                           .arg(ids.join(QStringLiteral(", ")))
                                 : QCoreApplication::translate("strata::RevisionGraph", "multiple head revisions are present: %1; 'upgrade head' will "
                                                  "fail until they are merged (or upgrade 'heads')")
                                           .arg(ids.join(QStringLiteral(", "))),
                     g.scriptOf(g.m_heads.back()).path, g.scriptOf(g.m_heads.back()).revision.line,
                     g.m_nodes[size_t(g.m_heads.back())].id);
    }
    return g;
}

const std::vector<int> &RevisionGraph::edgesOf(int i, Edges edges) const
{
    const Node &n = m_nodes[size_t(i)];
    switch (edges) {
    case Edges::Next: return n.next;
    case Edges::AllNext: return n.allNext.empty() ? n.next : n.allNext;
    case Edges::VersionedDown: return n.down;
    case Edges::NormalizedDown: return n.normalizedDeps.empty() ? n.down : n.normalizedDown;
    case Edges::AllDown: return n.resolvedDeps.empty() ? n.down : n.allDown;
    }
    return n.down;
}

std::vector<int> RevisionGraph::related(const std::vector<int> &targets, Edges edges) const
{
    std::vector<int> out;
    relatedChecked(targets, edges, &out, nullptr);
    return out;
}

bool RevisionGraph::relatedChecked(const std::vector<int> &targets, Edges edges, std::vector<int> *out,
                                   QString *overlapMessage) const
{
    std::vector<char> seen(size_t(size()), 0);
    // reached[r] == k when revision r was popped while walking from targets[k]
    // (seen or not, as Alembic's per-target set records it)
    std::vector<int> reached(overlapMessage ? size_t(size()) : 0, -1);
    std::vector<int> todo;
    for (size_t k = 0; k < targets.size(); ++k) {
        const int target = targets[k];
        todo.push_back(target);
        while (!todo.empty()) {
            const int rev = todo.back();
            todo.pop_back();
            if (overlapMessage)
                reached[size_t(rev)] = int(k);
            if (seen[size_t(rev)])
                continue;
            seen[size_t(rev)] = 1;
            for (int nx : edgesOf(rev, edges))
                todo.push_back(nx);
            out->push_back(rev);
        }
        if (overlapMessage) {
            QStringList overlaps;
            for (int t : targets)
                if (t != target && reached[size_t(t)] == int(k) && !overlaps.contains(m_nodes[size_t(t)].id))
                    overlaps << m_nodes[size_t(t)].id;
            if (!overlaps.isEmpty()) {
                *overlapMessage = QStringLiteral("Requested revision %1 overlaps with other requested revisions %2")
                                          .arg(m_nodes[size_t(target)].id, overlaps.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    return true;
}

void RevisionGraph::detectCycles()
{
    // Kahn's algorithm first: it proves the common acyclic case in one cheap
    // pass; Tarjan's components then name the revisions of any cycle.
    {
        std::vector<int> pending(size_t(size()), 0); // parents not yet taken out
        std::vector<int> ready;
        for (int i = 0; i < size(); ++i) {
            pending[size_t(i)] = int(edgesOf(i, Edges::AllDown).size());
            if (pending[size_t(i)] == 0)
                ready.push_back(i);
        }
        int done = 0;
        while (!ready.empty()) {
            const int v = ready.back();
            ready.pop_back();
            ++done;
            for (int c : edgesOf(v, Edges::AllNext))
                if (--pending[size_t(c)] == 0)
                    ready.push_back(c);
        }
        if (done == size())
            return; // no cycle, with or without dependencies
    }
    // Tarjan's strongly connected components, iteratively, over one edge kind.
    auto sccs = [this](Edges edges) {
        const int n = size();
        std::vector<int> index(size_t(n), -1), low(size_t(n), 0);
        std::vector<char> onStack(size_t(n), 0);
        std::vector<int> stack;
        std::vector<std::vector<int>> result;
        int counter = 0;
        struct Frame
        {
            int v;
            const std::vector<int> *succ;
            size_t pos;
        };
        for (int root = 0; root < n; ++root) {
            if (index[size_t(root)] >= 0)
                continue;
            std::vector<Frame> call;
            call.push_back(Frame { root, &edgesOf(root, edges), 0 });
            index[size_t(root)] = low[size_t(root)] = counter++;
            stack.push_back(root);
            onStack[size_t(root)] = 1;
            while (!call.empty()) {
                Frame &f = call.back();
                if (f.pos < f.succ->size()) {
                    const int w = (*f.succ)[f.pos++];
                    if (index[size_t(w)] < 0) {
                        index[size_t(w)] = low[size_t(w)] = counter++;
                        stack.push_back(w);
                        onStack[size_t(w)] = 1;
                        call.push_back(Frame { w, &edgesOf(w, edges), 0 });
                    } else if (onStack[size_t(w)]) {
                        low[size_t(f.v)] = std::min(low[size_t(f.v)], index[size_t(w)]);
                    }
                    continue;
                }
                const int v = f.v;
                if (low[size_t(v)] == index[size_t(v)]) {
                    std::vector<int> comp;
                    int w;
                    do {
                        w = stack.back();
                        stack.pop_back();
                        onStack[size_t(w)] = 0;
                        comp.push_back(w);
                    } while (w != v);
                    if (comp.size() > 1)
                        result.push_back(comp);
                }
                call.pop_back();
                if (!call.empty())
                    low[size_t(call.back().v)] = std::min(low[size_t(call.back().v)], low[size_t(v)]);
            }
        }
        return result;
    };

    QSet<int> inVersionedCycle;
    QStringList blocking;
    for (const auto &comp : sccs(Edges::VersionedDown)) {
        QStringList ids;
        for (int v : comp) {
            ids << m_nodes[size_t(v)].id;
            inVersionedCycle.insert(v);
        }
        ids.sort();
        const RevisionScript &s = scriptOf(comp.front());
        addFinding(Severity::Error, QStringLiteral("cycle"),
                   QCoreApplication::translate("strata::RevisionGraph", "down_revision cycle among revisions %1").arg(ids.join(QStringLiteral(", "))),
                   s.path, s.downRevision.line, m_nodes[size_t(comp.front())].id);
        blocking << QStringLiteral("Cycle is detected in revisions (%1)").arg(ids.join(QStringLiteral(", ")));
    }
    bool anyDependency = false;
    for (const Node &n : m_nodes)
        anyDependency = anyDependency || !n.resolvedDeps.empty();
    // Without depends_on the AllDown graph is the VersionedDown graph: no second pass.
    for (const auto &comp : anyDependency ? sccs(Edges::AllDown) : std::vector<std::vector<int>>()) {
        bool known = true;
        for (int v : comp)
            if (!inVersionedCycle.contains(v))
                known = false;
        if (known)
            continue;
        QStringList ids;
        for (int v : comp)
            ids << m_nodes[size_t(v)].id;
        ids.sort();
        const RevisionScript &s = scriptOf(comp.front());
        addFinding(Severity::Error, QStringLiteral("dependency-cycle"),
                   QCoreApplication::translate("strata::RevisionGraph", "depends_on cycle among revisions %1").arg(ids.join(QStringLiteral(", "))), s.path,
                   s.dependsOn.line, m_nodes[size_t(comp.front())].id);
        blocking << QStringLiteral("Dependency cycle is detected in revisions (%1)")
                            .arg(ids.join(QStringLiteral(", ")));
    }
    if (!blocking.isEmpty()) {
        m_hasCycles = true;
        m_blockingError = blocking.join(QStringLiteral("; "));
    }
}

void RevisionGraph::computeLabels()
{
    // Alembic's _add_branches: a label spreads to every descendant, then from
    // the last descendant reached back down the branch until a branch point or
    // a merge point. Labels are bit sets while spreading (a long history with
    // many labels would otherwise compare strings millions of times); bits are
    // numbered in name order so the final lists come out sorted.
    QStringList names;
    for (const Node &n : m_nodes)
        for (const QString &l : n.ownLabels)
            if (!names.contains(l))
                names << l;
    if (names.isEmpty())
        return;
    names.sort();
    QHash<QString, int> bit;
    for (int i = 0; i < names.size(); ++i)
        bit.insert(names.at(i), i);
    const size_t words = size_t(names.size() + 63) / 64;
    std::vector<uint64_t> bits(size_t(size()) * words, 0);
    auto row = [&bits, words](int node) { return bits.data() + size_t(node) * words; };
    for (int i = 0; i < size(); ++i)
        for (const QString &l : m_nodes[size_t(i)].ownLabels) {
            const int b = bit.value(l);
            row(i)[b / 64] |= uint64_t(1) << (b % 64);
        }
    std::vector<uint64_t> spread(words);
    auto addTo = [&](int node) {
        uint64_t *r = row(node);
        for (size_t w = 0; w < words; ++w)
            r[w] |= spread[w];
    };
    for (int i = 0; i < size(); ++i) {
        if (m_nodes[size_t(i)].ownLabels.isEmpty())
            continue;
        std::copy(row(i), row(i) + words, spread.begin());
        const std::vector<int> desc = related({ i }, Edges::Next);
        for (int d : desc)
            addTo(d);
        int parent = desc.empty() ? -1 : desc.back();
        while (parent >= 0) {
            const Node &p = m_nodes[size_t(parent)];
            if (p.isRealBranchPoint() || p.isMergePoint())
                break;
            addTo(parent);
            if (p.downIds.isEmpty())
                break;
            parent = m_ids.value(p.downIds.first(), -1);
        }
    }
    // Whole branches share one label set: build each distinct list once and let
    // the nodes share it (QStringList is implicitly shared).
    QHash<QByteArray, QStringList> lists;
    for (int i = 0; i < size(); ++i) {
        const uint64_t *r = row(i);
        const QByteArray key(reinterpret_cast<const char *>(r), qsizetype(words * sizeof(uint64_t)));
        auto it = lists.find(key);
        if (it == lists.end()) {
            QStringList labels;
            for (int b = 0; b < names.size(); ++b)
                if (r[b / 64] & (uint64_t(1) << (b % 64)))
                    labels << names.at(b);
            it = lists.insert(key, labels);
        }
        m_nodes[size_t(i)].labels = it.value();
    }
}

std::vector<int> RevisionGraph::topologicalSort(const std::vector<char> &inSet, const std::vector<int> &heads,
                                                std::vector<int> *unreached) const
{
    std::vector<char> todo = inSet;
    size_t remaining = size_t(std::count(todo.begin(), todo.end(), char(1)));
    std::vector<int> current;
    for (int h : heads)
        if (todo[size_t(h)])
            appendUnique(current, h);
    std::sort(current.begin(), current.end());

    // Ancestor sets are rebuilt at every merge and dependency, so this walk is
    // the hot loop of history on large projects: the result doubles as the
    // visited set and the stack is reused.
    std::vector<int> stack;
    auto ancestorsOf = [this, &stack](int rev) {
        std::vector<char> set(size_t(size()), 0);
        stack.clear();
        stack.push_back(rev);
        while (!stack.empty()) {
            const int r = stack.back();
            stack.pop_back();
            if (set[size_t(r)])
                continue;
            set[size_t(r)] = 1;
            const std::vector<int> &up = edgesOf(r, Edges::NormalizedDown);
            stack.insert(stack.end(), up.begin(), up.end());
        }
        return set;
    };
    std::vector<std::vector<char>> ancestors;
    for (int h : current)
        ancestors.push_back(ancestorsOf(h));

    std::vector<int> output;
    output.reserve(remaining);
    size_t idx = 0;
    // Bound the walk: on a well-formed graph every revision is visited a few times at most.
    size_t guard = 8 * size_t(size()) + 64 * (current.size() + 1) * (current.size() + 1);
    while (!current.empty() && guard-- > 0) {
        const int candidate = current[idx];
        bool deferred = false;
        for (size_t k = 0; k < ancestors.size(); ++k) {
            if (k != idx && ancestors[k][size_t(candidate)]) {
                idx = k;
                deferred = true;
                break;
            }
        }
        if (deferred)
            continue;
        if (todo[size_t(candidate)]) {
            output.push_back(candidate);
            todo[size_t(candidate)] = 0;
            --remaining;
        }
        const Node &c = m_nodes[size_t(candidate)];
        std::vector<int> toAdd;
        for (int r : edgesOf(candidate, Edges::NormalizedDown))
            if (todo[size_t(r)] && std::find(current.begin(), current.end(), r) == current.end())
                toAdd.push_back(r);
        if (toAdd.empty()) {
            current.erase(current.begin() + long(idx));
            ancestors.erase(ancestors.begin() + long(idx));
            idx = idx > 0 ? idx - 1 : 0;
        } else if (c.normalizedDeps.empty() && c.downIds.size() == 1) {
            current[idx] = toAdd.front();
            ancestors[idx][size_t(candidate)] = 0;
        } else {
            current[idx] = toAdd.front();
            ancestors[idx] = ancestorsOf(toAdd.front());
            for (size_t k = 1; k < toAdd.size(); ++k) {
                current.push_back(toAdd[k]);
                ancestors.push_back(ancestorsOf(toAdd[k]));
            }
        }
    }
    if (remaining > 0) {
        for (int i = 0; i < size(); ++i) {
            if (!todo[size_t(i)])
                continue;
            if (unreached)
                unreached->push_back(i);
            else
                output.push_back(i); // callers that accept a best effort get the rest last
        }
    }
    return output;
}

std::vector<int> RevisionGraph::history() const
{
    std::vector<char> all(size_t(size()), 0);
    for (int a : related(m_realHeads, Edges::NormalizedDown))
        all[size_t(a)] = 1;
    return topologicalSort(all, m_realHeads);
}

} // namespace strata
