#pragma once

#include "common/Result.h"
#include "revision/RevisionGraph.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace strata {

// Resolves revision specifiers and computes plans exactly as Alembic does
// (its RevisionMap): full and partial ids, head/heads/base, label@head,
// label@base, label@<id>, relative +N/-N, <id>+N, label@+N, start:end ranges,
// and the ordered upgrade/downgrade steps from the database's current heads.
class RevisionResolver
{
public:
    // A resolved revision: a node index, or Base (no revision).
    static constexpr int Base = -1;

    explicit RevisionResolver(const RevisionGraph &graph) : m_graph(graph) { }

    // Alembic's get_revisions(spec): any number of revisions (e.g. "heads").
    Result<std::vector<int>> resolveMany(const QString &spec) const;
    // Alembic's get_revision(spec): exactly one (or Base); "Multiple heads" is an error.
    Result<int> resolveOne(const QString &spec) const;

    // The steps `alembic upgrade TARGET` runs from the current heads, in order.
    Result<std::vector<int>> upgradePlan(const QStringList &current, const QString &target) const;
    // The steps `alembic downgrade TARGET` runs from the current heads, in order.
    Result<std::vector<int>> downgradePlan(const QStringList &current, const QString &target) const;
    // `alembic history -r RANGE` ("start:end", either side may be empty).
    Result<std::vector<int>> history(const QString &range) const;

private:
    std::vector<int> sorted(const std::vector<char> &set, const std::vector<int> &heads) const;

    const RevisionGraph &m_graph;
};

} // namespace strata
