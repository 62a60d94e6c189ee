#include "EnvironmentsPanel.h"

#include "Colours.h"
#include "EnvironmentsModel.h"
#include "ImportEnvDialog.h"
#include "ImportUrlDialog.h"
#include "ProfileDialog.h"
#include "connection/SecretStore.h"
#include "services/ProfileImport.h"
#include "services/Workspace.h"
#include "state/StatusRefresher.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QPointer>
#include <QSaveFile>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>
#include <numeric>

namespace strata {

EnvironmentsPanel::EnvironmentsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new EnvironmentsModel(this)),
      m_refresher(new StatusRefresher(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tb = new QToolBar(this);
    tb->setIconSize(QSize(16, 16));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addAction(tr("Refresh"), this, &EnvironmentsPanel::refresh)->setObjectName(QStringLiteral("refreshAction"));
    tb->addAction(tr("Add…"), this, &EnvironmentsPanel::addProfile);
    tb->addAction(tr("Edit…"), this, &EnvironmentsPanel::editSelected);
    // Less frequent actions sit in two menus so the dock stays narrow.
    auto *importMenu = new QMenu(this);
    importMenu->addAction(tr("From a URL…"), this, &EnvironmentsPanel::importUrl);
    importMenu->addAction(tr("From .env files…"), this, &EnvironmentsPanel::importEnv);
    importMenu->addAction(tr("From alembic.ini…"), this, &EnvironmentsPanel::importIni);
    auto *importButton = new QToolButton(tb);
    importButton->setText(tr("Import"));
    importButton->setMenu(importMenu);
    importButton->setPopupMode(QToolButton::InstantPopup);
    tb->addWidget(importButton);
    auto *schemaMenu = new QMenu(this);
    schemaMenu->addAction(tr("Match Schema…"), this, &EnvironmentsPanel::matchSchemaRequested)
            ->setToolTip(tr("Which revision this database's schema is (built in a scratch database)"));
    schemaMenu->addAction(tr("Check Drift"), this, &EnvironmentsPanel::driftRequested)
            ->setToolTip(tr("Differences between the models (env.py's target_metadata) and this database"));
    auto *schemaButton = new QToolButton(tb);
    schemaButton->setText(tr("Schema"));
    schemaButton->setObjectName(QStringLiteral("schemaButton"));
    schemaButton->setMenu(schemaMenu);
    schemaButton->setPopupMode(QToolButton::InstantPopup);
    tb->addWidget(schemaButton);
    auto *moreMenu = new QMenu(this);
    moreMenu->addAction(tr("Password…"), this, &EnvironmentsPanel::setPasswordForSelected);
    moreMenu->addAction(tr("Remove"), this, &EnvironmentsPanel::removeSelected);
    moreMenu->addSeparator();
    moreMenu->addAction(tr("Export CSV…"), this, &EnvironmentsPanel::exportCsv);
    auto *moreButton = new QToolButton(tb);
    moreButton->setText(tr("More"));
    moreButton->setMenu(moreMenu);
    moreButton->setPopupMode(QToolButton::InstantPopup);
    tb->addWidget(moreButton);
    layout->addWidget(tb);
    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("environmentsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setModel(m_model);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(EnvironmentsModel::ColServer, QHeaderView::Stretch);
    // Every column sized to its content, never cut short (the state carries
    // badges: "behind by 2 · drift: 1"); the server text takes the slack. In a
    // narrow dock the least needed columns step aside (fitColumns) rather than
    // the table scrolling sideways.
    for (int c : { EnvironmentsModel::ColName, EnvironmentsModel::ColState, EnvironmentsModel::ColCurrent,
                   EnvironmentsModel::ColPending, EnvironmentsModel::ColChecked })
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(260);
    m_table->viewport()->installEventFilter(this);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EnvironmentsPanel::emitSelection);
    connect(m_table, &QTreeView::doubleClicked, this, [this] { editSelected(); });
    connect(m_workspace, &Workspace::profilesChanged, this, &EnvironmentsPanel::onProfilesChanged);
    connect(m_refresher, &StatusRefresher::statusReady, this, [this](const EnvironmentStatus &st) {
        m_model->setStatus(st);
        // Without a keychain, ask once per session when a server wants a password.
        if (st.failure == ConnectFailure::AuthenticationFailed && secrets()->keychainUnavailable()
            && !m_askedForPassword.contains(st.profileId)) {
            m_askedForPassword.insert(st.profileId);
            if (const int row = m_model->rowOf(st.profileId); row >= 0)
                askPassword(*m_model->profileAt(row));
        }
        Q_EMIT statusReady(st);
        Q_EMIT statusesChanged();
    });
    connect(m_refresher, &StatusRefresher::finished, this, [this] {
        for (int c = 0; c < EnvironmentsModel::ColServer; ++c)
            m_table->resizeColumnToContents(c);
        fitColumns();
        // The outcome of an add/import/password action stays visible.
        if (!m_actionMessage)
            showMessage(secrets()->keychainUnavailable()
                                ? tr("Checked %n environment(s). No keychain is available: passwords are kept in "
                                     "memory for this session only.",
                                     nullptr, int(m_model->profiles().size()))
                                : tr("Checked %n environment(s).", nullptr, int(m_model->profiles().size())));
        emitSelection();
        Q_EMIT refreshFinished();
    });
    onProfilesChanged();
}

EnvironmentsPanel::~EnvironmentsPanel() = default;

void EnvironmentsPanel::setProfileStorePath(const QString &path)
{
    m_workspace->setProfileStorePath(path);
}

void EnvironmentsPanel::projectOpened()
{
    m_model->clearStatuses();
    m_askedForPassword.clear();
    refresh();
}

QList<ConnectionProfile> EnvironmentsPanel::profiles() const
{
    return m_model->profiles();
}

QHash<QString, EnvironmentStatus> EnvironmentsPanel::statuses() const
{
    return m_model->statuses();
}

EnvironmentStatus EnvironmentsPanel::statusByName(const QString &name) const
{
    for (const ConnectionProfile &p : m_model->profiles())
        if (p.name == name)
            return m_model->statuses().value(p.id);
    return {};
}

SecretStore *EnvironmentsPanel::secrets() const
{
    return m_workspace->secrets();
}

bool EnvironmentsPanel::isRefreshing() const
{
    return m_refresher->isRunning() || m_readingPasswords;
}

QString EnvironmentsPanel::lastMessage() const
{
    return m_message->text();
}

void EnvironmentsPanel::showMessage(const QString &text, bool error, bool action)
{
    m_actionMessage = action;
    m_message->setText(error ? Colours::span(Colours::danger(palette()), text.toHtmlEscaped()) : text.toHtmlEscaped());
}

bool EnvironmentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

QList<int> EnvironmentsPanel::columnsLeftOut() const
{
    QList<int> out;
    for (int c = 0; c < EnvironmentsModel::ColCount; ++c)
        if (m_table->header()->isSectionHidden(c))
            out << c;
    return out;
}

void EnvironmentsPanel::fitColumns()
{
    QHeaderView *header = m_table->header();
    const int room = m_table->viewport()->width();
    const QFontMetrics metrics(m_table->font());
    // What each column wants (sectionSizeHint says nothing for a hidden
    // section: the title is measured); the server text takes the slack, but
    // needs some room to say anything.
    std::array<int, EnvironmentsModel::ColCount> wanted {};
    for (int c = 0; c < EnvironmentsModel::ColCount; ++c) {
        int content = std::max(header->sectionSizeHint(c),
                               metrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + 16);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, c);
            const int icon = index.data(Qt::DecorationRole).isNull() ? 0
                    : (m_table->iconSize().isValid() ? m_table->iconSize().width() : 16) + 8;
            content = std::max(content, metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + icon + 16);
        }
        wanted[size_t(c)] = c == EnvironmentsModel::ColServer ? std::min(content, 120) : content;
    }
    int needed = std::accumulate(wanted.begin(), wanted.end(), 0);
    QStringList leftOut;
    for (int c : { EnvironmentsModel::ColChecked, EnvironmentsModel::ColServer, EnvironmentsModel::ColPending }) {
        const bool hide = needed > room;
        if (hide) {
            needed -= wanted[size_t(c)];
            leftOut.prepend(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        }
        if (header->isSectionHidden(c) != hide)
            header->setSectionHidden(c, hide);
    }
    // Still too narrow: the name gives way (elided, in full in its tooltip);
    // the state and the revision are never cut.
    if (needed > room) {
        header->setSectionResizeMode(EnvironmentsModel::ColName, QHeaderView::Interactive);
        header->resizeSection(EnvironmentsModel::ColName,
                              std::max(80, room - (needed - wanted[EnvironmentsModel::ColName])));
    } else if (header->sectionResizeMode(EnvironmentsModel::ColName) != QHeaderView::ResizeToContents) {
        header->setSectionResizeMode(EnvironmentsModel::ColName, QHeaderView::ResizeToContents);
    }
    m_table->setToolTip(leftOut.isEmpty() ? QString()
                                          : tr("Widen the Environments dock to see: %1").arg(leftOut.join(QStringLiteral(", "))));
}

