#include "CodeView.h"

#include "CodeHighlighter.h"
#include "Colours.h"

#include <QHelpEvent>
#include <QToolTip>

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace strata {

class CodeGutter : public QWidget
{
public:
    explicit CodeGutter(CodeView *view) : QWidget(view), m_view(view) { }
    QSize sizeHint() const override { return { m_view->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }
    bool event(QEvent *event) override { return m_view->gutterEvent(event) || QWidget::event(event); }

private:
    CodeView *m_view;
};

CodeView::CodeView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new CodeGutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new CodeHighlighter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeView::setCode(const QString &text, CodeLanguage language)
{
    m_highlighter->setLanguage(language);
    m_highlighter->setSourceText(text);
    setPlainText(text);
    m_marks.clear();
    updateTints();
}

namespace {
QColor markColour(Severity severity, const QPalette &palette)
{
    switch (severity) {
    case Severity::Error: return Colours::danger(palette);
    case Severity::Warning: return Colours::warning(palette);
    case Severity::Info: break;
    }
    return palette.color(QPalette::Link);
}
} // namespace

void CodeView::setMarks(const QMap<int, LineMark> &marks)
{
    m_marks = marks;
    updateTints();
    setViewportMargins(gutterWidth(), 0, 0, 0);
    m_gutter->update();
}

void CodeView::updateTints()
{
    QList<QTextEdit::ExtraSelection> tints;
    for (auto it = m_marks.constBegin(); it != m_marks.constEnd(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        QColor c = markColour(it.value().severity, palette());
        c.setAlpha(Colours::isDark(palette()) ? 60 : 35);
        sel.format.setBackground(c);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.cursor = QTextCursor(block);
        tints << sel;
    }
    setExtraSelections(tints);
}

void CodeView::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    setTextCursor(cursor);
    centerCursor();
}

int CodeView::lineAt(const QPoint &viewportPoint) const
{
    const QTextBlock block = cursorForPosition(viewportPoint).block();
    return block.isValid() ? block.blockNumber() + 1 : 0;
}

bool CodeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(help->pos());
        if (const auto it = m_marks.constFind(line); it != m_marks.constEnd())
            QToolTip::showText(help->globalPos(), it.value().text, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool CodeView::gutterEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto *help = static_cast<QHelpEvent *>(event);
    const int line = lineAt(QPoint(0, help->pos().y()));
    if (const auto it = m_marks.constFind(line); it != m_marks.constEnd())
        QToolTip::showText(help->globalPos(), it.value().text, m_gutter);
    else
        QToolTip::hideText();
    return true;
}

int CodeView::gutterWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    // Room for a severity dot left of the numbers when there are marks.
    const int dot = m_marks.isEmpty() ? 0 : fontMetrics().height();
    return 12 + dot + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
            if (const auto it = m_marks.constFind(block.blockNumber() + 1); it != m_marks.constEnd()) {
                const int d = fontMetrics().height() - 6;
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(markColour(it.value().severity, palette()));
                painter.drawEllipse(QRect(4, top + 3, d, d));
                painter.restore();
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace strata
