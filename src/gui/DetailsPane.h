#pragma once

#include "project/Project.h"
#include "CodeHighlighter.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace strata {

// Metadata and highlighted source of the selected revision script. The file
// is read on a worker thread; a newer selection supersedes an older read.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showRevision(const ProjectPtr &project, int node);
    // Any project file (a finding's), scrolled to line (1-based; 0: the top).
    void showFile(const QString &path, int line);
    int cursorLine() const;
    void clear();
    QString sourceText() const;
    QString metadataText() const;
    CodeHighlighter *highlighter() const { return m_highlighter; }
    QPlainTextEdit *sourceView() const { return m_source; }

signals:
    void sourceLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_meta;
    QPlainTextEdit *m_source;
    CodeHighlighter *m_highlighter;
    QFutureWatcher<QString> m_reader;
    int m_generation = 0;
    int m_lineAfterLoad = 0;
    CodeLanguage m_languageAfterLoad = CodeLanguage::Python;
    void startReading(const QString &path);
};

} // namespace strata
