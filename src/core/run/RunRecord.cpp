#include "RunRecord.h"

#include "common/TimeFormat.h"

#include <QJsonArray>

namespace strata {

namespace {

struct StateName
{
    RunState state;
    const char *name;
};

constexpr StateName stateNames[] = {
    { RunState::Queued, "queued" },       { RunState::Preflight, "preflight" },
    { RunState::Running, "running" },     { RunState::Cancelling, "cancelling" },
    { RunState::Succeeded, "succeeded" }, { RunState::Failed, "failed" },
    { RunState::Cancelled, "cancelled" }, { RunState::Interrupted, "interrupted" },
};

} // namespace

QString revisionsOrBase(const QStringList &revisions, const QString &separator)
{
    return revisions.isEmpty() ? QStringLiteral("base") : revisions.join(separator);
}

QString runStateName(RunState s)
{
    for (const StateName &n : stateNames)
        if (n.state == s)
            return QString::fromLatin1(n.name);
    return QStringLiteral("unknown");
}

bool runStateFromName(const QString &name, RunState *s)
{
    for (const StateName &n : stateNames)
        if (name == QLatin1String(n.name)) {
            *s = n.state;
            return true;
        }
    return false;
}

bool isFinal(RunState s)
{
    return s == RunState::Succeeded || s == RunState::Failed || s == RunState::Cancelled || s == RunState::Interrupted;
}

QJsonObject RunStep::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("direction"), direction);
    o.insert(QStringLiteral("from"), QJsonArray::fromStringList(from));
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(to));
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("started_at"), isoUtc(startedAt));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("state"), state);
    return o;
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("verb"), verb);
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("project"), project);
    o.insert(QStringLiteral("profile_id"), profileId);
    o.insert(QStringLiteral("profile"), profileName);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("os_user"), osUser);
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("pid"), pid);
    o.insert(QStringLiteral("state"), runStateName(state));
    o.insert(QStringLiteral("started_at"), isoUtc(startedAt));
    o.insert(QStringLiteral("finished_at"), isoUtc(finishedAt));
    o.insert(QStringLiteral("from"), QJsonArray::fromStringList(fromRevisions));
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(toRevisions));
    o.insert(QStringLiteral("error_type"), errorType);
    o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("outcome"), outcome);
    o.insert(QStringLiteral("steps_total"), stepsTotal);
    QJsonArray list;
    for (const RunStep &s : steps)
        list.append(s.toJson());
    o.insert(QStringLiteral("steps"), list);
    if (!sql.isEmpty())
        o.insert(QStringLiteral("sql"), sql);
    return o;
}

} // namespace strata
