#pragma once

#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace strata {

// Text and JSON renderings shared by the CLI and the GUI. The JSON shapes are
// a documented, stable interface (schema 1, see README).
namespace RevisionFormat {

// Alembic's one-line form: "<down> -> <id> (labels) (head), message"
QString historyLine(const RevisionGraph &g, int node);
// Alembic's `heads`/`bases` form: "<id> (labels) (head)"
QString headLine(const RevisionGraph &g, int node);
// A multi-line description like `alembic show`.
QString showText(const Project &p, int node);

QJsonObject revisionJson(const Project &p, int node);
QJsonArray revisionsJson(const Project &p, const std::vector<int> &nodes);
QJsonArray idsJson(const RevisionGraph &g, const std::vector<int> &nodes);
QJsonObject findingJson(const Project &p, const Finding &f);
QJsonArray findingsJson(const Project &p, const Findings &findings);
QJsonObject projectJson(const Project &p);
// The whole graph: project, revisions in history order, heads, bases, findings.
QJsonObject graphJson(const Project &p);
// Graphviz dot: solid edges for down_revision, dashed for depends_on.
QString graphDot(const Project &p);

} // namespace RevisionFormat

} // namespace strata
