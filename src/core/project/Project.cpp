#include "Project.h"

#include "common/Logging.h"
#include "revision/HeaderParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <numeric>
#include <string>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#endif

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

// Candidate file names (sorted) and sub-directories of one directory. On
// Unix, readdir's d_type avoids a stat per file (10,000-file directories are
// common), and raw names sort byte-wise: UTF-8 byte order is code point
// order, which is what Python's sorted() uses.
void readDirectory(const QString &dir, QStringList *files, QStringList *dirs, QStringList *linkedDirs)
{
#ifdef Q_OS_UNIX
    if (DIR *d = ::opendir(QFile::encodeName(dir).constData())) {
        std::vector<std::string> names;
        while (const dirent *e = ::readdir(d)) {
            const char *n = e->d_name;
            if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
                continue;
            unsigned char type = e->d_type;
            if (type == DT_LNK || type == DT_UNKNOWN) {
                const QFileInfo fi(dir + QLatin1Char('/') + QFile::decodeName(n));
                // A link to a directory is not walked into, as Alembic's walk
                // does not follow links (two links pointing up would make the
                // walk endless); it is said instead.
                if (fi.isSymLink() && fi.isDir()) {
                    linkedDirs->append(QFile::decodeName(n));
                    continue;
                }
                type = fi.isDir() ? DT_DIR : fi.isFile() ? DT_REG : DT_UNKNOWN;
            }
            if (type == DT_REG) {
                const QByteArrayView name(n);
                if (name.endsWith(".py") && !name.startsWith(".#") && !name.startsWith("__init__"))
                    names.emplace_back(n);
            } else if (type == DT_DIR) {
                dirs->append(QFile::decodeName(n));
            }
        }
        ::closedir(d);
        std::sort(names.begin(), names.end());
        files->reserve(qsizetype(names.size()));
        for (const std::string &n : names)
            files->append(QFile::decodeName(QByteArray::fromRawData(n.data(), qsizetype(n.size()))));
        std::sort(dirs->begin(), dirs->end());
        return;
    }
#endif
    const QDir d(dir);
    for (const QString &f : d.entryList(QDir::Files | QDir::Hidden, QDir::NoSort))
        if (isCandidate(f))
            files->append(f);
    std::sort(files->begin(), files->end());
    for (const QString &sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::NoSort))
        (QFileInfo(d.absoluteFilePath(sub)).isSymLink() ? linkedDirs : dirs)->append(sub);
    std::sort(dirs->begin(), dirs->end());
}

void listInto(const QString &dir, bool recursive, QStringList *out, QStringList *links)
{
    QStringList files, dirs, linkedDirs;
    readDirectory(dir, &files, &dirs, &linkedDirs);
    const QString prefix = dir + QLatin1Char('/');
    for (const QString &f : std::as_const(files))
        out->append(prefix + f);
    if (!recursive)
        return;
    for (const QString &l : std::as_const(linkedDirs))
        links->append(prefix + l);
    for (const QString &sub : std::as_const(dirs)) {
        if (sub.endsWith(QStringLiteral("__pycache__")))
            continue;
        listInto(prefix + sub, recursive, out, links);
    }
}

} // namespace

namespace {

#ifdef Q_OS_UNIX
bool readAllFromFd(int fd, QByteArray *out, QString *error)
{
    QByteArray buf(32 * 1024, Qt::Uninitialized);
    qsizetype used = 0;
    for (;;) {
        if (used == buf.size())
            buf.resize(buf.size() * 2);
        const ssize_t r = ::read(fd, buf.data() + used, size_t(buf.size() - used));
        if (r < 0) {
            if (errno == EINTR)
                continue;
            *error = qt_error_string(errno);
            return false;
        }
        if (r == 0)
            break;
        used += r;
        // A regular file returns less than asked only at its end: skip the
        // extra read() that would just confirm it (a quarter of the syscalls).
        if (used < buf.size())
            break;
    }
    buf.truncate(used);
    *out = std::move(buf);
    return true;
}
#endif

} // namespace

bool readWholeFile(const QString &path, QByteArray *out, QString *error)
{
#ifdef Q_OS_UNIX
    // Plain open/read: QFile would stat the file three times first, which is
    // most of the system time when opening 10,000 scripts.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = qt_error_string(errno);
        return false;
    }
    const bool ok = readAllFromFd(fd, out, error);
    ::close(fd);
    return ok;
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *out = file.readAll();
    return true;
#endif
}