void EnvironmentsPanel::onProfilesChanged()
{
    const QString selected = selectedProfile() ? selectedProfile()->id : QString();
    m_model->setProfiles(m_workspace->environments(), m_workspace->workspaceOnly());
    for (int c = 0; c < EnvironmentsModel::ColServer; ++c)
        m_table->resizeColumnToContents(c);
    fitColumns();
    if (m_workspace->store().isDamaged())
        showMessage(tr("The profile file %1 is damaged and kept for repair.").arg(m_workspace->store().path()), true);
    else if (!m_workspace->workspaceProblem().isEmpty())
        showMessage(m_workspace->workspaceProblem(), true);
    else if (m_model->profiles().isEmpty())
        showMessage(tr("No environments for this project yet: Add… or Import URL…"));
    if (!selected.isEmpty())
        selectProfile(selected);
    else if (m_model->profiles().size() == 1 && !m_model->profiles().first().production)
        selectProfile(m_model->profiles().first().id); // the only one, so the actions have a target
    Q_EMIT statusesChanged();
}

void EnvironmentsPanel::refresh()
{
    m_actionMessage = false; // a refresh asked for by the user reports itself
    startRefresh();
}

void EnvironmentsPanel::startRefresh()
{
    const QList<ConnectionProfile> profiles = m_model->profiles();
    if (!m_workspace->project() || profiles.isEmpty() || isRefreshing())
        return;
    if (!m_actionMessage)
        showMessage(tr("Checking %n environment(s)…", nullptr, int(profiles.size())));
    m_model->setChecking(profiles);
    // Read every password asynchronously, then check all at once.
    m_readingPasswords = true;
    QPointer<EnvironmentsPanel> guard(this);
    const ProjectPtr project = m_workspace->project();
    m_workspace->readPasswords(profiles, [guard, profiles, project](const QHash<QString, QString> &passwords) {
        EnvironmentsPanel *self = guard.data();
        if (!self)
            return;
        self->m_readingPasswords = false;
        if (self->secrets()->keychainUnavailable() && !self->m_actionMessage)
            self->showMessage(tr("No keychain is available here: passwords you enter are kept in memory until Strata "
                                 "quits, never written to disk."));
        self->m_refresher->refresh(profiles, passwords, project);
    });
}

