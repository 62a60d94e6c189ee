// Golden-fixture tests (the Tiled way): one folder per case under tests/data,
// holding an input project, a case.json with queries, and expected.json.
// Set STRATA_UPDATE_GOLDEN=1 to rewrite expected.json after a reviewed change.
#include "TestUtil.h"
#include "project/Project.h"
#include "revision/RevisionFormat.h"
#include "revision/RevisionResolver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace strata;

class TestGolden : public QObject
{
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
};

void TestGolden::cases_data()
{
    QTest::addColumn<QString>("dir");
    const QDir data(testDataDir());
    for (const QString &c : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(data.absoluteFilePath(c + QStringLiteral("/case.json"))))
            QTest::newRow(qPrintable(c)) << data.absoluteFilePath(c);
}

static QJsonValue answer(const RevisionGraph &g, const Result<std::vector<int>> &r)
{
    if (!r)
        return QJsonObject { { QStringLiteral("error"), r.error().message } };
    return RevisionFormat::idsJson(g, r.value());
}

void TestGolden::cases()
{
    QFETCH(QString, dir);
    QFile caseFile(dir + QStringLiteral("/case.json"));
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    const QJsonObject spec = QJsonDocument::fromJson(caseFile.readAll()).object();
    const QString projectPath = dir + QLatin1Char('/') + spec.value(QStringLiteral("project")).toString();
    const QString section = spec.value(QStringLiteral("section")).toString(QStringLiteral("alembic"));

    auto loaded = loadProject(projectPath, section);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    const Project &p = *loaded.value();

    QJsonObject actual;
    QJsonObject graph = RevisionFormat::graphJson(p);
    actual.insert(QStringLiteral("graph"), graph);
    RevisionResolver resolver(p.graph);
    QJsonArray answers;
    for (const QJsonValue &qv : spec.value(QStringLiteral("queries")).toArray()) {
        const QJsonObject q = qv.toObject();
        QJsonObject a;
        a.insert(QStringLiteral("query"), q);
        if (q.contains(QStringLiteral("resolve"))) {
            a.insert(QStringLiteral("answer"), answer(p.graph, resolver.resolveMany(q.value(QStringLiteral("resolve")).toString())));
        } else if (q.contains(QStringLiteral("history"))) {
            a.insert(QStringLiteral("answer"), answer(p.graph, resolver.history(q.value(QStringLiteral("history")).toString())));
        } else {
            const bool up = q.contains(QStringLiteral("upgrade"));
            const QJsonArray args = q.value(up ? QStringLiteral("upgrade") : QStringLiteral("downgrade")).toArray();
            QStringList from;
            for (const QJsonValue &f : args.at(0).toArray())
                from << f.toString();
            const QString target = args.at(1).toString();
            a.insert(QStringLiteral("answer"), answer(p.graph, up ? resolver.upgradePlan(from, target)
                                                                  : resolver.downgradePlan(from, target)));
        }
        answers.append(a);
    }
    actual.insert(QStringLiteral("queries"), answers);

    const QString expectedPath = dir + QStringLiteral("/expected.json");
    const QByteArray actualText = QJsonDocument(actual).toJson(QJsonDocument::Indented);
    if (qEnvironmentVariableIsSet("STRATA_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actualText);
        QSKIP("expected.json rewritten (STRATA_UPDATE_GOLDEN is set)");
    }
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing ") + expectedPath));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    if (expected != actual) {
        qWarning().noquote() << "actual output for" << dir << ":\n" << actualText;
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
