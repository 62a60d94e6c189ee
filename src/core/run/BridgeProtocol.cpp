#include "BridgeProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strata::bridge {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// An index from the bridge is never trusted beyond what a plan can hold.
bool validIndex(const QJsonValue &v, int *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > 100000 || d != double(int(d)))
        return false;
    *out = int(d);
    return true;
}

Error malformed(const QString &kind, const QString &why)
{
    return makeError(ErrorCode::BridgeFailed, QStringLiteral("malformed '%1' event from the bridge: %2").arg(kind, why));
}

} // namespace

Result<Event> parse(const QJsonObject &o)
{
    const QString kind = str(o, "event");
    if (kind == QLatin1String("hello")) {
        Hello h;
        h.protocol = o.value(QStringLiteral("protocol")).toInt();
        h.python = str(o, "python");
        h.pid = o.value(QStringLiteral("pid")).toInteger();
        h.alembic = str(o, "alembic");
        h.sqlalchemy = str(o, "sqlalchemy");
        return Event(h);
    }
    if (kind == QLatin1String("backend")) {
        Backend b;
        b.sessionId = o.value(QStringLiteral("pid")).toInteger();
        b.driver = str(o, "driver");
        b.identityKey = str(o, "identity_key");
        return Event(b);
    }
    if (kind == QLatin1String("configured")) {
        Configured c;
        c.transactionPerMigration = o.value(QStringLiteral("transaction_per_migration")).toBool();
        c.offline = o.value(QStringLiteral("offline")).toBool();
        c.url = str(o, "url");
        return Event(c);
    }
    if (kind == QLatin1String("plan")) {
        Plan p;
        p.steps = o.value(QStringLiteral("steps")).toInt();
        p.statements = o.value(QStringLiteral("statements")).toInt();
        return Event(p);
    }
    if (kind == QLatin1String("step_started")) {
        StepStarted s;
        if (!validIndex(o.value(QStringLiteral("index")), &s.index))
            return malformed(kind, QStringLiteral("bad index"));
        s.total = std::clamp(o.value(QStringLiteral("total")).toInt(), 0, 100000);
        if (!stepDirectionFromName(str(o, "direction"), &s.direction))
            s.direction = StepDirection::Upgrade;
        s.from = strings(o.value(QStringLiteral("from")));
        s.to = strings(o.value(QStringLiteral("to")));
        s.message = str(o, "message");
        return Event(s);
    }
    if (kind == QLatin1String("step_finished")) {
        StepFinished s;
        if (!validIndex(o.value(QStringLiteral("index")), &s.index))
            return malformed(kind, QStringLiteral("bad index"));
        s.durationMs = o.value(QStringLiteral("duration_ms")).toDouble();
        s.hasHeads = o.contains(QStringLiteral("heads"));
        s.heads = strings(o.value(QStringLiteral("heads")));
        s.heads.sort();
        return Event(s);
    }
    if (kind == QLatin1String("autocommit_block")) {
        AutocommitBlock a;
        if (!validIndex(o.value(QStringLiteral("index")), &a.index))
            return malformed(kind, QStringLiteral("bad index"));
        return Event(a);
    }
    if (kind == QLatin1String("statement")) {
        Statement st;
        if (!validIndex(o.value(QStringLiteral("step")), &st.step))
            return malformed(kind, QStringLiteral("bad step"));
        st.sql = str(o, "sql");
        st.durationMs = o.value(QStringLiteral("duration_ms")).toDouble();
        st.ok = o.value(QStringLiteral("ok")).toBool(true);
        st.error = str(o, "error");
        st.locks = strings(o.value(QStringLiteral("locks")));
        st.rewritten = strings(o.value(QStringLiteral("rewritten")));
        st.analysis = str(o, "analysis");
        return Event(st);
    }
    if (kind == QLatin1String("reached"))
        return Event(Reached { str(o, "revision") });
    if (kind == QLatin1String("result"))
        return Event(Done { o });
    if (kind == QLatin1String("error")) {
        Failure f;
        f.type = str(o, "type");
        f.message = str(o, "message");
        f.driverType = str(o, "driver_type");
        f.traceback = str(o, "traceback");
        f.module = str(o, "module");
        f.install = str(o, "install");
        f.cancelled = o.value(QStringLiteral("cancelled")).toBool();
        f.expectedKey = str(o, "expected_key");
        f.actualKey = str(o, "actual_key");
        return Event(f);
    }
    return malformed(kind.isEmpty() ? QStringLiteral("(none)") : kind, QStringLiteral("unknown event"));
}

Status checkHello(const Event &first, const QString &bridgePath)
{
    const Hello *h = std::get_if<Hello>(&first);
    if (!h)
        return makeError(ErrorCode::BridgeFailed,
                         QCoreApplication::translate("strata::Bridge", "the bridge (%1) did not introduce itself; it is not Strata's bridge or it is "
                                        "broken: reinstall Strata")
                                 .arg(bridgePath));
    if (h->protocol != ProtocolVersion)
        return makeError(ErrorCode::BridgeFailed,
                         QCoreApplication::translate("strata::Bridge", "the bridge script %1 speaks protocol %2, this Strata speaks %3: it belongs to "
                                        "another Strata version; reinstall Strata (or unset $STRATA_BRIDGE)")
                                 .arg(bridgePath)
                                 .arg(h->protocol)
                                 .arg(ProtocolVersion));
    return {};
}

} // namespace strata::bridge