const ConnectionProfile *EnvironmentsPanel::selectedProfile() const
{
    return m_model->profileAt(m_table->currentIndex().row());
}

void EnvironmentsPanel::selectProfile(const QString &profileId)
{
    const int row = m_model->rowOf(profileId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void EnvironmentsPanel::emitSelection()
{
    const ConnectionProfile *p = selectedProfile();
    if (!p)
        return;
    const EnvironmentStatus st = m_model->statuses().value(p->id);
    Q_EMIT environmentSelected(p->id, st.current, st.pending);
}

QString EnvironmentsPanel::nameTaken(const QString &name) const
{
    return m_workspace->store().find(name) ? tr("a profile named '%1' already exists").arg(name) : QString();
}

void EnvironmentsPanel::saveProfile(const ConnectionProfile &profile, bool isNew, const QString &password)
{
    if (isNew) {
        QPointer<EnvironmentsPanel> guard(this);
        m_workspace->addProfile(profile, password,
                                [guard](const Result<ConnectionProfile> &added, const QString &note, bool failed) {
                                    EnvironmentsPanel *self = guard.data();
                                    if (!self)
                                        return;
                                    if (!added)
                                        return self->showMessage(added.error().toString(), true, true);
                                    if (failed)
                                        self->showMessage(note, true, true);
                                    else if (!note.isEmpty())
                                        self->showMessage(note.contains(QLatin1String("stored in the keychain"))
                                                                  ? tr("Password for %1 stored in the keychain.").arg(added->name)
                                                                  : note,
                                                          false, true);
                                    else
                                        self->showMessage(tr("Profile %1 saved.").arg(added->name), false, true);
                                    self->selectProfile(added->id);
                                    self->startRefresh();
                                });
        return;
    }
    if (m_workspace->store().isDamaged()) {
        showMessage(tr("The profile file is damaged and kept for repair; nothing was saved."), true);
        return;
    }
    if (Status s = m_workspace->store().update(profile); !s) {
        showMessage(s.error().message, true);
        return;
    }
    if (Status s = m_workspace->store().save(); !s) {
        showMessage(s.error().toString(), true);
        return;
    }
    m_workspace->loadProfiles();
    if (password.isEmpty()) {
        showMessage(tr("Profile %1 saved.").arg(profile.name), false, true);
        startRefresh();
        return;
    }
    QPointer<EnvironmentsPanel> guard(this);
    secrets()->write(profile.id, password, [guard, name = profile.name](const SecretStore::Answer &a) {
        EnvironmentsPanel *self = guard.data();
        if (!self)
            return;
        if (a.state == SecretStore::Answer::Failed)
            self->showMessage(tr("The password for %1 was NOT stored: %2").arg(name, a.message), true, true);
        else if (a.sessionOnly)
            self->showMessage(a.message, false, true);
        else
            self->showMessage(tr("Password for %1 stored in the keychain.").arg(name), false, true);
        self->startRefresh();
    });
}

void EnvironmentsPanel::addImported(const ImportedProfile &imported)
{
    saveProfile(imported.profile, true, imported.hasPassword ? imported.password : QString());
}

void EnvironmentsPanel::addProfile()
{
    ConnectionProfile p;
    if (m_workspace->project())
        p.project = m_workspace->project()->config.rootDir;
    auto *dialog = new ProfileDialog(p, true, m_workspace->project(), secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveProfile(dialog->profile(), true, dialog->newPassword()); });
    dialog->open();
}

void EnvironmentsPanel::editSelected()
{
    const ConnectionProfile *p = selectedProfile();
    if (!p)
        return;
    // A workspace environment becomes one of the user's own when edited.
    const bool fromWorkspace = m_workspace->workspaceOnly().contains(p->name);
    auto *dialog = new ProfileDialog(*p, false, m_workspace->project(), secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fromWorkspace] {
        saveProfile(dialog->profile(), fromWorkspace, dialog->newPassword());
    });
    dialog->open();
}

