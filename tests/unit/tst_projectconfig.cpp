#include "TestUtil.h"
#include "project/IniFile.h"
#include "project/Project.h"
#include "project/ProjectConfig.h"
#include "project/TomlTable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;

class TestProjectConfig : public QObject
{
    Q_OBJECT
private slots:
    void iniInterpolation();
    void iniErrorsNameLineAndKey();
    void separators();
    void sectionChoice();
    void missingScriptLocation();
    void pyproject();
    void bareDirectories();
    void notAProject();
    void tomlErrors();
};

static void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestProjectConfig::iniInterpolation()
{
    auto ini = IniFile::parse(QStringLiteral("[alembic]\nscript_location = %(here)s/m\nurl = a%%b\n"
                                             "multi = one\n  two\n"),
                              QStringLiteral("a.ini"), { { QStringLiteral("here"), QStringLiteral("/h") } });
    QVERIFY(ini.ok());
    QCOMPARE(ini->value(QStringLiteral("alembic"), QStringLiteral("script_location")).value(), QStringLiteral("/h/m"));
    QCOMPARE(ini->value(QStringLiteral("alembic"), QStringLiteral("URL")).value(), QStringLiteral("a%b"));
    QCOMPARE(ini->value(QStringLiteral("alembic"), QStringLiteral("multi")).value(), QStringLiteral("one\ntwo"));
}

void TestProjectConfig::iniErrorsNameLineAndKey()
{
    auto dup = IniFile::parse(QStringLiteral("[a]\nx = 1\n\nx = 2\n"), QStringLiteral("f.ini"));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().line, 4);
    QCOMPARE(dup.error().key, QStringLiteral("x"));
    QVERIFY(dup.error().toString().startsWith(QStringLiteral("f.ini:4:")));

    auto noSection = IniFile::parse(QStringLiteral("x = 1\n"), QStringLiteral("f.ini"));
    QVERIFY(!noSection.ok());
    QCOMPARE(noSection.error().line, 1);

    auto badInterp = IniFile::parse(QStringLiteral("[a]\n\nurl = 50% off\n"), QStringLiteral("f.ini"));
    QVERIFY(badInterp.ok());
    auto v = badInterp->value(QStringLiteral("a"), QStringLiteral("url"));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().line, 3);
    QCOMPARE(v.error().key, QStringLiteral("url"));

    auto undefinedRef = IniFile::parse(QStringLiteral("[a]\nx = %(nope)s\n"), QStringLiteral("f.ini"));
    QVERIFY(!undefinedRef->value(QStringLiteral("a"), QStringLiteral("x")).ok());
}

void TestProjectConfig::separators()
{
    QCOMPARE(splitVersionLocations(QStringLiteral("a b,c, d"), QString()).value(),
             (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }));
    QCOMPARE(splitVersionLocations(QStringLiteral("a b;c"), QStringLiteral(";")).value(),
             (QStringList { QStringLiteral("a b"), QStringLiteral("c") }));
    QCOMPARE(splitVersionLocations(QStringLiteral("a b:c"), QStringLiteral("os")).value(),
             (QStringList { QStringLiteral("a b"), QStringLiteral("c") }));
    QCOMPARE(splitVersionLocations(QStringLiteral("a\nb c"), QStringLiteral("newline")).value(),
             (QStringList { QStringLiteral("a"), QStringLiteral("b c") }));
    QCOMPARE(splitVersionLocations(QStringLiteral("a b"), QStringLiteral("space")).value(),
             (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QVERIFY(!splitVersionLocations(QStringLiteral("a"), QStringLiteral("tab")).ok());
}

void TestProjectConfig::sectionChoice()
{
    const QString dir = testDataDir() + QStringLiteral("/ini_sections_separator");
    auto main = loadProjectConfig(dir);
    QVERIFY(main.ok());
    QCOMPARE(main->versionLocations.size(), 2);
    auto secondary = loadProjectConfig(dir, QStringLiteral("secondary"));
    QVERIFY(secondary.ok());
    QCOMPARE(secondary->versionLocations, QStringList { dir + QStringLiteral("/db/other") });
    auto missing = loadProjectConfig(dir, QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("no section [nope]")));
    QVERIFY(missing.error().message.contains(QStringLiteral("secondary")));
}

void TestProjectConfig::missingScriptLocation()
{
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("alembic.ini")), "[alembic]\nsqlalchemy.url = sqlite://\n");
    auto r = loadProjectConfig(tmp.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().key, QStringLiteral("script_location"));
    QCOMPARE(r.error().file, tmp.filePath(QStringLiteral("alembic.ini")));

    write(tmp.filePath(QStringLiteral("alembic.ini")), "[alembic]\n\nscript_location = nowhere\n");
    auto r2 = loadProjectConfig(tmp.path());
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().line, 3);
    QVERIFY(r2.error().message.contains(QStringLiteral("not a directory")));
}

void TestProjectConfig::pyproject()
{
    const QString dir = testDataDir() + QStringLiteral("/pyproject_recursive");
    auto cfg = loadProjectConfig(dir);
    QVERIFY2(cfg.ok(), qPrintable(cfg.ok() ? QString() : cfg.error().toString()));
    QCOMPARE(cfg->source, ProjectConfig::Source::PyProject);
    QVERIFY(cfg->recursiveVersionLocations);
    QCOMPARE(cfg->versionLocations,
             (QStringList { dir + QStringLiteral("/migrations/versions"), dir + QStringLiteral("/extra") }));
    // recursive listing: sorted sub-directories
    const QStringList files = listVersionFiles(cfg->versionLocations.first(), true);
    QCOMPARE(files.size(), 2);
    QVERIFY(files.at(0).endsWith(QStringLiteral("2023/p1.py")));
}

void TestProjectConfig::bareDirectories()
{
    auto versions = loadProjectConfig(testDataDir() + QStringLiteral("/cycle/versions"));
    QVERIFY(versions.ok());
    QCOMPARE(versions->source, ProjectConfig::Source::VersionsDirectory);

    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("env.py")), "");
    QDir(tmp.path()).mkdir(QStringLiteral("versions"));
    auto script = loadProjectConfig(tmp.path());
    QVERIFY(script.ok());
    QCOMPARE(script->source, ProjectConfig::Source::ScriptDirectory);
}

void TestProjectConfig::notAProject()
{
    QTemporaryDir tmp;
    auto r = loadProjectConfig(tmp.path());
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("not an Alembic project")));
    auto gone = loadProjectConfig(tmp.filePath(QStringLiteral("missing")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void TestProjectConfig::tomlErrors()
{
    auto unterminated = TomlTable::parse(QStringLiteral("[tool.alembic]\nscript_location = \"abc\n"),
                                         QStringLiteral("p.toml"), QStringLiteral("tool.alembic"));
    QVERIFY(!unterminated.ok());
    QCOMPARE(unterminated.error().line, 2);
    auto badArray = TomlTable::parse(QStringLiteral("[tool.alembic]\nversion_locations = [\"a\" \"b\"]\n"),
                                     QStringLiteral("p.toml"), QStringLiteral("tool.alembic"));
    QVERIFY(!badArray.ok());
    auto ok = TomlTable::parse(QStringLiteral("[tool.alembic]\nscript_location = 'lit\\eral' # c\n"),
                               QStringLiteral("p.toml"), QStringLiteral("tool.alembic"));
    QVERIFY(ok.ok());
    QCOMPARE(ok->value(QStringLiteral("script_location")).toString(), QStringLiteral("lit\\eral"));
}

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_projectconfig.moc"
