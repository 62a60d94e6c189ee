#include "RevisionFormat.h"

#include <QDir>

namespace strata::RevisionFormat {

namespace {

QString downText(const RevisionGraph::Node &n)
{
    return n.downIds.isEmpty() ? QStringLiteral("<base>") : n.downIds.join(QStringLiteral(", "));
}

QString indicators(const RevisionGraph::Node &n, bool tree)
{
    QString t;
    if (n.isRealHead())
        t += QStringLiteral(" (head)");
    else if (n.isHead())
        t += QStringLiteral(" (effective head)");
    if (tree) {
        if (n.isBranchPoint())
            t += QStringLiteral(" (branchpoint)");
        if (n.isMergePoint())
            t += QStringLiteral(" (mergepoint)");
    }
    return t;
}

QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

} // namespace

QString historyLine(const RevisionGraph &g, int node)
{
    const auto &n = g.node(node);
    QString text = downText(n);
    if (!n.dependencyNames.isEmpty())
        text += QStringLiteral(" (") + n.dependencyNames.join(QStringLiteral(", ")) + QLatin1Char(')');
    text += QStringLiteral(" -> ") + n.id;
    if (!n.labels.isEmpty())
        text += QStringLiteral(" (") + n.labels.join(QStringLiteral(", ")) + QLatin1Char(')');
    text += indicators(n, true);
    text += QStringLiteral(", ") + g.scriptOf(node).message;
    return text;
}

QString headLine(const RevisionGraph &g, int node)
{
    const auto &n = g.node(node);
    QString text = n.id;
    if (!n.labels.isEmpty())
        text += QStringLiteral(" (") + n.labels.join(QStringLiteral(", ")) + QLatin1Char(')');
    text += indicators(n, false);
    return text;
}

QString showText(const Project &p, int node)
{
    const RevisionGraph &g = p.graph;
    const auto &n = g.node(node);
    const RevisionScript &s = g.scriptOf(node);
    QString t = QStringLiteral("Rev: ") + n.id + indicators(n, true) + QLatin1Char('\n');
    t += (n.isMergePoint() ? QStringLiteral("Merges: ") : QStringLiteral("Parent: ")) + downText(n)
            + QLatin1Char('\n');
    if (!n.dependencyNames.isEmpty())
        t += QStringLiteral("Also depends on: ") + n.dependencyNames.join(QStringLiteral(", ")) + QLatin1Char('\n');
    if (n.isBranchPoint()) {
        QStringList kids;
        for (int c : n.next)
            kids << g.node(c).id;
        t += QStringLiteral("Branches into: ") + kids.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    if (!n.labels.isEmpty())
        t += QStringLiteral("Branch names: ") + n.labels.join(QStringLiteral(", ")) + QLatin1Char('\n');
    if (!s.createDate.isEmpty())
        t += QStringLiteral("Create Date: ") + s.createDate + QLatin1Char('\n');
    t += QStringLiteral("Path: ") + s.path + QLatin1Char('\n');
    t += QLatin1Char('\n');
    for (const QString &line : s.longDoc.split(QLatin1Char('\n')))
        t += QStringLiteral("    ") + line + QLatin1Char('\n');
    return t;
}

QJsonObject revisionJson(const Project &p, int node)
{
    const RevisionGraph &g = p.graph;
    const auto &n = g.node(node);
    const RevisionScript &s = g.scriptOf(node);
    QJsonObject o;
    o.insert(QStringLiteral("id"), n.id);
    o.insert(QStringLiteral("down_revisions"), strings(n.downIds));
    o.insert(QStringLiteral("depends_on"), strings(n.dependencyNames));
    QStringList resolved;
    for (int d : n.resolvedDeps)
        resolved << g.node(d).id;
    o.insert(QStringLiteral("resolved_dependencies"), strings(resolved));
    QStringList children;
    for (int c : n.next)
        children << g.node(c).id;
    o.insert(QStringLiteral("children"), strings(children));
    o.insert(QStringLiteral("branch_labels"), strings(n.labels));
    o.insert(QStringLiteral("own_branch_labels"), strings(n.ownLabels));
    o.insert(QStringLiteral("message"), s.message);
    o.insert(QStringLiteral("create_date"), s.createDate);
    o.insert(QStringLiteral("path"), p.relativePath(s.path));
    o.insert(QStringLiteral("is_head"), n.isHead());
    o.insert(QStringLiteral("is_real_head"), n.isRealHead());
    o.insert(QStringLiteral("is_base"), n.isBase());
    o.insert(QStringLiteral("is_branch_point"), n.isBranchPoint());
    o.insert(QStringLiteral("is_merge_point"), n.isMergePoint());
    QJsonObject unresolved;
    const std::pair<const char *, const HeaderValue *> fields[] = {
        { "down_revision", &s.downRevision }, { "branch_labels", &s.branchLabels }, { "depends_on", &s.dependsOn } };
    for (const auto &[name, value] : fields)
        if (value->kind == HeaderValue::Kind::Unresolved)
            unresolved.insert(QString::fromLatin1(name), value->source);
    if (!unresolved.isEmpty())
        o.insert(QStringLiteral("unresolved"), unresolved);
    return o;
}

QJsonArray revisionsJson(const Project &p, const std::vector<int> &nodes)
{
    QJsonArray a;
    for (int n : nodes)
        a.append(revisionJson(p, n));
    return a;
}

QJsonArray idsJson(const RevisionGraph &g, const std::vector<int> &nodes)
{
    QJsonArray a;
    for (int n : nodes)
        a.append(n >= 0 ? QJsonValue(g.node(n).id) : QJsonValue(QStringLiteral("base")));
    return a;
}

QJsonObject findingJson(const Project &p, const Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("code"), f.code);
    o.insert(QStringLiteral("message"), f.message);
    o.insert(QStringLiteral("file"), p.relativePath(f.file));
    o.insert(QStringLiteral("line"), f.line);
    o.insert(QStringLiteral("revision"), f.revision);
    return o;
}

QJsonArray findingsJson(const Project &p, const Findings &findings)
{
    QJsonArray a;
    for (const Finding &f : findings)
        a.append(findingJson(p, f));
    return a;
}

QJsonObject projectJson(const Project &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("root"), p.config.rootDir);
    o.insert(QStringLiteral("source"), p.config.sourceName());
    o.insert(QStringLiteral("config_file"), p.relativePath(p.config.configFile));
    o.insert(QStringLiteral("section"), p.config.section);
    o.insert(QStringLiteral("script_location"), p.relativePath(p.config.scriptLocation));
    QStringList locs;
    for (const QString &l : p.config.versionLocations)
        locs << p.relativePath(l);
    o.insert(QStringLiteral("version_locations"), strings(locs));
    o.insert(QStringLiteral("recursive_version_locations"), p.config.recursiveVersionLocations);
    o.insert(QStringLiteral("sourceless"), p.config.sourceless);
    o.insert(QStringLiteral("ini_file"), p.relativePath(p.config.iniFile));
    o.insert(QStringLiteral("toml_file"), p.relativePath(p.config.tomlFile));
    if (!p.config.multiDatabases.isEmpty())
        o.insert(QStringLiteral("databases"), strings(p.config.multiDatabases));
    return o;
}

