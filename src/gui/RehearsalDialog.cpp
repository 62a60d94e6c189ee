#include "RehearsalDialog.h"

#include "common/TimeFormat.h"

#include "Colours.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata {

namespace {

enum Column { ColStatement, ColResult, ColDuration, ColLocks, ColRewrote, ColCount };

QString oneLine(const QString &sql)
{
    QString line = sql.simplified();
    return line.size() > 160 ? line.left(159) + QStringLiteral("…") : line;
}

} // namespace

RehearsalDialog::RehearsalDialog(const QString &title, std::shared_ptr<std::atomic<bool>> cancel, QWidget *parent)
    : QDialog(parent), m_cancel(std::move(cancel))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("rehearsalDialog"));
    resize(1000, 520);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(tr("Running the plan inside one transaction that is rolled back at the end…"), this);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("rehearsalTree"));
    m_tree->setColumnCount(ColCount);
    m_tree->setHeaderLabels({ tr("Statement"), tr("Result"), tr("Time"), tr("Locks taken"), tr("Rewrote") });
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ColStatement, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ColResult, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ColDuration, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(ColLocks, 300);
    m_tree->setColumnWidth(ColRewrote, 130);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    layout->addWidget(m_tree, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rehearsalSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(tr("Cancel Rehearsal"), QDialogButtonBox::RejectRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_cancelButton->setEnabled(false);
        m_header->setText(tr("Cancelling; the transaction is rolled back…"));
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

QTreeWidgetItem *RehearsalDialog::stepItem(int step)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toInt() == step)
            return m_tree->topLevelItem(i);
    auto *item = new QTreeWidgetItem(m_tree, { tr("Step %1").arg(step + 1) });
    item->setData(0, Qt::UserRole, step);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void RehearsalDialog::addStatement(const bridge::Statement &s)
{
    auto *item = new QTreeWidgetItem(stepItem(s.step));
    item->setText(ColStatement, oneLine(s.sql));
    item->setToolTip(ColStatement, s.sql);
    item->setText(ColResult, s.ok ? tr("ok") : tr("FAILED"));
    item->setForeground(ColResult, s.ok ? Colours::ok(palette()) : Colours::danger(palette()));
    item->setText(ColDuration, formatDuration(s.durationMs));
    // "AccessExclusiveLock on public.users" -> "AccessExclusive: public.users"
    QStringList locks;
    for (QString l : s.locks)
        locks << l.replace(QStringLiteral("Lock on "), QStringLiteral(": "));
    item->setText(ColLocks, locks.join(QStringLiteral("\n")));
    item->setToolTip(ColLocks, s.locks.join(QStringLiteral("\n")));
    item->setText(ColRewrote, s.rewritten.join(QStringLiteral(", ")));
    if (!s.ok) {
        auto *why = new QTreeWidgetItem(item, { s.error.trimmed() + (s.analysis.isEmpty() ? QString() : QStringLiteral("\n") + s.analysis) });
        why->setForeground(ColStatement, Colours::danger(palette()));
        why->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
    m_tree->scrollToItem(item);
}

void RehearsalDialog::finish(const Result<Rehearsal> &result)
{
    m_finished = true;
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setFocus();
    if (!result) {
        m_header->setText(tr("The rehearsal did not run."));
        m_summary->setText(Colours::span(Colours::danger(palette()), result.error().message.toHtmlEscaped()));
        return;
    }
    const Rehearsal &h = result.value();
    m_header->setText(tr("%1 on %2 — rolled back at the end.").arg(h.preflight.identityText(), h.profile.name));
    QString text = h.summary().toHtmlEscaped();
    const QColor colour = h.verified && !h.unchanged ? Colours::danger(palette())
            : h.succeeded                         ? Colours::ok(palette())
                                                  : Colours::warning(palette());
    text = Colours::span(colour, text);
    if (!h.stopReason.isEmpty())
        text += QStringLiteral("<br>") + tr("Stopped before: %1 — %2").arg(oneLine(h.stoppedBefore), h.stopReason).toHtmlEscaped();
    else if (!h.error.isEmpty() && !h.succeeded)
        text += QStringLiteral("<br>") + h.error.trimmed().toHtmlEscaped();
    for (const SchemaDifference &d : h.changes)
        text += QStringLiteral("<br>") + d.describe().toHtmlEscaped();
    m_summary->setText(text);
}

QString RehearsalDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace strata
