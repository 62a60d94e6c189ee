#include "TestUtil.h"
#include "project/IniFile.h"
#include "project/Project.h"
#include "project/ProjectConfig.h"
#include "project/TomlTable.h"
#include "revision/HeaderParser.h"

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
    // Alembic 1.16+: each key from the ini first, then from [tool.alembic]
    void iniThenToml();
    void tomlValuesAreStrict();
    void booleansAreExact();
    void alembicConfigEnvironment();
    // What the configuration needs of Alembic, and what an older one does instead.
    void alembicFeatureGapsByVersion();
    // --alembic-version: the configuration as an older Alembic reads it.
    void readAsOlderAlembic();
    // hostile files: bounded, named, never a crash
    void deepNestingAndLongLines();
};

static void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestProjectConfig::alembicFeatureGapsByVersion()
{
    QVERIFY(compareAlembicVersions(QStringLiteral("1.8.1"), QStringLiteral("1.16.0")) < 0);
    QVERIFY(compareAlembicVersions(QStringLiteral("1.16.4"), QStringLiteral("1.16.0")) > 0);
    QVERIFY(compareAlembicVersions(QStringLiteral("1.18.0rc1"), QStringLiteral("1.18.0")) == 0);
    QVERIFY(compareAlembicVersions(QStringLiteral("2.0.dev0"), QStringLiteral("1.18.4")) > 0);

    // [tool.alembic] only: Alembic < 1.16 does not find the project; that is the one thing said.
    auto toml = loadProjectConfig(testDataDir() + QStringLiteral("/pyproject_recursive"));
    QVERIFY(toml.ok());
    Findings old = alembicFeatureGaps(toml.value(), QStringLiteral("1.13.2"));
    QCOMPARE(old.size(), 1);
    QCOMPARE(old[0].severity, Severity::Error);
    QVERIFY2(old[0].message.contains(QLatin1String("Alembic 1.13.2 will not find it")), qPrintable(old[0].message));
    QVERIFY(old[0].file.endsWith(QLatin1String("pyproject.toml")) && old[0].line > 0);
    // 1.16.0 reads it but takes the TOML boolean true as false (fixed in 1.16.4).
    Findings early = alembicFeatureGaps(toml.value(), QStringLiteral("1.16.2"));
    QCOMPARE(early.size(), 1);
    QCOMPARE(early[0].severity, Severity::Warning);
    QVERIFY2(early[0].message.contains(QLatin1String("recursive_version_locations = true")), qPrintable(early[0].message));
    QVERIFY(alembicFeatureGaps(toml.value(), QStringLiteral("1.16.4")).isEmpty());
    QVERIFY(alembicFeatureGaps(toml.value(), QStringLiteral("1.18.4")).isEmpty());
    QVERIFY(alembicFeatureGaps(toml.value(), QString()).isEmpty()); // no Alembic known: nothing claimed

    // path_separator (1.16) and a file_template with sub-directories (1.18) in the ini.
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("m/versions/.keep")), "");
    write(tmp.filePath(QStringLiteral("alembic.ini")),
          "[alembic]\nscript_location = %(here)s/m\npath_separator = os\n"
          "version_locations = %(here)s/m/versions\nfile_template = %%(year)d/%%(rev)s_%%(slug)s\n"
          "recursive_version_locations = true\n");
    auto ini = loadProjectConfig(tmp.path());
    QVERIFY2(ini.ok(), qPrintable(ini.ok() ? QString() : ini.error().toString()));
    Findings gaps = alembicFeatureGaps(ini.value(), QStringLiteral("1.13.2"));
    QCOMPARE(gaps.size(), 2);
    QVERIFY(gaps[0].message.contains(QLatin1String("path_separator")) && gaps[0].line == 3);
    QVERIFY(gaps[1].message.contains(QLatin1String("sub-directories")) && gaps[1].line == 5);
    gaps = alembicFeatureGaps(ini.value(), QStringLiteral("1.17.1"));
    QCOMPARE(gaps.size(), 1);
    QVERIFY(gaps[0].message.contains(QLatin1String("Alembic 1.17.1 does not create them")));
    QVERIFY(alembicFeatureGaps(ini.value(), QStringLiteral("1.18.4")).isEmpty());
    // Alembic 1.8 also ignores recursive_version_locations (1.10).
    gaps = alembicFeatureGaps(ini.value(), QStringLiteral("1.8.1"));
    QCOMPARE(gaps.size(), 3);
    QVERIFY2(gaps[0].message.contains(QLatin1String("Alembic 1.8.1 ignores it and does not see the revisions")),
             qPrintable(gaps[0].message));
    QCOMPARE(gaps[0].line, 6);
}

