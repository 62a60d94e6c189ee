#include "EnvironmentsModel.h"

#include "Colours.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace strata {

namespace {

// The state as the table shows it (the CLI's names, in the program's language).
QString stateTitle(EnvironmentStatus::State s)
{
    using State = EnvironmentStatus::State;
    switch (s) {
    case State::UpToDate: return EnvironmentsModel::tr("up-to-date");
    case State::Behind: return EnvironmentsModel::tr("behind");
    case State::UnknownRevision: return EnvironmentsModel::tr("unknown-revision");
    case State::Overlap: return EnvironmentsModel::tr("overlap");
    case State::MultipleHeads: return EnvironmentsModel::tr("multiple-heads");
    case State::Unversioned: return EnvironmentsModel::tr("unversioned");
    case State::Empty: return EnvironmentsModel::tr("empty");
    case State::Unreachable: return EnvironmentsModel::tr("unreachable");
    case State::AuthenticationFailed: return EnvironmentsModel::tr("authentication-failed");
    case State::NoPrivilege: return EnvironmentsModel::tr("no-privilege");
    }
    return EnvironmentStatus::stateName(s);
}

QIcon chip(const QColor &colour, bool production, const QPalette &palette)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(production ? QPen(Colours::danger(palette), 2.5) : QPen(colour.darker(130), 1));
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

EnvironmentsModel::EnvironmentsModel(QObject *parent) : QAbstractTableModel(parent) { }

void EnvironmentsModel::setProfiles(const QList<ConnectionProfile> &profiles, const QStringList &workspaceOnly)
{
    beginResetModel();
    m_profiles = profiles;
    m_workspaceOnly = QSet<QString>(workspaceOnly.cbegin(), workspaceOnly.cend());
    // Statuses of profiles that are gone go with them; renamed ones keep theirs.
    QHash<QString, EnvironmentStatus> kept;
    for (const ConnectionProfile &p : profiles)
        if (m_statuses.contains(p.id)) {
            EnvironmentStatus st = m_statuses.value(p.id);
            st.profileName = p.name;
            kept.insert(p.id, st);
        }
    m_statuses = kept;
    endResetModel();
}

void EnvironmentsModel::setStatus(const EnvironmentStatus &status)
{
    const int row = rowOf(status.profileId);
    if (row < 0)
        return;
    m_statuses.insert(status.profileId, status);
    m_checking.remove(status.profileId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColCount - 1));
}

void EnvironmentsModel::setDrift(const QString &profileId, int count, const QString &detail)
{
    m_drift.insert(profileId, DriftBadge { count, detail });
    const int row = rowOf(profileId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, ColState), index(row, ColState));
}

void EnvironmentsModel::setProblems(const QHash<QString, int> &counts)
{
    m_problems = counts;
    if (!m_profiles.isEmpty())
        Q_EMIT dataChanged(index(0, ColState), index(int(m_profiles.size()) - 1, ColState));
}

void EnvironmentsModel::forget(const QString &profileId)
{
    m_statuses.remove(profileId);
    m_drift.remove(profileId);
    const int row = rowOf(profileId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColCount - 1));
}

void EnvironmentsModel::clearStatuses()
{
    // The rows stay (and the selection with them); only what they say changes.
    m_statuses.clear();
    m_drift.clear();
    m_problems.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void EnvironmentsModel::setChecking(const QList<ConnectionProfile> &profiles)
{
    for (const ConnectionProfile &p : profiles)
        m_checking.insert(p.id);
    if (!m_profiles.isEmpty())
        Q_EMIT dataChanged(index(0, ColState), index(int(m_profiles.size()) - 1, ColState));
}

const ConnectionProfile *EnvironmentsModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

int EnvironmentsModel::rowOf(const QString &profileId) const
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).id == profileId)
            return i;
    return -1;
}

int EnvironmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int EnvironmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant EnvironmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColName: return tr("Environment");
    case ColState: return tr("State");
    case ColCurrent: return tr("Current");
    case ColPending: return tr("Pending");
    case ColServer: return tr("Server");
    case ColChecked: return tr("Checked");
    }
    return {};
}