void EnvironmentsPanel::removeSelected()
{
    const ConnectionProfile *sel = selectedProfile();
    if (!sel)
        return;
    const ConnectionProfile p = *sel;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove environment"),
                                tr("Remove the profile %1 and its password from the keychain?").arg(p.name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, p](int result) {
        if (result == QMessageBox::Yes)
            removeProfile(p);
    });
    box->open();
}

void EnvironmentsPanel::removeProfile(const ConnectionProfile &p)
{
    QPointer<EnvironmentsPanel> guard(this);
    secrets()->remove(p.id, [guard, p](const SecretStore::Answer &a) {
        EnvironmentsPanel *self = guard.data();
        if (!self)
            return;
        if (a.state == SecretStore::Answer::Failed) {
            self->showMessage(a.message, true);
            return;
        }
        Status s = self->m_workspace->store().remove(p.id);
        if (s)
            s = self->m_workspace->store().save();
        if (!s)
            self->showMessage(s.error().toString(), true);
        self->m_model->forget(p.id);
        self->m_workspace->loadProfiles();
    });
}

void EnvironmentsPanel::importUrl()
{
    const QString dir = m_workspace->project() ? m_workspace->project()->config.rootDir : QString();
    auto *dialog = new ImportUrlDialog(dir, [this](const ImportedProfile &i) { return nameTaken(i.profile.name); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addImported(dialog->result()); });
    dialog->open();
}

void EnvironmentsPanel::importEnv()
{
    const QString dir = m_workspace->project() ? m_workspace->project()->config.rootDir : QString();
    auto *dialog = new ImportEnvDialog(dir, [this](const ImportedProfile &i) { return nameTaken(i.profile.name); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addImported(dialog->result()); });
    dialog->open();
}

