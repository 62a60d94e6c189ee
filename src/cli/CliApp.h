#pragma once

#include <QStringList>

namespace strata {

// The command-line face of the core: finds the verb, lets its Command parse
// its options, runs it. Every verb prints text for people or, with --json, a
// stable JSON document for scripts and tests.
class CliApp
{
public:
    int run(const QStringList &args);
};

} // namespace strata
