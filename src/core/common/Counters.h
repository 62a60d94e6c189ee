#pragma once

#include <atomic>

namespace strata {

// Process-wide counts of the expensive things Strata does, so tests can
// assert how often a use case does them (e.g. one "Upgrade to Here" reads the
// version table once and starts Python once before the confirmation).
enum class Counter { VersionTableReads, Plans, PythonStarts, RunLockAcquisitions, KeychainReads, Count_ };

class Counters
{
public:
    static void add(Counter c) { s_values[int(c)].fetch_add(1, std::memory_order_relaxed); }
    static int value(Counter c) { return s_values[int(c)].load(std::memory_order_relaxed); }
    static void reset()
    {
        for (auto &v : s_values)
            v.store(0, std::memory_order_relaxed);
    }

private:
    static inline std::atomic<int> s_values[int(Counter::Count_)] {};
};

} // namespace strata
