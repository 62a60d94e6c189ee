#pragma once

#include "connection/ConnectionProfile.h"
#include "locks/LockSnapshot.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace strata {

class DbWorker;

// The Locks tab: the selected environment's sessions and locks, the blocking
// tree with root blockers first, idle transactions highlighted, ages counting
// up, the query in a tooltip and the detail pane, auto-refresh on a worker
// thread (never freezing the window), and Cancel query / Terminate session
// with a confirmation that says what is lost.
class LocksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LocksPanel(QWidget *parent = nullptr);
    ~LocksPanel() override;

    void setEnvironment(const ConnectionProfile &profile, const QString &password);
    // The user's other profiles: one reaching the same database makes this
    // one production or read-only too for Cancel and Terminate.
    void setOtherProfiles(const QList<ConnectionProfile> &profiles) { m_others = profiles; }
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidget *sessions() const { return m_sessions; }
    const LockSnapshot &snapshot() const { return m_snapshot; }
    QString message() const;
    void setInterval(int seconds);
    // Selects a session in the table (the Run tab's "Show in Locks").
    void selectPid(qint64 pid);
    // Refreshes, then asks to cancel or terminate pid (the usual confirmation) once it is shown (the doctor's act).
    void signalWhenShown(qint64 pid, bool terminate);
    QPushButton *cancelButton() const { return m_cancelQuery; }
    QPushButton *terminateButton() const { return m_terminate; }
    QCheckBox *showAllBox() const { return m_showAll; }
    QString detailsText() const;
    bool isPolling() const;
    // Whether anyone looks at the tab (its dock is the raised one): polled only then.
    void setWatched(bool watched);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    void actionDone(bool ok, const QString &message);

private:
    // A snapshot, and the rules as they apply to its database.
    struct View
    {
        LockSnapshot snapshot;
        ConnectionProfile rules;
        QString because;
    };
    static Result<View> viewOn(QSqlDatabase &db, const ConnectionProfile &p, const QList<ConnectionProfile> &others);
    // One monitor connection while the tab is shown (not one per poll).
    std::shared_ptr<DbWorker> m_monitor;
    void dropMonitor();
    bool watchable() const; // a server with sessions (not SQLite)
    bool m_watched = true;
    bool shownSession(const SessionInfo &s) const;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void onSnapshot();
    void rebuild();
    void updateAges();
    void showDetails();
    void act(bool terminate);
    qint64 m_signalWhenShown = 0;
    bool m_terminateWhenShown = true;
    void signalSession(qint64 pid, bool terminate, const QString &confirmed);
    qint64 selectedPid() const;

    ConnectionProfile m_profile; // as the rules apply to its database, once a snapshot said so
    QList<ConnectionProfile> m_others;
    QString m_because;
    QString m_password;
    bool m_hasProfile = false;
    LockSnapshot m_snapshot;
    QElapsedTimer m_sinceSnapshot;
    QLabel *m_title;
    QLabel *m_message;
    QCheckBox *m_auto;
    QCheckBox *m_showAll; // idle sessions, background workers and Strata's own
    QSpinBox *m_interval;
    QTreeWidget *m_tree;
    QTreeWidget *m_sessions;
    QPlainTextEdit *m_details;
    QPushButton *m_cancelQuery;
    QPushButton *m_terminate;
    QTimer *m_refreshTimer;
    QTimer *m_ageTimer;
    QFutureWatcher<Result<View>> m_watcher;
    qint64 m_pendingSelect = 0;
};

} // namespace strata
