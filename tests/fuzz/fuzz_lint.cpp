// libFuzzer entry point for the lint: Strata's statement splitter, the
// PostgreSQL grammar (libpg_query) and its JSON tree as the rules read it,
// every rule, for PostgreSQL and for MySQL. Build with the "fuzz" preset and
// run `make fuzz`; tests/fuzz/replay_main.cpp replays the corpus in the suite.
#include "lint/Linter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    for (auto driver : { strata::ConnectionProfile::Driver::PostgreSQL, strata::ConnectionProfile::Driver::MySQL }) {
        strata::LintOptions options;
        options.driver = driver;
        options.runByStrata = (size & 1) != 0;
        const strata::LintReport report = strata::Linter::lintText(text, options);
        // Every finding points at a line of the text, with a rule and words.
        for (const strata::LintFinding &f : report.findings)
            if (f.line < 1 || f.line > lines || f.rule.isEmpty() || f.message.isEmpty() || !strata::Linter::rule(f.rule))
                __builtin_trap();
        for (const strata::PlanLock &l : report.locks)
            if (l.fromLine < 1 || l.untilLine < l.fromLine || l.untilLine > lines)
                __builtin_trap();
        if (report.summary().isEmpty() || report.unparsed > report.statements)
            __builtin_trap();
    }
    return 0;
}
