#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

namespace strata {

// Runs task on a worker thread, then callback with its result on the thread
// of context, if context still exists (KeePassXC's runThenCallback). The
// task must capture values only: it may outlive whoever started it.
template <typename Task, typename Callback>
void runThenCallback(QObject *context, Task task, Callback callback)
{
    using R = std::invoke_result_t<Task>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)]() mutable {
                         callback(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(task)));
}

} // namespace strata
