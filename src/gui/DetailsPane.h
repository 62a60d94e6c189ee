#pragma once

#include "project/Project.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace strata {

class CodeHighlighter;

// Metadata and highlighted source of the selected revision script. The file
// is read on a worker thread; a newer selection supersedes an older read.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showRevision(const ProjectPtr &project, int node);
    void clear();
    QString sourceText() const;
    QString metadataText() const;

signals:
    void sourceLoaded();

private:
    QLabel *m_meta;
    QPlainTextEdit *m_source;
    CodeHighlighter *m_highlighter;
    QFutureWatcher<QString> m_reader;
    int m_generation = 0;
};

} // namespace strata