QVariant EnvironmentsModel::data(const QModelIndex &index, int role) const
{
    const ConnectionProfile *p = profileAt(index.row());
    if (!p)
        return {};
    if (role == ProfileIdRole)
        return p->id;
    const auto it = m_statuses.constFind(p->id);
    const bool checked = it != m_statuses.constEnd();
    const QPalette palette = QApplication::palette();
    switch (index.column()) {
    case ColName:
        if (role == Qt::DisplayRole) {
            QString name = p->name;
            if (p->production)
                name += tr("  [PRODUCTION]");
            if (p->readOnly)
                name += tr("  [read-only]");
            if (m_workspaceOnly.contains(p->name))
                name += tr("  (workspace)");
            return name;
        }
        if (role == Qt::ToolTipRole) // in full when a narrow dock elides the name
            return QString(data(index, Qt::DisplayRole).toString().trimmed() + QLatin1Char('\n') + p->displayUrl());
        if (role == Qt::DecorationRole)
            return chip(QColor(p->effectiveColour()), p->production, palette);
        if (role == Qt::FontRole && p->production) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case ColState:
        if (role == Qt::DisplayRole) {
            if (m_checking.contains(p->id))
                return tr("checking…");
            if (!checked)
                return tr("not checked");
            QString text = it->state == EnvironmentStatus::State::Empty
                    ? tr("empty, %n pending", nullptr, int(it->pending.size()))
                    : stateTitle(it->state);
            if (it->state == EnvironmentStatus::State::Behind)
                text = tr("behind by %n", nullptr, int(it->pending.size()));
            if (auto d = m_drift.constFind(p->id); d != m_drift.constEnd())
                text += d->count < 0 ? tr(" · drift unknown")
                        : d->count == 0 ? tr(" · no drift")
                                        : tr(" · drift: %n", nullptr, d->count);
            if (const int problems = m_problems.value(p->id); problems > 0)
                text += tr(" · %n problem(s)", nullptr, problems);
            return text;
        }
        if (role == Qt::ToolTipRole && checked) {
            if (auto d = m_drift.constFind(p->id); d != m_drift.constEnd() && !d->detail.isEmpty())
                return QString(it->reason + QStringLiteral("\n\n") + tr("Drift from the models:") + QLatin1Char('\n') + d->detail);
            return it->reason;
        }
        if (role == Qt::ForegroundRole && checked) {
            if (it->state == EnvironmentStatus::State::UpToDate)
                return Colours::ok(palette);
            return (it->state == EnvironmentStatus::State::Behind || it->state == EnvironmentStatus::State::Empty)
                    ? Colours::warning(palette)
                    : Colours::danger(palette);
        }
        return {};
    case ColCurrent:
        // Short ids (12 characters, as the graph shows them); the full ones in the tooltip.
        if (role == Qt::DisplayRole && checked) {
            QStringList shortIds;
            for (const QString &id : it->current)
                shortIds << (id.size() > 12 ? id.left(12) + QChar(0x2026) : id);
            return shortIds.join(QStringLiteral(", "));
        }
        if (role == Qt::ToolTipRole && checked)
            return it->current.join(QStringLiteral(", "));
        if (role == Qt::FontRole) {
            QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            return f;
        }
        return {};
    case ColPending:
        if (role == Qt::DisplayRole && checked && !it->pending.isEmpty())
            return QString::number(it->pending.size());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ColServer:
        if (!checked)
            return {};
        if (role == Qt::DisplayRole) {
            // A trouble's reason is said here, not only in a tooltip.
            const bool fine = it->state == EnvironmentStatus::State::UpToDate || it->state == EnvironmentStatus::State::Behind
                    || it->state == EnvironmentStatus::State::Empty;
            return fine ? it->identity.serverVersion + QStringLiteral(" — ") + it->identity.database + QLatin1Char('@')
                            + it->identity.host
                        : it->reason;
        }
        if (role == Qt::ToolTipRole)
            return it->reason;
        return {};
    case ColChecked:
        if (role == Qt::DisplayRole && checked)
            return it->checkedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        return {};
    }
    return {};
}

QString EnvironmentsModel::toCsv() const
{
    QStringList lines;
    lines << QStringLiteral("environment,kind,production,url,state,current,pending,server,database,checked_at,reason");
    for (const ConnectionProfile &p : m_profiles) {
        const EnvironmentStatus st = m_statuses.value(p.id);
        const bool checked = m_statuses.contains(p.id);
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

} // namespace strata
