#include "SqlPreviewPanel.h"

#include "CodeView.h"
#include "Colours.h"
#include "LintText.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace strata {

SqlPreviewPanel::SqlPreviewPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_save = new QPushButton(tr("Save…"), this);
    m_run = new QPushButton(tr("Run Reviewed SQL…"), this);
    m_run->setToolTip(tr("Run exactly this script on the selected environment, statement by statement"));
    top->addWidget(m_title, 1);
    top->addWidget(m_copy);
    top->addWidget(m_save);
    m_rehearse = new QPushButton(tr("Rehearse…"), this);
    m_rehearse->setObjectName(QStringLiteral("sqlRehearseButton"));
    m_rehearse->setToolTip(tr("Run this plan for real on the selected environment inside one transaction that is "
                              "rolled back (PostgreSQL)"));
    m_rehearse->setEnabled(false);
    top->addWidget(m_run);
    top->addWidget(m_rehearse);
    layout->addLayout(top);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("sqlWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    layout->addWidget(m_warnings);
    m_view = new CodeView(this);
    m_view->setObjectName(QStringLiteral("sqlView"));
    layout->addWidget(m_view, 1);
    for (QPushButton *b : { m_copy, m_save, m_run })
        b->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, &SqlPreviewPanel::copy);
    connect(m_save, &QPushButton::clicked, this, &SqlPreviewPanel::save);
    connect(m_run, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(m_sql); });
    connect(m_rehearse, &QPushButton::clicked, this, [this] { Q_EMIT rehearseRequested(m_target, m_downgrade); });
    clear();
}

void SqlPreviewPanel::setPlan(const QString &target, bool downgrade, bool canRehearse)
{
    m_target = target;
    m_downgrade = downgrade;
    m_rehearse->setEnabled(canRehearse && !target.isEmpty());
}

void SqlPreviewPanel::clear()
{
    showBusy(tr("Choose a revision and “Preview SQL” to see the SQL Alembic would run."));
    m_sql.clear();
    m_target.clear();
}

void SqlPreviewPanel::showBusy(const QString &what)
{
    m_rehearse->setEnabled(false);
    m_title->setText(what);
    m_lint = {};
    m_warnings->setVisible(false);
    m_view->setCode(QString(), CodeLanguage::PlainText);
    for (QPushButton *b : { m_copy, m_save, m_run })
        b->setEnabled(false);
}

void SqlPreviewPanel::showSql(const QString &title, const QString &sql, const QStringList &warnings,
                              const QStringList &errors, const LintReport &lint)
{
    m_sql = sql;
    m_lint = lint;
    m_title->setText(title);
    QStringList lines;
    for (const QString &e : errors)
        lines << Colours::span(Colours::danger(palette()),
                               tr("✖ Cannot succeed as it stands (a run is refused): %1").arg(e).toHtmlEscaped());
    for (const QString &w : warnings)
        lines << Colours::span(Colours::warning(palette()), QStringLiteral("⚠ ") + w.toHtmlEscaped());
    if (lint.hasFindings()) {
        const QColor colour = lint.count(Severity::Error) ? Colours::danger(palette())
                : lint.count(Severity::Warning)           ? Colours::warning(palette())
                                                          : palette().color(QPalette::Text);
        lines << Colours::span(colour, tr("Lint: %1. The marked lines say what they lock and the safe way; the "
                                          "Findings tab lists them.")
                                               .arg(lint.summary())
                                               .toHtmlEscaped());
    } else if (!lint.dialect.isEmpty() && lint.statements > 0) {
        lines << Colours::span(Colours::ok(palette()), tr("✔ Lint: no findings in %n statement(s).", nullptr, lint.statements)
                                                                 .toHtmlEscaped());
    }
    if (!lint.factsSource.isEmpty())
        lines << tr("Table sizes from %1.").arg(lint.factsSource).toHtmlEscaped();
    for (const QString &n : lint.notes)
        lines << tr("Lint: %1").arg(n).toHtmlEscaped();
    m_warnings->setText(lines.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!lines.isEmpty());
    m_view->setCode(sql, sqlLanguageFor(lint.dialect));
    QMap<int, CodeView::LineMark> marks;
    for (const LintFinding &f : lint.findings) {
        CodeView::LineMark &mark = marks[f.line];
        const Severity shown = f.allowed ? Severity::Info : f.severity;
        if (mark.text.isEmpty() || int(shown) > int(mark.severity))
            mark.severity = shown;
        QString text = QStringLiteral("<b>%1 [%2]</b> %3").arg(severityName(f.severity).toHtmlEscaped(), f.rule,
                                                              f.message.toHtmlEscaped());
        if (const QString details = LintText::details(f, true); !details.isEmpty())
            text += QStringLiteral("<br>") + details;
        mark.text = mark.text.isEmpty() ? text : mark.text + QStringLiteral("<hr>") + text;
    }
    m_view->setMarks(marks);
    for (QPushButton *b : { m_copy, m_save, m_run })
        b->setEnabled(true);
}

void SqlPreviewPanel::goToLine(int line)
{
    m_view->goToLine(line);
}

void SqlPreviewPanel::showError(const QString &title, const Error &error)
{
    m_sql.clear();
    m_lint = {};
    m_rehearse->setEnabled(false);
    m_title->setText(title);
    m_warnings->setVisible(false);
    m_view->setCode(error.toString(), CodeLanguage::PlainText);
    for (QPushButton *b : { m_copy, m_save, m_run })
        b->setEnabled(false);
}

QString SqlPreviewPanel::notes() const
{
    return m_warnings->isVisible() ? m_warnings->text() : QString();
}

void SqlPreviewPanel::copy()
{
    QGuiApplication::clipboard()->setText(m_sql);
}

void SqlPreviewPanel::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"), QStringLiteral("migration.sql"),
                                                      tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sql.toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save SQL"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace strata
