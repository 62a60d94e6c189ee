// libFuzzer entry point for the configuration readers: the TOML table reader
// (pyproject.toml), the INI reader with interpolation (alembic.ini), .env files
// and SQLAlchemy URLs. Build with the "fuzz" CMake preset (clang) and run
// `make fuzz`; tests/fuzz/replay_main.cpp replays the corpus in the test suite.
#include "connection/DotEnv.h"
#include "connection/SqlAlchemyUrl.h"
#include "project/IniFile.h"
#include "project/TomlTable.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

// Messages quote bounded excerpts: a hostile file's 50 MB line is never echoed whole.
void checkMessage(const strata::Error &e)
{
    if (e.message.isEmpty() || e.message.size() > 4000)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    // TOML: a found table has lines for its keys; errors name a line.
    const auto toml = strata::TomlTable::parse(text, QStringLiteral("pyproject.toml"), QStringLiteral("tool.alembic"));
    if (!toml) {
        checkMessage(toml.error());
        if (toml.error().line < 1)
            __builtin_trap();
    } else if (toml->found() && toml->tableLine() < 1) {
        __builtin_trap();
    }

    // INI: every key of every section interpolates to a value or a bounded error.
    QHash<QString, QString> defaults;
    defaults.insert(QStringLiteral("here"), QStringLiteral("/project"));
    const auto ini = strata::IniFile::parse(text, QStringLiteral("alembic.ini"), defaults);
    if (!ini) {
        checkMessage(ini.error());
    } else {
        for (const QString &section : ini->sectionNames()) {
            if (ini->sectionLine(section) < 1)
                __builtin_trap();
            for (const QString &key : { QStringLiteral("script_location"), QStringLiteral("version_locations"),
                                        QStringLiteral("sqlalchemy.url"), QStringLiteral("a") }) {
                const auto v = ini->value(section, key);
                if (!v)
                    checkMessage(v.error());
            }
        }
    }

    // .env: bounded errors; every name is a variable name.
    strata::DotEnv::Values env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/x"));
    const auto dotenv = strata::DotEnv::parse(text, QStringLiteral(".env"), {}, env);
    if (!dotenv)
        checkMessage(dotenv.error());
    else
        for (auto it = dotenv->cbegin(); it != dotenv->cend(); ++it)
            if (it.key().isEmpty())
                __builtin_trap();

    // URL: the first line; a parsed password never lands in the options.
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    const auto url = strata::parseSqlAlchemyUrl(line, QStringLiteral("/project"));
    if (!url) {
        checkMessage(url.error());
    } else {
        for (auto it = url->profile.options.cbegin(); it != url->profile.options.cend(); ++it)
            if (it.key().contains(QLatin1String("password"), Qt::CaseInsensitive))
                __builtin_trap();
    }
    return 0;
}
