#pragma once

#include "diagnose/Doctor.h"
#include "run/Bridge.h"

#include <QHash>
#include <QList>
#include <QString>

namespace strata {

struct DoctorRequest
{
    ProjectPtr project;
    QList<ConnectionProfile> profiles; // the environments to examine
    QHash<QString, QString> passwords; // by profile id
    std::optional<PythonChoice> python;
    QString pythonError; // why there is none
    QString journalPath; // empty: the default journal
    int connectTimeout = 5;
};

// Gathers what the doctor needs, at once and read-only: every environment's
// status (concurrently) and, on PostgreSQL, its sessions and locks; the
// journal's runs; one probe of the project's Python; passwords in clear in
// alembic.ini and .env files; for an unknown revision, the commits of the
// project's git history that hold it. Then Doctor::diagnose.
class DoctorService
{
public:
    static DoctorFacts gather(const DoctorRequest &request);
    static QList<Diagnosis> examine(const DoctorRequest &request) { return Doctor::diagnose(gather(request)); }
};

} // namespace strata
