#include "RunRecord.h"

#include "common/TimeFormat.h"

#include <QJsonArray>

namespace strata {

namespace {

template <typename E>
struct Named
{
    E value;
    const char *name;
};

constexpr Named<RunVerb> kVerbs[] = {
    { RunVerb::Upgrade, "upgrade" }, { RunVerb::Downgrade, "downgrade" }, { RunVerb::Stamp, "stamp" },
    { RunVerb::RunSql, "run-sql" },  { RunVerb::Sql, "sql" },             { RunVerb::Merge, "merge" },
    { RunVerb::Rehearse, "rehearse" }, { RunVerb::Revision, "revision" }, { RunVerb::SchemaBuild, "schema-build" },
    { RunVerb::RemoveRow, "remove-row" },
};
constexpr Named<RunState> kStates[] = {
    { RunState::Queued, "queued" },       { RunState::Preflight, "preflight" },
    { RunState::Running, "running" },     { RunState::Cancelling, "cancelling" },
    { RunState::Succeeded, "succeeded" }, { RunState::Failed, "failed" },
    { RunState::Cancelled, "cancelled" }, { RunState::Interrupted, "interrupted" },
};
constexpr Named<StepDirection> kDirections[] = {
    { StepDirection::Upgrade, "upgrade" }, { StepDirection::Downgrade, "downgrade" }, { StepDirection::Stamp, "stamp" },
};
constexpr Named<StepState> kStepStates[] = {
    { StepState::Pending, "pending" },         { StepState::Running, "running" },
    { StepState::Done, "done" },               { StepState::Failed, "failed" },
    { StepState::RolledBack, "rolled back" },  { StepState::Interrupted, "interrupted" },
    { StepState::Unknown, "unknown" },
};

template <typename E, size_t N>
QString nameOf(const Named<E> (&table)[N], E value)
{
    for (const Named<E> &n : table)
        if (n.value == value)
            return QString::fromLatin1(n.name);
    return QStringLiteral("unknown");
}

template <typename E, size_t N>
bool fromName(const Named<E> (&table)[N], const QString &name, E *out)
{
    for (const Named<E> &n : table)
        if (name == QLatin1String(n.name)) {
            *out = n.value;
            return true;
        }
    return false;
}

} // namespace

QString runVerbName(RunVerb v) { return nameOf(kVerbs, v); }
bool runVerbFromName(const QString &name, RunVerb *v) { return fromName(kVerbs, name, v); }
QString runStateName(RunState s) { return nameOf(kStates, s); }
bool runStateFromName(const QString &name, RunState *s) { return fromName(kStates, name, s); }
QString stepDirectionName(StepDirection d) { return nameOf(kDirections, d); }
bool stepDirectionFromName(const QString &name, StepDirection *d) { return fromName(kDirections, name, d); }
QString stepStateName(StepState s) { return nameOf(kStepStates, s); }
bool stepStateFromName(const QString &name, StepState *s) { return fromName(kStepStates, name, s); }

bool isFinal(RunState s)
{
    return s == RunState::Succeeded || s == RunState::Failed || s == RunState::Cancelled || s == RunState::Interrupted;
}

QString revisionsOrBase(const QStringList &revisions, const QString &separator)
{
    return revisions.isEmpty() ? QStringLiteral("base") : revisions.join(separator);
}

QJsonObject RunStep::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("direction"), stepDirectionName(direction));
    o.insert(QStringLiteral("from"), QJsonArray::fromStringList(from));
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(to));
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("started_at"), isoUtc(startedAt));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("state"), stepStateName(state));
    return o;
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("verb"), runVerbName(verb));
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("project"), project);
    o.insert(QStringLiteral("profile_id"), profileId);
    o.insert(QStringLiteral("profile"), profileName);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("identity_key"), identityKey);
    o.insert(QStringLiteral("os_user"), osUser);
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("pid"), pid);
    o.insert(QStringLiteral("state"), runStateName(state));
    o.insert(QStringLiteral("started_at"), isoUtc(startedAt));
    o.insert(QStringLiteral("finished_at"), isoUtc(finishedAt));
    o.insert(QStringLiteral("from"), QJsonArray::fromStringList(fromRevisions));
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(toRevisions));
    o.insert(QStringLiteral("target_revisions"), QJsonArray::fromStringList(targetRevisions));
    o.insert(QStringLiteral("error_type"), errorType);
    o.insert(QStringLiteral("error"), error.english());
    o.insert(QStringLiteral("problem"), problem ? QJsonValue(errorCodeName(*problem)) : QJsonValue());
    o.insert(QStringLiteral("outcome"), outcome.english());
    if (!waitedOn.isEmpty())
        o.insert(QStringLiteral("waited_on"), waitedOn);
    o.insert(QStringLiteral("steps_total"), stepsTotal);
    QJsonArray list;
    for (const RunStep &s : steps)
        list.append(s.toJson());
    o.insert(QStringLiteral("steps"), list);
    if (!sql.isEmpty())
        o.insert(QStringLiteral("sql"), sql);
    if (!preflight.isEmpty())
        o.insert(QStringLiteral("preflight"), preflight);
    if (!tools.isEmpty())
        o.insert(QStringLiteral("tools"), tools);
    o.insert(QStringLiteral("needs_verification"), needsVerification);
    o.insert(QStringLiteral("verified_at"), verifiedAt.isValid() ? QJsonValue(isoUtc(verifiedAt)) : QJsonValue());
    if (verifiedAt.isValid())
        o.insert(QStringLiteral("verified_revisions"), QJsonArray::fromStringList(verifiedRevisions));
    return o;
}

} // namespace strata
