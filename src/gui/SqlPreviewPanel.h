#pragma once

#include "common/Result.h"
#include "lint/Linter.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace strata {

class CodeView;

// The SQL tab: Alembic's offline SQL for a plan range, highlighted with line
// numbers, to copy, save, or hand to the reviewed-SQL runner.
class SqlPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SqlPreviewPanel(QWidget *parent = nullptr);

    void showBusy(const QString &what);
    // Back to the empty tab (another project was opened).
    void clear();
    // The lint's findings become gutter marks with tooltips, and a line above the SQL.
    void showSql(const QString &title, const QString &sql, const QStringList &warnings = {},
                 const QStringList &errors = {}, const LintReport &lint = {});
    const LintReport &lint() const { return m_lint; }
    // Shows the SQL at a line (a finding chosen in the Findings dock).
    void goToLine(int line);
    QString notes() const; // the warnings and errors shown above the SQL
    void showError(const QString &title, const Error &error);
    QString sql() const { return m_sql; }
    // The plan the shown SQL is for (Rehearse… runs it for real and rolls it back).
    void setPlan(const QString &target, bool downgrade, bool canRehearse);
    CodeView *view() const { return m_view; }

public Q_SLOTS:
    void copy();
    void save();

Q_SIGNALS:
    // "Run this SQL…": the reviewed text, for the selected environment.
    void runRequested(const QString &sql);
    // "Rehearse…": the plan of the shown SQL on the selected environment.
    void rehearseRequested(const QString &target, bool downgrade);

private:
    QLabel *m_title;
    QLabel *m_warnings;
    CodeView *m_view;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_run;
    QPushButton *m_rehearse;
    QString m_sql;
    LintReport m_lint;
    QString m_target;
    bool m_downgrade = false;
};

} // namespace strata
