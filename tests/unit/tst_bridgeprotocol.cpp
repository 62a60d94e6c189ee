// The bridge's events are parsed once into types: malformed or unknown
// events are errors, indexes are bounded, and a bridge of another protocol
// version is refused at its hello.
#include "run/BridgeProtocol.h"

#include <QJsonArray>
#include <QtTest>

using namespace strata;

class TestBridgeProtocol : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryEvent()
    {
        QJsonObject hello { { QStringLiteral("event"), QStringLiteral("hello") },
                            { QStringLiteral("protocol"), bridge::ProtocolVersion },
                            { QStringLiteral("alembic"), QStringLiteral("1.8.1") } };
        auto h = bridge::parse(hello);
        QVERIFY(h.ok());
        QCOMPARE(std::get<bridge::Hello>(h.value()).alembic, QStringLiteral("1.8.1"));
        QVERIFY(bridge::checkHello(h.value(), QStringLiteral("b.py")).ok());

        QJsonObject finished { { QStringLiteral("event"), QStringLiteral("step_finished") },
                               { QStringLiteral("index"), 2 },
                               { QStringLiteral("duration_ms"), 12.5 },
                               { QStringLiteral("heads"), QJsonArray { QStringLiteral("c3"), QStringLiteral("a1") } } };
        auto f = bridge::parse(finished);
        QVERIFY(f.ok());
        const auto &sf = std::get<bridge::StepFinished>(f.value());
        QCOMPARE(sf.index, 2);
        QCOMPARE(sf.heads, (QStringList { QStringLiteral("a1"), QStringLiteral("c3") }));
        QVERIFY(sf.hasHeads);

        QJsonObject error { { QStringLiteral("event"), QStringLiteral("error") },
                            { QStringLiteral("type"), QStringLiteral("StrataWrongDatabase") },
                            { QStringLiteral("expected_key"), QStringLiteral("x") },
                            { QStringLiteral("actual_key"), QStringLiteral("y") } };
        auto e = bridge::parse(error);
        QVERIFY(e.ok());
        QCOMPARE(std::get<bridge::Failure>(e.value()).actualKey, QStringLiteral("y"));
    }

    void refusesMalformedEvents()
    {
        auto unknown = bridge::parse(QJsonObject { { QStringLiteral("event"), QStringLiteral("frobnicate") } });
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::BridgeFailed);
        for (const QJsonValue &bad : { QJsonValue(-1), QJsonValue(1e9), QJsonValue(1.5), QJsonValue(QStringLiteral("2")) }) {
            auto s = bridge::parse(QJsonObject { { QStringLiteral("event"), QStringLiteral("step_started") },
                                                 { QStringLiteral("index"), bad } });
            QVERIFY(!s.ok());
        }
    }

    void refusesAnotherProtocol()
    {
        auto old = bridge::parse(QJsonObject { { QStringLiteral("event"), QStringLiteral("hello") },
                                               { QStringLiteral("protocol"), 1 } });
        const Status s = bridge::checkHello(old.value(), QStringLiteral("/opt/old/strata_bridge.py"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::BridgeFailed);
        QVERIFY(s.error().message.contains(QStringLiteral("protocol 1")));
        QVERIFY(s.error().message.contains(QStringLiteral("/opt/old/strata_bridge.py")));
        auto notHello = bridge::parse(QJsonObject { { QStringLiteral("event"), QStringLiteral("plan") } });
        QVERIFY(!bridge::checkHello(notHello.value(), QStringLiteral("b.py")).ok());
    }
};

QTEST_MAIN(TestBridgeProtocol)
#include "tst_bridgeprotocol.moc"
