#include "EnvironmentsPanel.h"

#include "ProfileDialog.h"
#include "connection/DotEnv.h"
#include "connection/SecretStore.h"
#include "connection/SqlAlchemyUrl.h"
#include "project/IniFile.h"
#include "state/StatusRefresher.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QHBoxLayout>
#include <QSaveFile>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata {

namespace {

enum Column { ColName, ColState, ColCurrent, ColPending, ColServer, ColChecked, ColCount };
constexpr int RoleProfileId = Qt::UserRole + 1;

QIcon chip(const QColor &colour, bool production)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(production ? QPen(QColor(0xcf, 0x22, 0x2e), 2.5) : QPen(colour.darker(130), 1));
    p.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    return QIcon(pm);
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

EnvironmentsPanel::EnvironmentsPanel(QWidget *parent)
    : QWidget(parent), m_secrets(new SecretStore(this)), m_refresher(new StatusRefresher(this))
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
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("environmentsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({ tr("Environment"), tr("State"), tr("Current"), tr("Pending"), tr("Server"),
                               tr("Checked") });
    m_table->header()->setSectionResizeMode(ColServer, QHeaderView::Stretch);
    m_table->setMinimumWidth(260);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_table, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString id = item->data(ColName, RoleProfileId).toString();
        for (const ConnectionProfile &p : std::as_const(m_profiles))
            if (p.id == id) {
                const EnvironmentStatus st = m_statuses.value(p.name);
                emit environmentSelected(p.name, st.current, st.pending);
            }
    });
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] { editSelected(); });
    connect(m_refresher, &StatusRefresher::statusReady, this, [this](const EnvironmentStatus &st) {
        m_statuses.insert(st.profileName, st);
        // Without a keychain, ask once per session when a server wants a password.
        if (st.failure == ConnectFailure::AuthenticationFailed && m_secrets->keychainUnavailable()
            && !m_askedForPassword.contains(st.profileName)) {
            m_askedForPassword.insert(st.profileName);
            for (const ConnectionProfile &p : std::as_const(m_profiles))
                if (p.name == st.profileName)
                    askPassword(p);
        }
        for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_table->topLevelItem(i);
            for (const ConnectionProfile &p : std::as_const(m_profiles))
                if (p.id == item->data(ColName, RoleProfileId).toString() && p.name == st.profileName)
                    fillRow(item, p);
        }
        emit statusesChanged();
    });
    connect(m_refresher, &StatusRefresher::finished, this, [this] {
        // The outcome of an add/import/password action stays visible.
        if (!m_actionMessage)
            showMessage(m_secrets->keychainUnavailable()
                                ? tr("Checked %n environment(s). No keychain is available: passwords are kept in "
                                     "memory for this session only.",
                                     nullptr, int(m_profiles.size()))
                                : tr("Checked %n environment(s).", nullptr, int(m_profiles.size())));
        if (QTreeWidgetItem *item = m_table->currentItem())
            emit m_table->currentItemChanged(item, nullptr);
        emit refreshFinished();
    });
}

EnvironmentsPanel::~EnvironmentsPanel() = default;

void EnvironmentsPanel::setProfileStorePath(const QString &path)
{
    m_store = ProfileStore(path);
    reloadProfiles();
}

void EnvironmentsPanel::setProject(const ProjectPtr &project)
{
    m_project = project;
    m_statuses.clear();
    reloadProfiles();
    refresh();
}

bool EnvironmentsPanel::isRefreshing() const
{
    return m_refresher->isRunning() || m_pendingPasswordReads > 0;
}

QString EnvironmentsPanel::lastMessage() const
{
    return m_message->text();
}

void EnvironmentsPanel::showMessage(const QString &text, bool error, bool action)
{
    m_actionMessage = action;
    m_message->setText(error ? QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(text.toHtmlEscaped())
                             : text.toHtmlEscaped());
}

void EnvironmentsPanel::reloadProfiles()
{
    m_profiles.clear();
    if (Status s = m_store.load(); !s) {
        showMessage(s.error().toString(), true);
        rebuildTable();
        return;
    }
    m_workspaceOnly.clear();
    if (m_project) {
        QString problem;
        m_profiles = m_store.profilesForProject(m_project->config.rootDir, &m_workspaceOnly, &problem);
        if (!problem.isEmpty())
            showMessage(problem, true);
    } else {
        m_profiles = m_store.profiles();
    }
    rebuildTable();
}

