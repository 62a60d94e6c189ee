#include "DoctorPanel.h"

#include "AsyncTask.h"
#include "Colours.h"
#include "services/DoctorService.h"
#include "services/Workspace.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>

namespace strata {

DoctorPanel::DoctorPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tb = new QToolBar(this);
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addAction(tr("Examine"), this, &DoctorPanel::examine)->setObjectName(QStringLiteral("doctorExamine"));
    tb->addAction(tr("Copy Report"), this, &DoctorPanel::copyReport)->setObjectName(QStringLiteral("doctorCopy"));
    layout->addWidget(tb);
    m_status = new QLabel(tr("Examine the project and its environments for trouble."), this);
    m_status->setObjectName(QStringLiteral("doctorStatus"));
    m_status->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_cardsHost = new QWidget(scroll);
    m_cards = new QVBoxLayout(m_cardsHost);
    m_cards->addStretch(1);
    scroll->setWidget(m_cardsHost);
    layout->addWidget(scroll, 1);
}

void DoctorPanel::examine()
{
    const ProjectPtr project = m_workspace->project();
    if (!project)
        return;
    if (m_examining) {
        m_again = true;
        return;
    }
    m_examining = true;
    m_status->setText(tr("Examining…"));
    const QList<ConnectionProfile> profiles = m_workspace->environments();
    const PythonResolverPtr python = m_workspace->pythonResolver();
    QPointer<DoctorPanel> guard(this);
    m_workspace->readPasswords(profiles, [guard, project, profiles, python](const QHash<QString, QString> &passwords) {
        if (!guard)
            return;
        runThenCallback(
                guard.data(),
                [project, profiles, python, passwords]() {
                    DoctorRequest rq;
                    rq.project = project;
                    rq.profiles = profiles;
                    rq.passwords = passwords;
                    if (auto py = python->choose())
                        rq.python = py.value();
                    else
                        rq.pythonError = py.error().message;
                    return DoctorService::examine(rq);
                },
                [guard](const QList<Diagnosis> &found) {
                    if (!guard)
                        return;
                    guard->m_examining = false;
                    guard->show(found);
                    if (guard->m_again) {
                        guard->m_again = false;
                        guard->examine();
                    }
                });
    });
}

void DoctorPanel::show(const QList<Diagnosis> &found)
{
    m_diagnoses = found;
    while (m_cards->count() > 1) {
        QLayoutItem *item = m_cards->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < found.size(); ++i)
        m_cards->insertWidget(i, card(found.at(i)));
    m_status->setText(found.isEmpty() ? tr("No trouble found.")
                                      : tr("%n trouble(s) found, worst first.", nullptr, int(found.size())));
    QHash<QString, int> counts;
    for (const Diagnosis &d : found)
        if (!d.profileId.isEmpty() && d.severity != Diagnosis::Severity::Info)
            counts[d.profileId] += 1;
    Q_EMIT problemCounts(counts);
    Q_EMIT examined();
}

QWidget *DoctorPanel::card(const Diagnosis &d)
{
    auto *frame = new QFrame(m_cardsHost);
    frame->setObjectName(QStringLiteral("doctorCard-") + d.code);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    const QColor colour = d.severity == Diagnosis::Severity::Error ? Colours::danger(palette())
            : d.severity == Diagnosis::Severity::Warning          ? Colours::warning(palette())
                                                                   : palette().color(QPalette::WindowText);
    QString html = QStringLiteral("<b>%1</b> %2<br>%3")
                           .arg(Colours::span(colour, d.title.toHtmlEscaped()),
                                d.profileName.isEmpty() ? QString() : tr("on <b>%1</b>").arg(d.profileName.toHtmlEscaped()),
                                d.explanation.toHtmlEscaped());
    if (!d.evidence.isEmpty()) {
        html += QStringLiteral("<ul style='margin-top:4px'>");
        for (const Evidence &e : d.evidence)
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>").arg(e.fact.toHtmlEscaped(), e.source.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    auto *text = new QLabel(html, frame);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    int n = 0;
    for (const RecipeStep &s : d.steps) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(++n).arg(s.text), frame);
        label->setWordWrap(true);
        row->addWidget(label, 1);
        if (s.kind != RecipeStep::Kind::Explain && !s.command.isEmpty()) {
            auto *button = new QPushButton(s.kind != RecipeStep::Kind::Act ? tr("Show") : s.optional ? tr("Back Up") : tr("Do It…"), frame);
            button->setObjectName(s.kind != RecipeStep::Kind::Act ? QStringLiteral("doctorShow")
                                          : s.optional            ? QStringLiteral("doctorOptional")
                                                                  : QStringLiteral("doctorAct"));
            button->setToolTip(QStringLiteral("strata-cli ") + s.command.join(QLatin1Char(' ')));
            const Diagnosis diagnosis = d;
            const RecipeStep step = s;
            connect(button, &QPushButton::clicked, this, [this, diagnosis, step] { Q_EMIT stepRequested(diagnosis, step); });
            row->addWidget(button);
        }
        layout->addLayout(row);
    }
    return frame;
}

QPushButton *DoctorPanel::actButton(const QString &code) const
{
    if (auto *frame = m_cardsHost->findChild<QFrame *>(QStringLiteral("doctorCard-") + code))
        return frame->findChild<QPushButton *>(QStringLiteral("doctorAct"));
    return nullptr;
}

QString DoctorPanel::report() const
{
    QString md = QStringLiteral("## Strata doctor report\n\n");
    if (const ProjectPtr p = m_workspace->project())
        md += tr("Project: `%1`\n\n").arg(p->config.rootDir);
    if (m_diagnoses.isEmpty())
        md += tr("No trouble found.\n");
    for (const Diagnosis &d : m_diagnoses)
        md += d.toMarkdown() + QLatin1Char('\n');
    return md;
}

void DoctorPanel::copyReport()
{
    QGuiApplication::clipboard()->setText(report());
    m_status->setText(tr("Report copied (Markdown, no passwords)."));
}

} // namespace strata
