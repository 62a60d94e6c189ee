#pragma once

#include "run/RunRecord.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace strata {

// The Journal tab: every run this user made on this machine, newest first,
// with the details of the selected one. Loaded on a worker thread; runs left
// unfinished by a crash or a kill show as "interrupted" (and are announced).
class JournalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JournalPanel(QWidget *parent = nullptr);
    ~JournalPanel() override;

    void setJournalPath(const QString &path); // tests; default RunJournal::defaultPath()
    QString journalPath() const { return m_path; }
    QTreeWidget *table() const { return m_table; }
    QList<RunRecord> runs() const { return m_runs; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();
    // Runs found interrupted at this load (a previous Strata ended mid-run).
    void interruptedFound(const QList<strata::RunRecord> &runs);

private:
    struct Load
    {
        QList<RunRecord> runs;
        QList<RunRecord> interrupted;
        QString error;
    };
    void onLoaded();
    void showDetails();

    QString m_path;
    QTreeWidget *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_message;
    QList<RunRecord> m_runs;
    QFutureWatcher<Load> m_watcher;
    bool m_again = false;
};

} // namespace strata