void EnvironmentsPanel::rebuildTable()
{
    m_table->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(ColName, RoleProfileId, p.id);
        fillRow(item, p);
    }
    for (int c = 0; c < ColCount - 1; ++c)
        m_table->resizeColumnToContents(c);
    if (m_profiles.isEmpty())
        showMessage(tr("No environments for this project yet: Add… or Import URL…"));
}

void EnvironmentsPanel::fillRow(QTreeWidgetItem *item, const ConnectionProfile &p)
{
    item->setIcon(ColName, chip(QColor(p.effectiveColour()), p.production));
    QString name = p.name;
    if (p.production)
        name += tr("  [PRODUCTION]");
    if (p.readOnly)
        name += tr("  [read-only]");
    if (m_workspaceOnly.contains(p.name))
        name += tr("  (workspace)");
    item->setText(ColName, name);
    item->setToolTip(ColName, p.displayUrl());
    QFont f = item->font(ColName);
    f.setBold(p.production);
    item->setFont(ColName, f);
    if (!m_statuses.contains(p.name)) {
        item->setText(ColState, isRefreshing() ? tr("checking…") : tr("not checked"));
        return;
    }
    const EnvironmentStatus &st = m_statuses[p.name];
    QString state = EnvironmentStatus::stateName(st.state);
    if (st.state == EnvironmentStatus::State::Behind)
        state = tr("behind by %n", nullptr, int(st.pending.size()));
    item->setText(ColState, state);
    item->setToolTip(ColState, st.reason);
    const bool bad = st.state != EnvironmentStatus::State::UpToDate;
    item->setForeground(ColState, bad ? QBrush(QColor(st.state == EnvironmentStatus::State::Behind ? 0xbf8700 : 0xcf222e))
                                      : QBrush(QColor(0x2da44e)));
    item->setText(ColCurrent, st.current.join(QStringLiteral(", ")));
    item->setText(ColPending, st.pending.isEmpty() ? QString() : QString::number(st.pending.size()));
    item->setText(ColServer, st.state == EnvironmentStatus::State::Unreachable
                                     ? st.reason
                                     : st.identity.serverVersion + QStringLiteral(" — ") + st.identity.database
                                             + QLatin1Char('@') + st.identity.host);
    item->setText(ColChecked, st.checkedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

void EnvironmentsPanel::refresh()
{
    m_actionMessage = false; // a refresh asked for by the user reports itself
    startRefresh();
}

void EnvironmentsPanel::startRefresh()
{
    if (!m_project || m_profiles.isEmpty() || isRefreshing())
        return;
    if (!m_actionMessage)
        showMessage(tr("Checking %n environment(s)…", nullptr, int(m_profiles.size())));
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        m_table->topLevelItem(i)->setText(ColState, tr("checking…"));
    // Read every password asynchronously, then check all at once.
    auto passwords = std::make_shared<QHash<QString, QString>>();
    const QList<ConnectionProfile> profiles = m_profiles;
    m_pendingPasswordReads = int(profiles.size());
    QPointer<EnvironmentsPanel> guard(this);
    for (const ConnectionProfile &p : profiles) {
        m_secrets->read(p.id, [guard, passwords, profiles, id = p.id](const SecretStore::Answer &a) {
            EnvironmentsPanel *self = guard.data();
            if (!self)
                return;
            if (a.state == SecretStore::Answer::Found)
                passwords->insert(id, a.password);
            if (--self->m_pendingPasswordReads == 0) {
                if (self->m_secrets->keychainUnavailable() && !self->m_actionMessage)
                    self->showMessage(tr("No keychain is available here: passwords you enter are kept in memory "
                                         "until Strata quits, never written to disk."));
                self->m_refresher->refresh(profiles, *passwords, self->m_project);
            }
        });
    }
}

const ConnectionProfile *EnvironmentsPanel::selected() const
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return nullptr;
    for (const ConnectionProfile &p : m_profiles)
        if (p.id == item->data(ColName, RoleProfileId).toString())
            return &p;
    return nullptr;
}

void EnvironmentsPanel::saveProfile(const ConnectionProfile &profile, bool isNew, const QString &password)
{
    if (m_store.isDamaged()) {
        showMessage(tr("The profile file is damaged and kept for repair; nothing was saved."), true);
        return;
    }
    ConnectionProfile p = profile;
    if (isNew) {
        auto added = m_store.add(p);
        if (!added) {
            showMessage(added.error().message, true);
            return;
        }
        p = added.value();
    } else if (Status s = m_store.update(p); !s) {
        showMessage(s.error().message, true);
        return;
    }
    if (Status s = m_store.save(); !s) {
        showMessage(s.error().toString(), true);
        return;
    }
    if (!password.isEmpty()) {
        QPointer<EnvironmentsPanel> guard(this);
        m_secrets->write(p.id, password, [guard, name = p.name](const SecretStore::Answer &a) {
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
    reloadProfiles();
    if (password.isEmpty()) {
        showMessage(tr("Profile %1 saved.").arg(p.name), false, true);
        startRefresh();
    }
}

void EnvironmentsPanel::addProfile()
{
    ConnectionProfile p;
    if (m_project)
        p.project = m_project->config.rootDir;
    auto *dialog = new ProfileDialog(p, true, m_project, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveProfile(dialog->profile(), true, dialog->newPassword()); });
    dialog->open();
}

void EnvironmentsPanel::editSelected()
{
    const ConnectionProfile *p = selected();
    if (!p)
        return;
    // A workspace environment becomes one of the user's own when edited.
    const bool fromWorkspace = m_workspaceOnly.contains(p->name);
    auto *dialog = new ProfileDialog(*p, false, m_project, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fromWorkspace] {
        saveProfile(dialog->profile(), fromWorkspace, dialog->newPassword());
    });
    dialog->open();
}

void EnvironmentsPanel::removeSelected()
{
    const ConnectionProfile *sel = selected();
    if (!sel)
        return;
    const ConnectionProfile p = *sel;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove environment"),
                                tr("Remove the profile %1 and its password from the keychain?").arg(p.name),
                                QMessageBox::Yes | QMessageBox::No, this);
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
    m_secrets->remove(p.id, [guard, p](const SecretStore::Answer &a) {
        EnvironmentsPanel *self = guard.data();
        if (!self)
            return;
        if (a.state == SecretStore::Answer::Failed) {
            self->showMessage(a.message, true);
            return;
        }
        Status s = self->m_store.remove(p.id);
        if (s)
            s = self->m_store.save();
        if (!s)
            self->showMessage(s.error().toString(), true);
        self->m_statuses.remove(p.name);
        self->reloadProfiles();
        emit self->statusesChanged();
    });
}

void EnvironmentsPanel::importUrl()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Import from URL"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *name = new QLineEdit(dialog);
    auto *url = new QLineEdit(dialog);
    url->setEchoMode(QLineEdit::PasswordEchoOnEdit); // the URL may carry a password
    url->setPlaceholderText(QStringLiteral("postgresql+psycopg2://user:password@host:5432/db"));
    url->setMinimumWidth(420);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&URL:"), url);
    auto *note = new QLabel(tr("A password in the URL goes to the keychain, never into the profile file."), dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, url, note] {
        QString error;
        if (!addFromUrl(name->text().trimmed(), url->text(), {}, &error)) {
            note->setText(QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(error.toHtmlEscaped()));
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

bool EnvironmentsPanel::addFromUrl(const QString &name, const QString &url, const QStringList &envVars, QString *error)
{
    auto parsed = parseSqlAlchemyUrl(url, m_project ? m_project->config.rootDir : QString());
    if (!parsed) {
        *error = parsed.error().message;
        return false;
    }
    ConnectionProfile p = parsed->profile;
    p.name = name;
    p.urlEnvironmentVariables = envVars;
    if (m_project)
        p.project = m_project->config.rootDir;
    if (Status s = p.validate(); !s) {
        *error = s.error().message;
        return false;
    }
    if (m_store.find(name)) {
        *error = tr("a profile named '%1' already exists").arg(name);
        return false;
    }
    saveProfile(p, true, parsed->hasPassword ? parsed->password : QString());
    return true;
}

void EnvironmentsPanel::importEnv()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Import from .env files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *name = new QLineEdit(dialog);
    auto *files = new QLineEdit(dialog);
    files->setPlaceholderText(tr(".env, .env.local (later files override)"));
    auto *browse = new QPushButton(tr("Browse…"), dialog);
    auto *row = new QHBoxLayout;
    row->addWidget(files, 1);
    row->addWidget(browse);
    auto *var = new QLineEdit(QStringLiteral("DATABASE_URL"), dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Files:"), row);
    form->addRow(tr("URL &variable:"), var);
    auto *note = new QLabel(tr("The password found goes to the keychain; the profile keeps the variable name so "
                               "Alembic's env.py gets the URL the same way."),
                            dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    if (m_project)
        files->setText(QDir(m_project->config.rootDir).absoluteFilePath(QStringLiteral(".env")));
    connect(browse, &QPushButton::clicked, dialog, [dialog, files] {
        auto *fd = new QFileDialog(dialog, tr("Choose .env files"));
        fd->setAttribute(Qt::WA_DeleteOnClose);
        fd->setFileMode(QFileDialog::ExistingFiles);
        fd->setOption(QFileDialog::DontResolveSymlinks);
        fd->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        connect(fd, &QFileDialog::filesSelected, files,
                [files](const QStringList &chosen) { files->setText(chosen.join(QStringLiteral(", "))); });
        fd->open();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, files, var, note] {
        QStringList paths;
        for (const QString &f : files->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            paths << f.trimmed();
        auto values = DotEnv::loadFiles(paths, DotEnv::processEnvironment());
        QString error;
        if (!values)
            error = values.error().toString();
        else if (values->value(var->text().trimmed()).isEmpty())
            error = tr("%1 is not set in these files").arg(var->text().trimmed());
        else if (addFromUrl(name->text().trimmed(), values->value(var->text().trimmed()), { var->text().trimmed() },
                            &error))
            dialog->accept();
        if (!error.isEmpty())
            note->setText(QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(error.toHtmlEscaped()));
    });
    dialog->open();
}

void EnvironmentsPanel::importIni()
{
    if (!m_project || !m_project->config.configFile.endsWith(QStringLiteral(".ini"))) {
        showMessage(tr("This project has no alembic.ini to import from."), true, true);
        return;
    }
    const ProjectConfig &cfg = m_project->config;
    auto ini = IniFile::load(cfg.configFile, { { QStringLiteral("here"), cfg.rootDir } });
    if (!ini) {
        showMessage(ini.error().toString(), true, true);
        return;
    }
    auto url = ini->value(cfg.section, QStringLiteral("sqlalchemy.url"));
    if (!url || url->trimmed().isEmpty()) {
        showMessage(tr("[%1] in %2 has no sqlalchemy.url (env.py may build the URL itself): add the profile by "
                       "hand.")
                            .arg(cfg.section, cfg.configFile),
                    true, true);
        return;
    }
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Import from alembic.ini"));
    input->setLabelText(tr("Name for the environment at %1:").arg(maskUrlPassword(url.value())));
    input->setTextValue(QStringLiteral("local"));
    connect(input, &QInputDialog::textValueSelected, this, [this, u = url.value()](const QString &name) {
        QString error;
        if (!addFromUrl(name.trimmed(), u, {}, &error))
            showMessage(error, true, true);
    });
    input->open();
}

void EnvironmentsPanel::setPasswordForSelected()
{
    if (const ConnectionProfile *sel = selected())
        askPassword(*sel);
}

void EnvironmentsPanel::askPassword(const ConnectionProfile &p)
{
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Password for %1").arg(p.name));
    input->setLabelText(m_secrets->keychainUnavailable()
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
    m_secrets->remove(p.id, [guard](const SecretStore::Answer &) {
        if (EnvironmentsPanel *self = guard.data()) {
            self->showMessage(tr("Password removed."), false, true);
            self->startRefresh();
        }
    });
}

QString EnvironmentsPanel::toCsv() const
{
    QStringList lines;
    lines << QStringLiteral("environment,kind,production,url,state,current,pending,server,database,checked_at,reason");
    for (const ConnectionProfile &p : m_profiles) {
        const EnvironmentStatus st = m_statuses.value(p.name);
        const bool checked = m_statuses.contains(p.name);
        lines << QStringList { csvField(p.name), ConnectionProfile::kindName(p.kind),
                               p.production ? QStringLiteral("yes") : QStringLiteral("no"), csvField(p.displayUrl()),
                               checked ? EnvironmentStatus::stateName(st.state) : QStringLiteral("not-checked"),
                               csvField(st.current.join(QLatin1Char(' '))), QString::number(st.pending.size()),
                               csvField(st.identity.serverVersion), csvField(st.identity.database),
                               checked ? st.checkedAt.toString(Qt::ISODate) : QString(), csvField(st.reason) }
                         .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
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
