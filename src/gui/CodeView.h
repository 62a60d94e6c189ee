#pragma once

#include "text/SyntaxHighlighting.h"

#include <QPlainTextEdit>

namespace strata {

class CodeHighlighter;

// A read-only code view with line numbers in a gutter and highlighting from
// Strata's lexers (Python, SQL).
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);
    void setCode(const QString &text, SourceLanguage language);
    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CodeGutter;
    void paintGutter(QPaintEvent *event);

    QWidget *m_gutter;
    CodeHighlighter *m_highlighter;
};

} // namespace strata