void TestProjectConfig::readAsOlderAlembic()
{
    const QString toml = testDataDir() + QStringLiteral("/pyproject_recursive");
    auto old = loadProjectConfig(toml, QStringLiteral("alembic"), QStringLiteral("1.13.2"));
    QVERIFY(!old.ok());
    QVERIFY2(old.error().message.contains(QLatin1String("Alembic 1.13.2 does not read pyproject.toml")),
             qPrintable(old.error().message));
    QVERIFY(old.error().file.endsWith(QLatin1String("pyproject.toml")));
    QVERIFY(loadProjectConfig(toml, QStringLiteral("alembic"), QStringLiteral("1.18.4"))->recursiveVersionLocations);
    // 1.16.0 to 1.16.3 took the TOML boolean true as false.
    QVERIFY(!loadProjectConfig(toml, QStringLiteral("alembic"), QStringLiteral("1.16.2"))->recursiveVersionLocations);
    QVERIFY(loadProjectConfig(toml + QStringLiteral("/pyproject.toml"), QStringLiteral("alembic"),
                              QStringLiteral("1.8.1")).error().message.contains(QLatin1String("1.8.1")));

    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("m/a/.keep")), "");
    write(tmp.filePath(QStringLiteral("m/b c/.keep")), "");
    write(tmp.filePath(QStringLiteral("alembic.ini")),
          "[alembic]\nscript_location = %(here)s/m\npath_separator = ;\n"
          "version_locations = %(here)s/m/a;%(here)s/m/b c\nrecursive_version_locations = true\n");
    auto newest = loadProjectConfig(tmp.path());
    QVERIFY2(newest.ok(), qPrintable(newest.ok() ? QString() : newest.error().toString()));
    QCOMPARE(newest->versionLocations.size(), 2); // split on ';' (path_separator, 1.16)
    QVERIFY(newest->recursiveVersionLocations);
    // Alembic 1.13 knows no path_separator: the legacy split on spaces and commas.
    auto v113 = loadProjectConfig(tmp.path(), QStringLiteral("alembic"), QStringLiteral("1.13.2"));
    QVERIFY(v113.ok());
    // ("…/m/a;…/m/b" and "c" exist nowhere: skipped, as Alembic skips them, and said)
    QVERIFY(v113->versionLocations.isEmpty());
    int missing = 0;
    for (const Finding &f : v113->findings)
        missing += f.code == QLatin1String("missing-version-location");
    QCOMPARE(missing, 2);
    QVERIFY(v113->recursiveVersionLocations);
    // Alembic 1.8 has no recursive_version_locations at all.
    auto v18 = loadProjectConfig(tmp.path(), QStringLiteral("alembic"), QStringLiteral("1.8.1"));
    QVERIFY(v18.ok());
    QVERIFY(!v18->recursiveVersionLocations);
    // ... but the project still uses it, and the gap says so.
    bool said = false;
    for (const AlembicFeature &f : v18->alembicFeatures)
        said = said || f.kind == AlembicFeature::Kind::RecursiveVersionLocations;
    QVERIFY(said);
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

