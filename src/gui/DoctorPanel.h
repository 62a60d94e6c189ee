#pragma once

#include "diagnose/Doctor.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace strata {

class Workspace;

// The Doctor tab: one card per diagnosis (what is wrong, the evidence, the
// steps, each act a button that goes through the window's normal action and
// its confirmation), Examine to look again, and Copy Report (Markdown for a
// ticket, never a password). The examination runs on a worker thread.
class DoctorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DoctorPanel(Workspace *workspace, QWidget *parent = nullptr);

    const QList<Diagnosis> &diagnoses() const { return m_diagnoses; }
    bool isExamining() const { return m_examining; }
    QString report() const;
    // The act button of the first card with this code (tests).
    QPushButton *actButton(const QString &code) const;

public Q_SLOTS:
    void examine();
    void copyReport();

Q_SIGNALS:
    void examined();
    // Problems per environment (profile id -> count), for the dock's badge.
    void problemCounts(const QHash<QString, int> &counts);
    // A step's button: the window does it (its own confirmation), then examines again.
    void stepRequested(const strata::Diagnosis &diagnosis, const strata::RecipeStep &step);

private:
    void show(const QList<Diagnosis> &found);
    QWidget *card(const Diagnosis &d);

    Workspace *m_workspace;
    QLabel *m_status;
    QVBoxLayout *m_cards;
    QWidget *m_cardsHost;
    QList<Diagnosis> m_diagnoses;
    bool m_examining = false;
    bool m_again = false;
};

} // namespace strata
