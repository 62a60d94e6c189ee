#include "RevisionResolver.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <set>

namespace strata {

namespace {

// Mirrors Alembic's exception classes; thrown only inside this file and turned
// into an Error at the public boundary (the way Alembic's command layer turns
// them into CommandError messages).
struct RevisionFailure
{
    enum Kind { Plain, Resolution, MultipleHeads, RangeNotAncestor };
    Kind kind = Plain;
    QString message;
    QString argument;              // Resolution / MultipleHeads
    QString lower, upper;          // RangeNotAncestor
};

[[noreturn]] void fail(const QString &message)
{
    throw RevisionFailure { RevisionFailure::Plain, message, {}, {}, {} };
}

constexpr int BaseString = -2; // Alembic's literal "base" produced by _walk

using Revs = std::vector<int>; // elements: node index, RevisionResolver::Base or BaseString

// An optional string (Python's Optional[str]).
using OptStr = std::optional<QString>;

// A specifier as Alembic receives it: None, a string, or a tuple of strings.
struct Spec
{
    enum Kind { None, String, Tuple } kind = None;
    QString str;
    QStringList items;
    static Spec none() { return {}; }
    static Spec string(const QString &s) { return Spec { String, s, {} }; }
    static Spec tuple(const QStringList &l) { return Spec { Tuple, {}, l }; }
    QString display() const
    {
        if (kind == None)
            return QStringLiteral("base");
        if (kind == String)
            return str.isEmpty() ? QStringLiteral("base") : str;
        return items.isEmpty() ? QStringLiteral("base") : items.join(QStringLiteral(", "));
    }
};

bool parsePythonInt(const QString &s, long long *out)
{
    // int() accepts surrounding whitespace, a sign and underscores between digits
    const QString t = s.trimmed();
    if (t.isEmpty())
        return false;
    int i = 0;
    if (t.at(0) == QLatin1Char('+') || t.at(0) == QLatin1Char('-'))
        ++i;
    if (i >= t.size())
        return false;
    QString digits;
    bool lastUnderscore = true;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('_')) {
            if (lastUnderscore)
                return false;
            lastUnderscore = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        digits += c;
        lastUnderscore = false;
    }
    if (lastUnderscore)
        return false;
    bool ok = false;
    long long v = digits.left(18).toLongLong(&ok);
    if (!ok)
        return false;
    *out = t.at(0) == QLatin1Char('-') ? -v : v;
    return true;
}

struct RelativeMatch
{
    OptStr branch;
    OptStr symbol;
    QString relative;
};

std::optional<RelativeMatch> matchRelative(const QString &target)
{
    // Alembic: re.compile(r"(?:(.+?)@)?(\w+)?((?:\+|-)\d+)").match(target)
    static const QRegularExpression re(QStringLiteral("^(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(target);
    if (!m.hasMatch())
        return std::nullopt;
    RelativeMatch r;
    if (m.capturedStart(1) >= 0)
        r.branch = m.captured(1);
    if (m.capturedStart(2) >= 0)
        r.symbol = m.captured(2);
    r.relative = m.captured(3);
    return r;
}

class Engine
{
public:
    explicit Engine(const RevisionGraph &graph) : g(graph) { }
    const RevisionGraph &g;

    QString idOf(int r) const { return r >= 0 ? g.node(r).id : QStringLiteral("base"); }

    // --- _resolve_revision_number
    std::pair<QStringList, OptStr> resolveNumber(const OptStr &idIn) const
    {
        OptStr branch;
        OptStr id = idIn;
        if (id && id->contains(QLatin1Char('@'))) {
            const int at = id->indexOf(QLatin1Char('@'));
            branch = id->left(at);
            id = id->mid(at + 1);
        }
        if (id && *id == QLatin1String("heads")) {
            QStringList out;
            if (branch) {
                for (int h : filterForLineage(toIds(g.heads()), *branch, false))
                    out << g.node(h).id;
            } else {
                for (int h : g.realHeads())
                    out << g.node(h).id;
            }
            return { out, branch };
        }
        if (id && *id == QLatin1String("head")) {
            const OptStr head = currentHead(branch);
            return { head ? QStringList { *head } : QStringList(), branch };
        }
        if (!id || *id == QLatin1String("base"))
            return { {}, branch };
        return { QStringList { *id }, branch };
    }

    QStringList toIds(const std::vector<int> &v) const
    {
        QStringList out;
        for (int r : v)
            out << g.node(r).id;
        return out;
    }

    OptStr currentHead(const OptStr &branch) const
    {
        std::vector<int> heads = g.heads();
        if (branch && !branch->isEmpty())
            heads = filterForLineage(toIds(heads), *branch, false);
        if (heads.size() > 1) {
            RevisionFailure f;
            f.kind = RevisionFailure::MultipleHeads;
            f.argument = branch && !branch->isEmpty() ? *branch + QStringLiteral("@head") : QStringLiteral("head");
            f.message = QStringLiteral("Multiple heads are present for given argument '%1'; %2")
                                .arg(f.argument, toIds(heads).join(QStringLiteral(", ")));
            throw f;
        }
        if (heads.empty())
            return std::nullopt;
        return g.node(heads.front()).id;
    }

    // --- filter_for_lineage: targets are keys (ids or labels); returns node indexes
    std::vector<int> filterForLineage(const QStringList &targets, const OptStr &checkAgainst,
                                      bool includeDependencies) const
    {
        const auto [ids, branch] = resolveNumber(checkAgainst);
        QStringList shares;
        if (branch && !branch->isEmpty())
            shares << *branch;
        shares << ids;
        std::vector<int> out;
        for (const QString &t : targets) {
            const int tr = revisionForIdent(t, std::nullopt);
            if (sharesLineage(tr, shares, includeDependencies))
                out.push_back(tr);
        }
        return out;
    }
    std::vector<int> filterRevsForLineage(const Revs &targets, const OptStr &checkAgainst,
                                          bool includeDependencies) const
    {
        const auto [ids, branch] = resolveNumber(checkAgainst);
        QStringList shares;
        if (branch && !branch->isEmpty())
            shares << *branch;
        shares << ids;
        std::vector<int> out;
        for (int t : targets) {
            if (t < 0)
                fail(QStringLiteral("Can't filter the base revision for lineage"));
            if (sharesLineage(t, shares, includeDependencies))
                out.push_back(t);
        }
        return out;
    }

    bool sharesLineage(int target, const QStringList &testAgainst, bool includeDependencies) const
    {
        if (testAgainst.isEmpty())
            return true;
        if (target < 0)
            fail(QStringLiteral("Can't check the lineage of the base revision"));
        std::set<int> against;
        for (const QString &t : testAgainst) {
            const int r = revisionForIdent(t, std::nullopt);
            if (r >= 0)
                against.insert(r);
        }
        for (int r : g.related({ target }, includeDependencies ? RevisionGraph::Edges::AllNext
                                                                 : RevisionGraph::Edges::Next))
            if (against.count(r))
                return true;
        for (int r : g.related({ target }, includeDependencies ? RevisionGraph::Edges::NormalizedDown
                                                                 : RevisionGraph::Edges::VersionedDown))
            if (against.count(r))
                return true;
        return false;
    }

    // --- _resolve_branch
    int resolveBranch(const QString &label) const
    {
        const int r = g.lookupKey(label);
        if (r >= 0)
            return r;
        try {
            return revisionForIdent(label, std::nullopt);
        } catch (const RevisionFailure &f) {
            if (f.kind != RevisionFailure::Resolution)
                throw;
            RevisionFailure e;
            e.kind = RevisionFailure::Resolution;
            e.message = QStringLiteral("No such branch: '%1'").arg(label);
            e.argument = label;
            throw e;
        }
    }

    // --- _revision_for_ident; an empty optional id means "()" (base).
    int revisionForIdent(const OptStr &resolvedId, const OptStr &checkBranch) const
    {
        int branchRev = RevisionResolver::Base;
        const bool haveBranch = checkBranch && !checkBranch->isEmpty();
        if (haveBranch)
            branchRev = resolveBranch(*checkBranch);
        if (!resolvedId)
            return RevisionResolver::Base;
        int revision = g.lookupKey(*resolvedId);
        if (revision < 0) {
            if (resolvedId->isEmpty())
                failResolution(QStringLiteral("No such revision or branch ''"), *resolvedId);
            QStringList candidates;
            for (const QString &k : g.keys())
                if (k.size() > 3 && k.startsWith(*resolvedId))
                    candidates << k;
            if (haveBranch && !candidates.isEmpty()) {
                QStringList filtered;
                for (int r : filterForLineage(candidates, checkBranch, false))
                    filtered << g.node(r).id;
                candidates = filtered;
            }
            if (candidates.isEmpty()) {
                failResolution(QStringLiteral("No such revision or branch '%1'%2")
                                       .arg(*resolvedId,
                                            resolvedId->size() < 4
                                                    ? QStringLiteral("; please ensure at least four characters are "
                                                                     "present for partial revision identifier "
                                                                     "matches")
                                                    : QString()),
                               *resolvedId);
            }
            if (candidates.size() > 1) {
                QStringList shown;
                for (const QString &c : candidates.mid(0, 3))
                    shown << QLatin1Char('\'') + c + QLatin1Char('\'');
                failResolution(QStringLiteral("Multiple revisions start with '%1': %2...")
                                       .arg(*resolvedId, shown.join(QStringLiteral(", "))),
                               *resolvedId);
            }
            revision = g.lookupKey(candidates.first());
        }
        if (haveBranch && revision >= 0) {
            if (!sharesLineage(revision, QStringList { g.node(branchRev).id }, false)) {
                failResolution(QStringLiteral("Revision %1 is not a member of branch '%2'")
                                       .arg(g.node(revision).id, *checkBranch),
                               *resolvedId);
            }
        }
        return revision;
    }

    [[noreturn]] void failResolution(const QString &message, const QString &argument) const
    {
        RevisionFailure f;
        f.kind = RevisionFailure::Resolution;
        f.message = message;
        f.argument = argument;
        throw f;
    }

    // --- get_revisions
    Revs getRevisions(const Spec &spec) const
    {
        if (spec.kind == Spec::Tuple) {
            Revs out;
            for (const QString &s : spec.items) {
                const Revs part = getRevisions(Spec::string(s));
                out.insert(out.end(), part.begin(), part.end());
            }
            return out;
        }
        const OptStr id = spec.kind == Spec::String ? OptStr(spec.str) : std::nullopt;
        const auto [resolved, branch] = resolveNumber(id);
        if (resolved.size() == 1) {
            long long rint = 0;
            if (parsePythonInt(resolved.first(), &rint) && rint < 0) {
                Revs selectHeads = getRevisions(Spec::string(QStringLiteral("heads")));
                if (branch) {
                    Revs filtered;
                    for (int h : selectHeads)
                        if (h >= 0 && g.node(h).labels.contains(*branch))
                            filtered.push_back(h);
                    selectHeads = filtered;
                }
                Revs out;
                for (int h : selectHeads)
                    out.push_back(walkChecked(h, int(std::max<long long>(rint, -1000000)), std::nullopt, true)
                                          .value_or(RevisionResolver::Base));
                return out;
            }
        }
        Revs out;
        for (const QString &r : resolved)
            out.push_back(revisionForIdent(r, branch));
        return out;
    }
    Revs getRevisionsOf(const std::vector<int> &nodes) const { return Revs(nodes.begin(), nodes.end()); }

    // --- get_revision
    int getRevision(const OptStr &id) const
    {
        const auto [resolved, branch] = resolveNumber(id);
        if (resolved.size() > 1) {
            RevisionFailure f;
            f.kind = RevisionFailure::MultipleHeads;
            f.argument = id.value_or(QString());
            f.message = QStringLiteral("Multiple heads are present for given argument '%1'; %2")
                                .arg(f.argument, resolved.join(QStringLiteral(", ")));
            throw f;
        }
        return revisionForIdent(resolved.isEmpty() ? std::nullopt : OptStr(resolved.first()), branch);
    }

    // --- _walk; start is a node, Base (None) or BaseString ("base"). Alembic
    // returns None for "walked too far"; that is the empty optional here.
    std::optional<int> walkChecked(int initial, int steps, const OptStr &branch, bool noOverwalk) const
    {
        const int count = std::abs(steps);
        for (int s = 0; s < count; ++s) {
            Revs children;
            if (steps > 0) {
                if (initial == BaseString)
                    fail(QStringLiteral("Can't walk up from 'base'"));
                Revs walkUp = initial == RevisionResolver::Base ? getRevisions(Spec::tuple(toIds(g.bases())))
                                                                : getRevisionsOf(g.node(initial).next);
                children = (branch && !branch->isEmpty()) ? filterRevsForLineage(walkUp, branch, false) : walkUp;
            } else if (initial != BaseString) {
                children = initial == RevisionResolver::Base ? getRevisions(Spec::tuple(toIds(g.heads())))
                                                             : getRevisions(Spec::tuple(g.node(initial).downIds));
                if (children.empty())
                    children = { BaseString };
            }
            if (children.empty())
                return noOverwalk ? std::nullopt : std::optional<int>(initial);
            if (children.size() > 1)
                fail(QStringLiteral("Ambiguous walk"));
            initial = children.front();
        }
        // a walk that starts at None and takes no step returns None too
        if (initial == RevisionResolver::Base)
            return std::nullopt;
        return initial;
    }

    QStringList specItems(const Spec &s) const
    {
        if (s.kind == Spec::String)
            return { s.str };
        if (s.kind == Spec::Tuple)
            return s.items;
        return {};
    }

    // --- _get_all_current
    std::vector<int> allCurrent(const QStringList &ids) const
    {
        std::set<int> top;
        Revs revs = getRevisions(Spec::tuple(ids));
        std::vector<int> nodes;
        for (int r : revs)
            if (r >= 0) {
                top.insert(r);
                nodes.push_back(r);
            }
        for (int a : g.related(nodes, RevisionGraph::Edges::NormalizedDown))
            top.insert(a);
        // _filter_into_branch_heads
        std::vector<int> out;
        for (int r : top) {
            bool hasDescendantInSet = false;
            for (int d : g.related({ r }, RevisionGraph::Edges::Next))
                if (d != r && top.count(d)) {
                    hasDescendantInSet = true;
                    break;
                }
            if (!hasDescendantInSet)
                out.push_back(r);
        }
        return out;
    }

    // --- _parse_downgrade_target; returns (branch, target) with target a node or Base
    std::pair<OptStr, int> parseDowngradeTarget(const Spec &current, const OptStr &target, bool assertLength) const
    {
        if (!target)
            return { std::nullopt, RevisionResolver::Base };
        if (const auto m = matchRelative(*target)) {
            OptStr branch = m->branch;
            OptStr symbol = m->symbol;
            long long rel = 0;
            parsePythonInt(m->relative, &rel);
            if (rel >= 0) {
                if (!symbol)
                    fail(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                                 .arg(m->relative)
                                 .arg(std::llabs(rel)));
                const auto rev = walkChecked(getRevision(symbol), int(rel), branch, assertLength);
                if (!rev)
                    fail(QStringLiteral("Walked too far"));
                return { branch, *rev };
            }
            const bool relativeRevision = !symbol;
            if (relativeRevision) {
                if (branch) {
                    const QStringList cr = specItems(current);
                    std::vector<int> symbols = filterForLineage(cr, branch, false);
                    if (symbols.empty())
                        symbols = filterRevsForLineage(getRevisionsOf(allCurrent(cr)), branch, false);
                    if (symbols.size() != 1)
                        fail(QStringLiteral("Ambiguous downgrade: %1 current revisions on branch '%2'")
                                     .arg(symbols.size())
                                     .arg(*branch));
                    symbol = g.node(symbols.front()).id;
                } else {
                    const QStringList cr = specItems(current);
                    if (cr.isEmpty())
                        fail(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                                     .arg(m->relative)
                                     .arg(std::llabs(rel)));
                    symbol = cr.first();
                    branch = symbol;
                }
            }
            const int start = !branch ? getRevision(symbol) : getRevision(*branch + QLatin1Char('@') + *symbol);
            const auto rev = walkChecked(start, int(rel), std::nullopt, assertLength);
            if (!rev) {
                if (relativeRevision)
                    fail(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                                 .arg(m->relative)
                                 .arg(std::llabs(rel)));
                fail(QStringLiteral("Walked too far"));
            }
            return { branch, *rev };
        }
        const int at = target->lastIndexOf(QLatin1Char('@'));
        OptStr branch;
        QString symbol = *target;
        if (at >= 0) {
            if (at > 0)
                branch = target->left(at);
            symbol = target->mid(at + 1);
        }
        return { branch, getRevision(symbol) };
    }

    // --- _parse_upgrade_target
    Revs parseUpgradeTarget(const Spec &current, const Spec &target, bool assertLength) const
    {
        std::optional<RelativeMatch> m;
        if (target.kind == Spec::String)
            m = matchRelative(target.str);
        if (!m)
            return getRevisions(target);
        OptStr branch = m->branch;
        long long relative = 0;
        parsePythonInt(m->relative, &relative);
        if (relative > 0) {
            if (!m->symbol) {
                // start_revs: ids (strings) or None
                std::vector<OptStr> startRevs;
                QStringList cur = specItems(current);
                if (cur.isEmpty())
                    startRevs.push_back(std::nullopt);
                else
                    for (const QString &c : cur)
                        startRevs.push_back(c);
                if (branch) {
                    std::vector<OptStr> filtered;
                    Revs curRevs = cur.isEmpty() ? Revs() : getRevisions(Spec::tuple(cur));
                    for (int r : filterRevsForLineage(stripBase(curRevs), branch, false))
                        filtered.push_back(g.node(r).id);
                    startRevs = filtered;
                    if (startRevs.empty()) {
                        std::vector<int> active = filterRevsForLineage(
                                getRevisionsOf(g.related(stripBase(curRevs), RevisionGraph::Edges::NormalizedDown)),
                                branch, false);
                        std::set<int> downs;
                        for (int a : active)
                            for (int d : g.edgesOf(a, RevisionGraph::Edges::NormalizedDown))
                                downs.insert(d);
                        std::set<int> tips;
                        for (int a : active)
                            if (!downs.count(a))
                                tips.insert(a);
                        for (int t : tips)
                            startRevs.push_back(g.node(t).id);
                        if (startRevs.empty())
                            startRevs.push_back(std::nullopt);
                    }
                }
                if (startRevs.size() > 1)
                    fail(QStringLiteral("Ambiguous upgrade from multiple current revisions"));
                const int start = startRevs.front() ? getRevision(startRevs.front()) : RevisionResolver::Base;
                const auto rev = walkChecked(start, int(relative), branch, assertLength);
                if (!rev)
                    fail(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                                 .arg(m->relative)
                                 .arg(std::llabs(relative)));
                return { *rev };
            }
            const auto rev = walkChecked(getRevision(m->symbol), int(relative), branch, assertLength);
            if (!rev)
                fail(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                             .arg(m->relative)
                             .arg(std::llabs(relative)));
            return { *rev };
        }
        if (!m->symbol)
            fail(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                         .arg(QString::number(relative))
                         .arg(std::llabs(relative)));
        const int start = !branch ? getRevision(m->symbol) : getRevision(*branch + QLatin1Char('@') + *m->symbol);
        const auto rev = walkChecked(start, int(relative), std::nullopt, assertLength);
        if (!rev)
            fail(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                         .arg(m->relative)
                         .arg(std::llabs(relative)));
        return { *rev };
    }

    static std::vector<int> stripBase(const Revs &r)
    {
        std::vector<int> out;
        for (int x : r)
            if (x >= 0)
                out.push_back(x);
        return out;
    }

    [[noreturn]] void rangeNotAncestor(const Spec &lower, const Spec &upper) const
    {
        RevisionFailure f;
        f.kind = RevisionFailure::RangeNotAncestor;
        f.lower = lower.display();
        f.upper = upper.display();
        f.message = QStringLiteral("Revision %1 is not an ancestor of revision %2").arg(f.lower, f.upper);
        throw f;
    }

    // --- _collect_upgrade_revisions -> (needs, targets)
    std::pair<std::vector<char>, std::vector<int>> collectUpgrade(const Spec &upper, Spec lower, bool inclusive,
                                                                  bool implicitBase, bool assertLength) const
    {
        Revs parsed = parseUpgradeTarget(lower, upper, assertLength);
        std::vector<int> targets;
        for (int r : parsed) {
            if (r < 0)
                fail(QStringLiteral("Walked too far"));
            targets.push_back(r);
        }
        if (lower.kind == Spec::String && lower.str.contains(QLatin1Char('@'))) {
            QString branch = lower.str.left(lower.str.indexOf(QLatin1Char('@')));
            const int branchRev = getRevision(branch);
            if (branchRev >= 0 && g.node(branchRev).id == branch) {
                if (g.node(branchRev).labels.size() != 1)
                    fail(QStringLiteral("Revision %1 used as a branch name must carry exactly one branch label")
                                 .arg(branch));
                branch = g.node(branchRev).labels.first();
            }
            std::vector<int> filtered;
            for (int t : targets)
                if (g.node(t).labels.contains(branch))
                    filtered.push_back(t);
            targets = filtered;
        }
        std::vector<char> required(size_t(g.size()), 0);
        {
            std::vector<int> anc;
            QString overlap;
            if (!g.relatedChecked(targets, RevisionGraph::Edges::NormalizedDown, &anc, &overlap))
                fail(overlap);
            for (int a : anc)
                required[size_t(a)] = 1;
            for (int t : targets)
                required[size_t(t)] = 1;
        }
        Revs current = getRevisions(lower);
        if (!implicitBase)
            for (int r : current)
                if (r >= 0 && !required[size_t(r)])
                    rangeNotAncestor(lower, upper);
        if (!current.empty() && current.front() == RevisionResolver::Base) {
            const auto [b, rev] = parseDowngradeTarget(upper, lower.kind == Spec::String ? OptStr(lower.str)
                                                                                         : std::nullopt,
                                                       assertLength);
            Q_UNUSED(b);
            if (rev < 0) {
                current.clear();
                lower = Spec::none();
            } else {
                current = { rev };
                lower = Spec::string(g.node(rev).id);
            }
        }
        std::vector<int> currentNodes = stripBase(current);
        std::vector<char> currentSet(size_t(g.size()), 0);
        {
            std::vector<int> anc;
            QString overlap;
            if (!g.relatedChecked(currentNodes, RevisionGraph::Edges::NormalizedDown, &anc, &overlap))
                fail(overlap);
            for (int a : anc)
                currentSet[size_t(a)] = 1;
            for (int c : currentNodes)
                currentSet[size_t(c)] = 1;
        }
        std::vector<char> needs(size_t(g.size()), 0);
        for (int i = 0; i < g.size(); ++i)
            needs[size_t(i)] = required[size_t(i)] && !currentSet[size_t(i)];
        if (inclusive)
            for (int r : getRevisions(lower))
                if (r >= 0)
                    needs[size_t(r)] = 1;
        if (!currentNodes.empty() && !implicitBase) {
            std::vector<int> desc;
            QString overlap;
            if (!g.relatedChecked(currentNodes, RevisionGraph::Edges::Next, &desc, &overlap))
                fail(overlap);
            std::vector<char> descSet(size_t(g.size()), 0);
            for (int d : desc)
                descSet[size_t(d)] = 1;
            for (int i = 0; i < g.size(); ++i)
                needs[size_t(i)] = needs[size_t(i)] && descSet[size_t(i)];
        }
        return { needs, targets };
    }

    // --- _collect_downgrade_revisions -> (revisions, heads)
    std::pair<std::vector<char>, std::vector<int>> collectDowngrade(const Spec &upper, const OptStr &target,
                                                                    bool inclusive, bool implicitBase,
                                                                    bool assertLength) const
    {
        auto [branch, targetRev] = parseDowngradeTarget(upper, target, assertLength);
        if (targetRev == BaseString)
            targetRev = RevisionResolver::Base;
        std::vector<int> roots;
        if (targetRev == RevisionResolver::Base) {
            for (int b = 0; b < g.size(); ++b)
                if (g.node(b).isBase())
                    roots.push_back(b);
        } else if (inclusive) {
            roots = { targetRev };
        } else {
            roots = g.node(targetRev).next;
        }
        if (branch && roots.size() > 1) {
            std::set<int> ancestors;
            for (int a : g.related({ resolveBranch(*branch) }, RevisionGraph::Edges::VersionedDown))
                ancestors.insert(a);
            std::vector<int> filtered;
            for (int r : roots)
                if (ancestors.count(r))
                    filtered.push_back(r);
            roots = filtered;
            if (roots.empty())
                fail(QStringLiteral("Not a valid downgrade target from current heads"));
        }
        const std::vector<int> heads = stripBase(getRevisions(upper));
        std::vector<char> down(size_t(g.size()), 0);
        for (int d : g.related(roots, RevisionGraph::Edges::AllNext))
            down[size_t(d)] = 1;
        std::vector<char> active(size_t(g.size()), 0);
        for (int a : g.related(heads, RevisionGraph::Edges::NormalizedDown))
            active[size_t(a)] = 1;
        bool any = false;
        for (int i = 0; i < g.size(); ++i) {
            down[size_t(i)] = down[size_t(i)] && active[size_t(i)];
            any = any || down[size_t(i)];
        }
        if (implicitBase) {
            std::vector<char> rootAnc(size_t(g.size()), 0);
            for (int a : g.related(roots, RevisionGraph::Edges::NormalizedDown))
                rootAnc[size_t(a)] = 1;
            for (int i = 0; i < g.size(); ++i)
                if (active[size_t(i)] && !rootAnc[size_t(i)]) {
                    down[size_t(i)] = 1;
                    any = true;
                }
        }
        if (targetRev >= 0 && !any && std::find(heads.begin(), heads.end(), targetRev) == heads.end()) {
            RevisionFailure f;
            f.kind = RevisionFailure::RangeNotAncestor;
            f.lower = QStringLiteral("Nothing to drop");
            f.upper = upper.display();
            f.message = QStringLiteral("Revision Nothing to drop is not an ancestor of revision %1").arg(f.upper);
            throw f;
        }
        return { down, heads };
    }
};

Error toError(const RevisionFailure &f, const QString &ancestorTemplate, const QString &start, const QString &end)
{
    switch (f.kind) {
    case RevisionFailure::RangeNotAncestor: {
        QString msg = ancestorTemplate.isEmpty()
                ? QStringLiteral("Requested range %1:%2 does not refer to ancestor/descendant revisions along the "
                                 "same branch")
                : ancestorTemplate;
        const QString upper = end.isEmpty() ? f.upper : end;
        // Some templates name only the destination (%2).
        msg = msg.contains(QLatin1String("%1")) ? msg.arg(start.isEmpty() ? f.lower : start, upper) : msg.arg(upper);
        return makeError(ErrorCode::RangeNotAncestor, msg);
    }
    case RevisionFailure::MultipleHeads:
        return makeError(ErrorCode::MultipleHeads,
                         QStringLiteral("Multiple head revisions are present for given argument '%1'; please specify "
                                        "a specific target revision, '<branchname>@%1' to narrow to a specific "
                                        "head, or 'heads' for all heads")
                                 .arg(end.isEmpty() ? f.argument : end));
    case RevisionFailure::Resolution:
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Can't locate revision identified by '%1' (%2)").arg(f.argument, f.message));
    case RevisionFailure::Plain: break;
    }
    return makeError(ErrorCode::Resolution, f.message);
}

Spec currentSpec(const QStringList &current)
{
    QStringList cleaned;
    for (const QString &c : current)
        if (!c.trimmed().isEmpty())
            cleaned << c.trimmed();
    return Spec::tuple(cleaned);
}

} // namespace

std::vector<int> RevisionResolver::sorted(const std::vector<char> &set, const std::vector<int> &heads) const
{
    std::vector<int> unreached;
    std::vector<int> order = m_graph.topologicalSort(set, heads, &unreached);
    if (!unreached.empty()) {
        QStringList ids;
        for (int u : unreached)
            ids << m_graph.node(u).id;
        fail(QStringLiteral("this range cannot be put in order: walking down from its upper end does not reach "
                            "%1 (Alembic fails here too); choose a range along one branch")
                     .arg(ids.join(QStringLiteral(", "))));
    }
    return order;
}

Result<std::vector<int>> RevisionResolver::resolveMany(const QString &spec) const
{
    if (m_graph.isBlocked())
        return makeError(ErrorCode::Cycle, m_graph.blockingError());
    try {
        Engine e(m_graph);
        std::vector<int> out;
        for (int r : e.getRevisions(Spec::string(spec)))
            out.push_back(r >= 0 ? r : Base);
        return out;
    } catch (const RevisionFailure &f) {
        return toError(f, {}, {}, {});
    }
}

Result<int> RevisionResolver::resolveOne(const QString &spec) const
{
    if (m_graph.isBlocked())
        return makeError(ErrorCode::Cycle, m_graph.blockingError());
    try {
        Engine e(m_graph);
        const int r = e.getRevision(spec);
        return r >= 0 ? r : Base;
    } catch (const RevisionFailure &f) {
        return toError(f, {}, {}, {});
    }
}

Result<std::vector<int>> RevisionResolver::upgradePlan(const QStringList &current, const QString &target) const
{
    if (m_graph.isBlocked())
        return makeError(ErrorCode::Cycle, m_graph.blockingError());
    try {
        Engine e(m_graph);
        auto [needs, targets] = e.collectUpgrade(Spec::string(target), currentSpec(current), false, true, true);
        std::vector<int> order = sorted(needs, targets);
        std::reverse(order.begin(), order.end());
        return order;
    } catch (const RevisionFailure &f) {
        return toError(f, QStringLiteral("Destination %2 is not a valid upgrade target from current head(s)"), {},
                       target);
    }
}

Result<std::vector<int>> RevisionResolver::downgradePlan(const QStringList &current, const QString &target) const
{
    if (m_graph.isBlocked())
        return makeError(ErrorCode::Cycle, m_graph.blockingError());
    try {
        Engine e(m_graph);
        auto [revs, heads] = e.collectDowngrade(currentSpec(current), target, false, false, true);
        return sorted(revs, heads);
    } catch (const RevisionFailure &f) {
        return toError(f, QStringLiteral("Destination %2 is not a valid downgrade target from current head(s)"),
                       {}, target);
    }
}

Result<std::vector<int>> RevisionResolver::history(const QString &range) const
{
    if (m_graph.isBlocked())
        return makeError(ErrorCode::Cycle, m_graph.blockingError());
    QString base = QStringLiteral("base");
    QString head = QStringLiteral("heads");
    if (!range.isEmpty()) {
        if (!range.contains(QLatin1Char(':')))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("History range requires [start]:[end], [start]:, or :[end]"));
        const QStringList parts = range.trimmed().split(QLatin1Char(':'));
        if (parts.size() != 2)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("History range '%1' has more than one ':'").arg(range));
        if (parts.at(0) == QLatin1String("current") || parts.at(1) == QLatin1String("current"))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'current' needs a database; choose a profile (not available offline)"));
        if (!parts.at(0).isEmpty())
            base = parts.at(0);
        if (!parts.at(1).isEmpty())
            head = parts.at(1);
    }
    try {
        Engine e(m_graph);
        auto [needs, targets] = e.collectUpgrade(Spec::string(head), Spec::string(base), true, false, false);
        return sorted(needs, targets);
    } catch (const RevisionFailure &f) {
        return toError(f, {}, base, head);
    }
}

} // namespace strata
