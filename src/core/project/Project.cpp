#include "Project.h"

#include "common/Logging.h"
#include "revision/HeaderParser.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace strata {

QString Project::relativePath(const QString &absolute) const
{
    if (absolute.isEmpty())
        return absolute;
    const QString rel = QDir(config.rootDir).relativeFilePath(absolute);
    return rel.startsWith(QStringLiteral("../")) ? absolute : rel;
}

namespace {

bool isCandidate(const QString &name)
{
    // Alembic: (?!\.\#|__init__)(.*\.py)$
    return name.endsWith(QStringLiteral(".py")) && !name.startsWith(QStringLiteral(".#"))
            && !name.startsWith(QStringLiteral("__init__"));
}

void listInto(const QString &dir, bool recursive, QStringList *out)
{
    const QDir d(dir);
    QStringList files = d.entryList(QDir::Files | QDir::Hidden, QDir::NoSort);
    std::sort(files.begin(), files.end()); // Python's sorted(): code point order
    for (const QString &f : std::as_const(files))
        if (isCandidate(f))
            out->append(d.absoluteFilePath(f));
    if (!recursive)
        return;
    QStringList dirs = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::NoSort);
    std::sort(dirs.begin(), dirs.end());
    for (const QString &sub : std::as_const(dirs)) {
        if (sub.endsWith(QStringLiteral("__pycache__")))
            continue;
        listInto(d.absoluteFilePath(sub), recursive, out);
    }
}

} // namespace

QStringList listVersionFiles(const QString &location, bool recursive)
{
    QStringList out;
    listInto(location, recursive, &out);
    return out;
}

Result<ProjectPtr> loadProject(const QString &path, const QString &section, const ProgressFn &progress,
                               const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto cfg = loadProjectConfig(path, section);
    if (!cfg)
        return cfg.error();

    auto project = std::make_shared<Project>();
    project->config = std::move(cfg.value());

    // Collect files in Alembic's order, skipping duplicates reached twice.
    QStringList files;
    QStringList relNames;
    QSet<QString> seen;
    for (const QString &loc : std::as_const(project->config.versionLocations)) {
        if (!QFileInfo(loc).isDir()) {
            project->config.findings.append(Finding { Severity::Error, QStringLiteral("missing-versions-directory"),
                                                      QStringLiteral("the versions directory %1 does not exist")
                                                              .arg(loc),
                                                      loc, 0, {} });
            continue;
        }
        for (const QString &f : listVersionFiles(loc, project->config.recursiveVersionLocations)) {
            const QString real = QFileInfo(f).canonicalFilePath();
            if (seen.contains(real)) {
                project->config.findings.append(
                        Finding { Severity::Warning, QStringLiteral("file-loaded-twice"),
                                  QStringLiteral("%1 is reached through two version locations; it is read once")
                                          .arg(f),
                                  f, 0, {} });
                continue;
            }
            seen.insert(real);
            files << f;
            relNames << QDir(loc).relativeFilePath(f);
        }
    }

    QList<RevisionScript> scripts;
    scripts.reserve(files.size());
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("loading was cancelled"));
        QFile file(files.at(i));
        if (!file.open(QIODevice::ReadOnly)) {
            RevisionScript s;
            s.path = files.at(i);
            s.fileName = relNames.at(i);
            s.findings.append(Finding { Severity::Error, QStringLiteral("unreadable-file"),
                                        QStringLiteral("cannot read the file: %1").arg(file.errorString()),
                                        files.at(i), 0, {} });
            scripts.append(std::move(s));
            continue;
        }
        scripts.append(HeaderParser::parse(file.readAll(), files.at(i), relNames.at(i)));
        if (progress && (i % 64 == 0 || i + 1 == files.size()))
            progress(i + 1, int(files.size()));
    }
    project->graph = RevisionGraph::build(std::move(scripts));
    project->findings = project->config.findings + project->graph.findings();
    qCDebug(lcProject) << "loaded" << files.size() << "files in" << timer.elapsed() << "ms";
    return ProjectPtr(project);
}

} // namespace strata