QJsonObject graphJson(const Project &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), 1);
    QJsonObject proj = projectJson(p);
    proj.remove(QStringLiteral("root")); // machine-specific; the caller knows it
    o.insert(QStringLiteral("project"), proj);
    const std::vector<int> order = p.graph.hasCycles() ? std::vector<int>() : p.graph.history();
    std::vector<int> all = order;
    if (p.graph.hasCycles())
        for (int i = 0; i < p.graph.size(); ++i)
            all.push_back(i);
    o.insert(QStringLiteral("revisions"), revisionsJson(p, all));
    o.insert(QStringLiteral("heads"), idsJson(p.graph, p.graph.heads()));
    o.insert(QStringLiteral("real_heads"), idsJson(p.graph, p.graph.realHeads()));
    o.insert(QStringLiteral("bases"), idsJson(p.graph, p.graph.bases()));
    o.insert(QStringLiteral("findings"), findingsJson(p, p.findings));
    if (p.graph.isBlocked())
        o.insert(QStringLiteral("alembic_refuses"), p.graph.blockingError());
    return o;
}

QString graphDot(const Project &p)
{
    const RevisionGraph &g = p.graph;
    auto quote = [](QString s) -> QString {
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        return QLatin1Char('"') + s + QLatin1Char('"');
    };
    QString out = QStringLiteral("digraph alembic {\n  rankdir=BT;\n  node [shape=box, fontname=\"sans\"];\n");
    for (int i = 0; i < g.size(); ++i) {
        const auto &n = g.node(i);
        QString label = n.id + QLatin1Char('\n') + g.scriptOf(i).message.left(60);
        if (!n.labels.isEmpty())
            label += QStringLiteral("\n[") + n.labels.join(QStringLiteral(", ")) + QLatin1Char(']');
        QString attrs = QStringLiteral("label=") + quote(label);
        if (n.isHead())
            attrs += QStringLiteral(", style=bold");
        if (n.isBase())
            attrs += QStringLiteral(", shape=box3d");
        out += QStringLiteral("  ") + quote(n.id) + QStringLiteral(" [") + attrs + QStringLiteral("];\n");
    }
    for (int i = 0; i < g.size(); ++i) {
        const auto &n = g.node(i);
        for (int d : n.down)
            out += QStringLiteral("  ") + quote(n.id) + QStringLiteral(" -> ") + quote(g.node(d).id)
                    + QStringLiteral(";\n");
        for (int d : n.resolvedDeps)
            out += QStringLiteral("  ") + quote(n.id) + QStringLiteral(" -> ") + quote(g.node(d).id)
                    + QStringLiteral(" [style=dashed, label=\"depends on\"];\n");
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace strata::RevisionFormat
