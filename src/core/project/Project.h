#pragma once

#include "common/CancelFlag.h"
#include "common/Result.h"
#include "project/ProjectConfig.h"
#include "revision/RevisionGraph.h"

#include <functional>
#include <memory>
#include <vector>

namespace strata {

// An opened Alembic project: its configuration and its revision graph.
struct Project
{
    ProjectConfig config;
    RevisionGraph graph;
    Findings findings; // configuration findings followed by the graph's

    // Path of a file relative to the project root, for display and stable JSON.
    QString relativePath(const QString &absolute) const;
};

using ProjectPtr = std::shared_ptr<const Project>;

// Whether the given Alembic reads this project (read as the newest Alembic
// does) into another graph: ':' in ids before 1.17.1, recursive version
// locations before 1.10, path_separator or [tool.alembic] settings before
// 1.16. False when that Alembic does not find the project at all (then the
// newest reading is shown, with the gap as an error).
bool readsDifferentlyAs(const Project &project, const QString &alembicVersion);

// Progress: (files done, files total). Called from the loading thread.
using ProgressFn = std::function<void(int, int)>;

// Lists the revision script candidates of one version location the way
// Alembic does (sorted names, '__init__' and '.#' files skipped, sorted
// sub-directories when recursive, __pycache__ ignored, links to directories
// not followed: those go to *linkedDirectories).
QStringList listVersionFiles(const QString &location, bool recursive, QStringList *linkedDirectories = nullptr);

// Reads a whole file; on failure *error says why (e.g. "Permission denied").
bool readWholeFile(const QString &path, QByteArray *out, QString *error);

// Opens each distinct parent directory of a list of files once, so that the
// files can be read relative to it (openat) from any thread.
class DirectoryHandles
{
public:
    explicit DirectoryHandles(const QStringList &files);
    ~DirectoryHandles();
    DirectoryHandles(const DirectoryHandles &) = delete;
    DirectoryHandles &operator=(const DirectoryHandles &) = delete;
    // Reads files[i] whole; on failure *error says why.
    bool read(int i, QByteArray *out, QString *error) const;

private:
    struct Entry
    {
        int dir;
        QByteArray name; // file name in the local 8-bit encoding
        QString path;
    };
    std::vector<int> m_dirs; // file descriptors, -1 where the directory could not be opened
    std::vector<Entry> m_entries;
};

// Reads configuration and every revision script statically, builds and
// validates the graph. Safe to call on any thread; never runs Python.
// alembicVersion: read the configuration as that Alembic does (loadProjectConfig).
Result<ProjectPtr> loadProject(const QString &path, const QString &section = QStringLiteral("alembic"),
                               const ProgressFn &progress = {}, const CancelToken &cancel = {},
                               const QString &alembicVersion = {});

} // namespace strata