DirectoryHandles::DirectoryHandles(const QStringList &files)
{
    m_entries.reserve(size_t(files.size()));
    QString lastDir;
    for (const QString &f : files) {
        const int slash = int(f.lastIndexOf(QLatin1Char('/')));
        const QString dir = f.left(slash);
        if (m_dirs.empty() || dir != lastDir) {
            int fd = -1;
#ifdef Q_OS_UNIX
            fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
#endif
            m_dirs.push_back(fd);
            lastDir = dir;
        }
        m_entries.push_back(Entry { int(m_dirs.size()) - 1, QFile::encodeName(f.mid(slash + 1)), f });
    }
}

DirectoryHandles::~DirectoryHandles()
{
#ifdef Q_OS_UNIX
    for (int fd : m_dirs)
        if (fd >= 0)
            ::close(fd);
#endif
}

bool DirectoryHandles::read(int i, QByteArray *out, QString *error) const
{
    const Entry &e = m_entries[size_t(i)];
#ifdef Q_OS_UNIX
    const int dirFd = m_dirs[size_t(e.dir)];
    if (dirFd >= 0) {
        const int fd = ::openat(dirFd, e.name.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            *error = qt_error_string(errno);
            return false;
        }
        const bool ok = readAllFromFd(fd, out, error);
        ::close(fd);
        return ok;
    }
#endif
    return readWholeFile(e.path, out, error);
}

namespace {

// With sourceless = true Alembic also loads revisions kept only as bytecode
// (x.pyc beside no x.py, and __pycache__ files of no source here). Strata
// reads source only, so each is named: the graph lacks those revisions.
void findBytecodeOnly(const QString &dir, bool recursive, QStringList *out)
{
    const QDir d(dir);
    const QStringList entries = d.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QSet<QString> sourceStems;
    for (const QString &f : entries)
        if (f.endsWith(QLatin1String(".py")))
            sourceStems.insert(f.section(QLatin1Char('.'), 0, 0));
    for (const QString &f : entries)
        if ((f.endsWith(QLatin1String(".pyc")) || f.endsWith(QLatin1String(".pyo"))) && isCandidate(f.chopped(1))
            && !sourceStems.contains(f.section(QLatin1Char('.'), 0, 0)))
            out->append(d.absoluteFilePath(f));
    const QDir cache(d.absoluteFilePath(QStringLiteral("__pycache__")));
    if (cache.exists())
        for (const QString &f : cache.entryList(QDir::Files | QDir::Hidden, QDir::Name))
            if (!sourceStems.contains(f.section(QLatin1Char('.'), 0, 0))
                && isCandidate(f.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".py")))
                out->append(cache.absoluteFilePath(f));
    if (!recursive)
        return;
    for (const QString &sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name))
        if (!sub.endsWith(QLatin1String("__pycache__")) && !QFileInfo(d.absoluteFilePath(sub)).isSymLink())
            findBytecodeOnly(d.absoluteFilePath(sub), recursive, out);
}

} // namespace

QStringList listVersionFiles(const QString &location, bool recursive, QStringList *linkedDirectories)
{
    QStringList out;
    QStringList links;
    listInto(QDir::cleanPath(location), recursive, &out, &links);
    if (linkedDirectories)
        *linkedDirectories = links;
    return out;
}

bool readsDifferentlyAs(const Project &project, const QString &alembicVersion)
{
    if (alembicVersion.isEmpty())
        return false;
    for (const Finding &gap : alembicFeatureGaps(project.config, alembicVersion))
        if (gap.severity == Severity::Error)
            return false;
    using Kind = AlembicFeature::Kind;
    for (const AlembicFeature &f : project.config.alembicFeatures)
        if (f.kind != Kind::TemplateSubfolder && compareAlembicVersions(alembicVersion, f.since()) < 0)
            return true;
    if (alembicTakesColonInIds(alembicVersion))
        for (const RevisionScript &s : project.graph.scripts())
            if (s.isRevision && s.id().contains(QLatin1Char(':')))
                return true;
    return false;
}