void EnvironmentsPanel::importIni()
{
    if (!m_workspace->project()) {
        showMessage(tr("Open a project first."), true, true);
        return;
    }
    const ProjectConfig config = m_workspace->project()->config;
    // Read first, so a missing sqlalchemy.url is said (with file, line and key) before a name is asked.
    auto probe = ProfileImport::fromAlembicIni(QStringLiteral("probe"), config);
    if (!probe) {
        showMessage(probe.error().toString(), true, true);
        return;
    }
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Import from alembic.ini"));
    input->setLabelText(tr("Name for the environment at %1:").arg(probe->profile.displayUrl()));
    input->setTextValue(QStringLiteral("local"));
    connect(input, &QInputDialog::textValueSelected, this, [this, config](const QString &name) {
        if (const QString taken = nameTaken(name.trimmed()); !taken.isEmpty())
            return showMessage(taken, true, true);
        auto imported = ProfileImport::fromAlembicIni(name.trimmed(), config);
        if (!imported)
            return showMessage(imported.error().toString(), true, true);
        addImported(imported.value());
        if (!imported->clearTextFile.isEmpty())
            offerToStripPassword(imported->clearTextFile, imported->clearTextLine);
    });
    input->open();
}

void EnvironmentsPanel::offerToStripPassword(const QString &file, int line)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Password in alembic.ini"),
                                tr("The password is in the keychain now, but %1, line %2, still holds it in clear "
                                   "(anyone who can read the file, or its history in version control, has it).")
                                        .arg(QDir::toNativeSeparators(file))
                                        .arg(line),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stripPasswordBox"));
    QPushButton *strip = box->addButton(tr("Remove It from the File"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep the File as It Is"), QMessageBox::RejectRole);
    box->setDefaultButton(strip);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, strip, file, line](int) {
        if (box->clickedButton() != strip)
            return;
        if (Status s = ProfileImport::stripIniPassword(file, line); !s)
            showMessage(s.error().toString(), true, true);
        else
            showMessage(tr("The password was removed from %1, line %2.").arg(QDir::toNativeSeparators(file)).arg(line),
                        false, true);
    });
    box->open();
}

void EnvironmentsPanel::setPasswordForSelected()
{
    if (const ConnectionProfile *sel = selectedProfile())
        askPassword(*sel);
}

void EnvironmentsPanel::askPassword(const ConnectionProfile &p)
{
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Password for %1").arg(p.name));
    input->setLabelText(secrets()->keychainUnavailable()
                                ? tr("No keychain is available: the password is kept in memory until Strata quits.")
                                : tr("The password is stored in the keychain. Leave it empty to remove it."));
    input->setTextEchoMode(QLineEdit::Password);
    connect(input, &QInputDialog::textValueSelected, this, [this, p](const QString &password) {
        if (password.isEmpty())
            forgetPassword(p);
        else
            saveProfile(p, false, password);
    });
    input->open();
}

void EnvironmentsPanel::forgetPassword(const ConnectionProfile &p)
{
    QPointer<EnvironmentsPanel> guard(this);
    secrets()->remove(p.id, [guard](const SecretStore::Answer &) {
        if (EnvironmentsPanel *self = guard.data()) {
            self->showMessage(tr("Password removed."), false, true);
            self->startRefresh();
        }
    });
}

void EnvironmentsPanel::setProblems(const QHash<QString, int> &counts)
{
    m_model->setProblems(counts);
}

void EnvironmentsPanel::setDrift(const QString &profileId, const std::optional<QList<SchemaDifference>> &differences,
                                 const QString &error)
{
    QStringList lines;
    if (differences)
        for (const SchemaDifference &d : *differences)
            lines << d.describe();
    m_model->setDrift(profileId, differences ? int(differences->size()) : -1,
                      differences ? lines.join(QLatin1Char('\n')) : error);
}

QString EnvironmentsPanel::toCsv() const
{
    return m_model->toCsv();
}

void EnvironmentsPanel::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export Environments"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(toCsv().toUtf8()) < 0 || !out.commit())
            showMessage(tr("Cannot write %1: %2").arg(file, out.errorString()), true);
        else
            showMessage(tr("Exported to %1.").arg(file));
    });
    dialog->open();
}

} // namespace strata