void TestProjectConfig::iniThenToml()
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    QDir().mkpath(root + QStringLiteral("/ini_scripts"));
    QDir().mkpath(root + QStringLiteral("/toml_scripts"));
    QDir().mkpath(root + QStringLiteral("/100%_versions"));
    write(root + QStringLiteral("/alembic.ini"), "[alembic]\nscript_location = %(here)s/ini_scripts\n");
    write(root + QStringLiteral("/pyproject.toml"),
          "[tool.alembic]\nscript_location = \"%(here)s/toml_scripts\"\n"
          "version_locations = [\"%(here)s/100%%_versions\"]\nrecursive_version_locations = true\n");
    auto cfg = loadProjectConfig(root);
    QVERIFY2(cfg.ok(), qPrintable(cfg.ok() ? QString() : cfg.error().toString()));
    // script_location from the ini (the TOML's is shadowed), the rest from the TOML
    QCOMPARE(cfg->scriptLocation, QDir::cleanPath(root + QStringLiteral("/ini_scripts")));
    QCOMPARE(cfg->source, ProjectConfig::Source::AlembicIni);
    QCOMPARE(cfg->versionLocations, QStringList { QDir::cleanPath(root + QStringLiteral("/100%_versions")) });
    QVERIFY(cfg->recursiveVersionLocations);
    QCOMPARE(cfg->iniFile, root + QStringLiteral("/alembic.ini"));
    QCOMPARE(cfg->tomlFile, root + QStringLiteral("/pyproject.toml"));

    // an ini without script_location: the TOML's, relative to the TOML
    write(root + QStringLiteral("/alembic.ini"), "[alembic]\nsqlalchemy.url = sqlite:///x.db\n");
    cfg = loadProjectConfig(root);
    QVERIFY(cfg.ok());
    QCOMPARE(cfg->scriptLocation, QDir::cleanPath(root + QStringLiteral("/toml_scripts")));
    QCOMPARE(cfg->source, ProjectConfig::Source::PyProject);
    QCOMPARE(cfg->configFile, root + QStringLiteral("/pyproject.toml"));

    // an empty version_locations in the ini is unset: the TOML's list applies
    write(root + QStringLiteral("/alembic.ini"), "[alembic]\nscript_location = %(here)s/ini_scripts\nversion_locations =\n");
    cfg = loadProjectConfig(root);
    QVERIFY(cfg.ok());
    QCOMPARE(cfg->versionLocations, QStringList { QDir::cleanPath(root + QStringLiteral("/100%_versions")) });

    // neither file sets script_location: both are named
    write(root + QStringLiteral("/alembic.ini"), "[alembic]\nsqlalchemy.url = x\n");
    write(root + QStringLiteral("/pyproject.toml"), "[tool.alembic]\nsourceless = false\n");
    cfg = loadProjectConfig(root);
    QVERIFY(!cfg.ok());
    QVERIFY2(cfg.error().message.contains(QStringLiteral("alembic.ini"))
                     && cfg.error().message.contains(QStringLiteral("pyproject.toml")),
             qPrintable(cfg.error().message));

    // an unreadable pyproject.toml beside a complete ini: said, not fatal
    write(root + QStringLiteral("/alembic.ini"), "[alembic]\nscript_location = %(here)s/ini_scripts\n");
    write(root + QStringLiteral("/pyproject.toml"), "[tool.alembic\n");
    cfg = loadProjectConfig(root);
    QVERIFY(cfg.ok());
    QVERIFY(std::any_of(cfg->findings.cbegin(), cfg->findings.cend(),
                        [](const Finding &f) { return f.code == QLatin1String("unreadable-pyproject"); }));
}

void TestProjectConfig::tomlValuesAreStrict()
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    QDir().mkpath(root + QStringLiteral("/m/versions"));
    auto load = [&](const QByteArray &toml) {
        write(root + QStringLiteral("/pyproject.toml"), "[tool.alembic]\nscript_location = \"%(here)s/m\"\n" + toml);
        return loadProjectConfig(root);
    };
    auto cfg = load("recursive_version_locations = \"true\"\n");
    QVERIFY(!cfg.ok());
    QVERIFY2(cfg.error().message.contains(QStringLiteral("TOML boolean")), qPrintable(cfg.error().message));
    QCOMPARE(cfg.error().line, 3);
    cfg = load("version_locations = \"%(here)s/m/versions\"\n");
    QVERIFY(!cfg.ok());
    QVERIFY2(cfg.error().message.contains(QStringLiteral("list of strings")), qPrintable(cfg.error().message));
    cfg = load("version_locations = [\"50% off\"]\n");
    QVERIFY(!cfg.ok());
    QVERIFY2(cfg.error().message.contains(QStringLiteral("%%")), qPrintable(cfg.error().message));
    cfg = load("version_locations = []\nsourceless = true\n");
    QVERIFY(cfg.ok());
    QCOMPARE(cfg->versionLocations, QStringList { QDir::cleanPath(root + QStringLiteral("/m/versions")) });
    QVERIFY(cfg->sourceless);
}

