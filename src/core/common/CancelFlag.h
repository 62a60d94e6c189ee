#pragma once

#include <atomic>
#include <memory>

namespace strata {

// Shared atomic cancel flag passed into loops that can run long (the Zeal way).
class CancelFlag
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled { false };
};

using CancelToken = std::shared_ptr<CancelFlag>;

} // namespace strata
