#pragma once

#include "CodeHighlighter.h"

#include "common/Finding.h"

#include <QMap>
#include <QPlainTextEdit>

namespace strata {

// A read-only code view with line numbers in a gutter and highlighting from
// CodeHighlighter (KSyntaxHighlighting or Strata's lexers).
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);
    void setCode(const QString &text, CodeLanguage language);
    CodeHighlighter *highlighter() const { return m_highlighter; }
    int gutterWidth() const;

    // A mark in the gutter at a line (1-based): a coloured dot for the worst
    // severity there, the line tinted, and the text as the line's tooltip.
    struct LineMark
    {
        Severity severity = Severity::Warning;
        QString text;
    };
    void setMarks(const QMap<int, LineMark> &marks);
    const QMap<int, LineMark> &marks() const { return m_marks; }
    // Scrolls to a line and selects it.
    void goToLine(int line);
    // The line (1-based) at a point of the viewport, or 0.
    int lineAt(const QPoint &viewportPoint) const;

protected:
    bool viewportEvent(QEvent *event) override;

    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CodeGutter;
    void paintGutter(QPaintEvent *event);
    bool gutterEvent(QEvent *event);
    void updateTints();

    QWidget *m_gutter;
    CodeHighlighter *m_highlighter;
    QMap<int, LineMark> m_marks;
};

} // namespace strata