void TestProjectConfig::booleansAreExact()
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    QDir().mkpath(root + QStringLiteral("/m/versions"));
    for (const char *word : { "True", "TRUE", "1", "yes", "on", "false" }) {
        write(root + QStringLiteral("/alembic.ini"),
              QByteArray("[alembic]\nscript_location = %(here)s/m\nrecursive_version_locations = ") + word + "\n");
        auto cfg = loadProjectConfig(root);
        QVERIFY(cfg.ok());
        QVERIFY2(!cfg->recursiveVersionLocations, word);
        const bool warned = std::any_of(cfg->findings.cbegin(), cfg->findings.cend(),
                                        [](const Finding &f) { return f.code == QLatin1String("not-a-boolean"); });
        QCOMPARE(warned, qstrcmp(word, "false") != 0);
    }
    write(root + QStringLiteral("/alembic.ini"), "[alembic]\nscript_location = %(here)s/m\nrecursive_version_locations = true\n");
    QVERIFY(loadProjectConfig(root)->recursiveVersionLocations);
}

void TestProjectConfig::alembicConfigEnvironment()
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    QDir().mkpath(root + QStringLiteral("/m/versions"));
    write(root + QStringLiteral("/alembic.ini"), "[alembic]\nscript_location = %(here)s/m\n");
    qputenv("ALEMBIC_CONFIG", "/etc/elsewhere/alembic.ini");
    auto cfg = loadProjectConfig(root);
    qunsetenv("ALEMBIC_CONFIG");
    QVERIFY(cfg.ok());
    auto it = std::find_if(cfg->findings.cbegin(), cfg->findings.cend(),
                           [](const Finding &f) { return f.code == QLatin1String("alembic-config-env"); });
    QVERIFY(it != cfg->findings.cend());
    QVERIFY(it->message.contains(QStringLiteral("/etc/elsewhere/alembic.ini")));
    QVERIFY(std::none_of(loadProjectConfig(root)->findings.cbegin(), loadProjectConfig(root)->findings.cend(),
                         [](const Finding &f) { return f.code == QLatin1String("alembic-config-env"); }));
}

void TestProjectConfig::deepNestingAndLongLines()
{
    // 50,000 nested '[' in pyproject.toml: an error naming the line, no crash
    const QString deep = QStringLiteral("[tool.alembic]\nversion_locations = ") + QString(50000, QLatin1Char('['));
    auto toml = TomlTable::parse(deep, QStringLiteral("pyproject.toml"), QStringLiteral("tool.alembic"));
    QVERIFY(!toml.ok());
    QCOMPARE(toml.error().line, 2);
    QVERIFY2(toml.error().message.contains(QStringLiteral("nest")), qPrintable(toml.error().message));

    // a 50 MB alembic.ini line is quoted as a short excerpt
    const QString longLine = QStringLiteral("[alembic]\n") + QString(50 * 1024 * 1024, QLatin1Char('x')) + QLatin1Char('\n');
    auto ini = IniFile::parse(longLine, QStringLiteral("alembic.ini"));
    QVERIFY(!ini.ok());
    QCOMPARE(ini.error().line, 2);
    QVERIFY2(ini.error().toString().size() < 400, qPrintable(ini.error().toString().left(400)));
    QVERIFY(ini.error().message.contains(QStringLiteral("52428800 characters in all")));

    // 100,000 nested parentheses in a revision: Python's limit, said, no crash
    QByteArray py = "revision = " + QByteArray(100000, '(') + "'x'" + QByteArray(100000, ')') + "\n";
    RevisionScript s = HeaderParser::parse(py, QStringLiteral("/v/deep.py"), QStringLiteral("deep.py"));
    QVERIFY(!s.isRevision);
    QCOMPARE(s.findings.size(), 1);
    QCOMPARE(s.findings.first().code, QStringLiteral("python-syntax-error"));
    QCOMPARE(s.findings.first().line, 1);
    // 200 levels are still Python
    py = "revision = " + QByteArray(199, '(') + "'x'" + QByteArray(199, ')') + "\n";
    s = HeaderParser::parse(py, QStringLiteral("/v/ok.py"), QStringLiteral("ok.py"));
    QVERIFY(s.isRevision);
    QCOMPARE(s.id(), QStringLiteral("x"));
}
