#pragma once

#include <atomic>

namespace strata {

// Threads left behind on purpose because a server stopped answering (a
// promised bound held; the thread ends when the server or the network gives
// up). A program about to exit checks this and does not wait for them, nor
// tears down what they still use.
class Abandoned
{
public:
    static void add() { s_count.fetch_add(1); }
    static void remove() { s_count.fetch_sub(1); }
    static int count() { return s_count.load(); }

private:
    static inline std::atomic<int> s_count { 0 };
};

} // namespace strata
