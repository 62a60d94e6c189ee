#pragma once

#include <QStringList>

namespace strata {

class CliContext;

// The command-line face of the core: finds the verb, lets its Command parse
// its options, runs it. Every verb prints text for people or, with --json, a
// stable JSON document for scripts and tests.
class CliApp
{
public:
    int run(const QStringList &args);

private:
    int dispatch(const QStringList &args, CliContext &ctx);
    // `strata-cli [global options] batch`: one JSON array of arguments per line
    // on stdin, each answered in this process by a read-only verb, one JSON
    // object {"exit", "stdout", "stderr"} per line on stdout.
    int batch(const QStringList &globalArgs);
};

} // namespace strata
