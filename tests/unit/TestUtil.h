#pragma once

#include <QString>

// Where the test fixtures live (set by CMake).
inline QString testDataDir()
{
    return QStringLiteral(STRATA_TEST_DATA_DIR);
}