Result<ProjectPtr> loadProject(const QString &path, const QString &section, const ProgressFn &progress,
                               const CancelToken &cancel, const QString &alembicVersion)
{
    QElapsedTimer timer;
    timer.start();
    auto cfg = loadProjectConfig(path, section, alembicVersion);
    if (!cfg)
        return cfg.error();

    auto project = std::make_shared<Project>();
    project->config = std::move(cfg.value());

    // Collect files in Alembic's order, skipping duplicates reached twice.
    QStringList files;
    QStringList relNames;
    QSet<QString> seen;
    // The same file can only be reached twice through several locations or
    // symlinked sub-directories; only then is the realpath of each file needed.
    const bool mayRepeat = project->config.versionLocations.size() > 1 || project->config.recursiveVersionLocations;
    for (const QString &loc : std::as_const(project->config.versionLocations)) {
        if (!QFileInfo(loc).isDir()) {
            project->config.findings.append(Finding { Severity::Error, QStringLiteral("missing-versions-directory"),
                                                      QCoreApplication::translate("strata::Project", "the versions directory %1 does not exist")
                                                              .arg(loc),
                                                      loc, 0, {} });
            continue;
        }
        const QString base = QDir::cleanPath(loc);
        QStringList links;
        const QStringList listed = listVersionFiles(base, project->config.recursiveVersionLocations, &links);
        for (const QString &link : std::as_const(links))
            project->config.findings.append(
                    Finding { Severity::Warning, QStringLiteral("directory-link-not-followed"),
                              QCoreApplication::translate("strata::Project", "%1 is a link to a directory; Alembic does not walk into linked "
                                             "directories, so neither does Strata: revisions there are not loaded")
                                      .arg(link.mid(base.size() + 1)),
                              link, 0, {} });
        if (project->config.sourceless) {
            QStringList bytecode;
            findBytecodeOnly(base, project->config.recursiveVersionLocations, &bytecode);
            for (const QString &b : std::as_const(bytecode))
                project->config.findings.append(
                        Finding { Severity::Error, QStringLiteral("bytecode-only-revision"),
                                  QCoreApplication::translate("strata::Project", "%1 has no .py source; Alembic loads it (sourceless = true) but "
                                                 "Strata reads only source, so a revision it holds is missing from "
                                                 "the graph: heads, plans and status may be wrong")
                                          .arg(QFileInfo(b).fileName()),
                                  b, 0, {} });
        }
        for (const QString &f : listed) {
            const QString real = mayRepeat ? QFileInfo(f).canonicalFilePath() : QString();
            if (mayRepeat && seen.contains(real)) {
                project->config.findings.append(
                        Finding { Severity::Warning, QStringLiteral("file-loaded-twice"),
                                  QCoreApplication::translate("strata::Project", "%1 is reached through two version locations; it is read once")
                                          .arg(f),
                                  f, 0, {} });
                continue;
            }
            if (mayRepeat)
                seen.insert(real);
            files << f;
            relNames << f.mid(base.size() + 1);
        }
    }

    const qint64 listedAt = timer.elapsed();
    // Reading and parsing are independent per file: spread them over the
    // cores in blocks, checking for cancellation and reporting progress
    // between blocks (from this thread only).
    const int total = int(files.size());
    // Parsed straight into the list the graph takes (one array of 10,000
    // scripts at the peak, not two); workers write distinct elements through
    // the data pointer, so the list never detaches under them.
    QList<RevisionScript> scripts(total);
    RevisionScript *parsed = scripts.data();
    // Each directory is opened once and files are opened relative to it: the
    // kernel then resolves one path component per file instead of all of them.
    DirectoryHandles dirs(files);
    auto parseOne = [&files, &relNames, parsed, &dirs](int i) {
        QByteArray bytes;
        QString error;
        if (!dirs.read(i, &bytes, &error)) {
            RevisionScript s;
            s.path = files.at(i);
            s.fileName = relNames.at(i);
            s.findings.append(Finding { Severity::Error, QStringLiteral("unreadable-file"),
                                        QCoreApplication::translate("strata::Project", "cannot read the file: %1").arg(error), files.at(i), 0, {} });
            parsed[i] = std::move(s);
            return;
        }
        parsed[i] = HeaderParser::parse(bytes, files.at(i), relNames.at(i));
    };
    QThreadPool pool;
    // Two threads per core: much of each file's time is spent in open/read/close.
    pool.setMaxThreadCount(2 * std::max(1, QThread::idealThreadCount()));
    constexpr int Block = 1024;
    std::vector<int> indexes;
    for (int start = 0; start < total; start += Block) {
        if (cancel && cancel->isCancelled())
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("strata::Project", "loading was cancelled"));
        const int end = std::min(total, start + Block);
        if (end - start < 64 || pool.maxThreadCount() == 1) {
            for (int i = start; i < end; ++i)
                parseOne(i);
        } else {
            indexes.resize(size_t(end - start));
            std::iota(indexes.begin(), indexes.end(), start);
            QtConcurrent::blockingMap(&pool, indexes, [&parseOne](int i) { parseOne(i); });
        }
        if (progress)
            progress(end, total);
    }
    const qint64 parsedAt = timer.elapsed();
    project->graph = RevisionGraph::build(std::move(scripts), alembicVersion);
    project->findings = project->config.findings + project->graph.findings();
    qCDebug(lcProject) << "loaded" << files.size() << "files in" << timer.elapsed() << "ms: listed at" << listedAt
                       << "ms, parsed at" << parsedAt << "ms";
    return ProjectPtr(project);
}

} // namespace strata
