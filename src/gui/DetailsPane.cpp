#include "DetailsPane.h"

#include "CodeHighlighter.h"
#include "revision/HeaderParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextBlock>
#include <QUrl>
#include <QFontDatabase>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace strata {

DetailsPane::DetailsPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_meta = new QLabel(this);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_meta->setWordWrap(true);
    m_meta->setOpenExternalLinks(true);
    m_meta->setObjectName(QStringLiteral("detailsMetadata"));
    m_source = new QPlainTextEdit(this);
    m_source->setReadOnly(true);
    m_source->setObjectName(QStringLiteral("detailsSource"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new CodeHighlighter(m_source);
    layout->addWidget(m_meta);
    layout->addWidget(m_source, 1);
    connect(&m_reader, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_reader.future().isValid() && m_reader.property("generation").toInt() == m_generation) {
            const QString text = m_reader.result();
            m_highlighter->setLanguage(m_languageAfterLoad);
            m_source->setPlainText(text);
            m_highlighter->setSourceText(text);
            if (m_lineAfterLoad > 0) {
                QTextCursor c(m_source->document()->findBlockByNumber(m_lineAfterLoad - 1));
                c.select(QTextCursor::LineUnderCursor);
                m_source->setTextCursor(c);
                m_source->centerCursor();
            }
            emit sourceLoaded();
        }
    });
    clear();
}

void DetailsPane::clear()
{
    ++m_generation;
    m_meta->setText(tr("<i>Select a revision to see its details.</i>"));
    m_source->clear();
}

QString DetailsPane::sourceText() const
{
    return m_source->toPlainText();
}

QString DetailsPane::metadataText() const
{
    return m_meta->text();
}

void DetailsPane::showRevision(const ProjectPtr &project, int node)
{
    if (!project || node < 0 || node >= project->graph.size()) {
        clear();
        return;
    }
    const RevisionGraph &g = project->graph;
    const auto &n = g.node(node);
    const RevisionScript &s = g.scriptOf(node);
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    auto idList = [&](const std::vector<int> &v) {
        QStringList l;
        for (int i : v)
            l << g.node(i).id;
        return l.isEmpty() ? tr("none") : esc(l.join(QStringLiteral(", ")));
    };
    QString html = QStringLiteral("<b style='font-size:large'>%1</b> <code>%2</code><br/>")
                           .arg(esc(s.message.isEmpty() ? tr("(no message)") : s.message), esc(n.id));
    QStringList kinds;
    if (n.isHead())
        kinds << tr("head");
    if (n.isBase())
        kinds << tr("base");
    if (n.isBranchPoint())
        kinds << tr("branch point");
    if (n.isMergePoint())
        kinds << tr("merge point");
    html += QStringLiteral("<table cellspacing='2'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, v);
    };
    if (!kinds.isEmpty())
        row(tr("Kind"), kinds.join(QStringLiteral(", ")));
    row(tr("Parents"), n.downIds.isEmpty() ? tr("&lt;base&gt;") : esc(n.downIds.join(QStringLiteral(", "))));
    row(tr("Children"), idList(n.next));
    if (!n.dependencyNames.isEmpty())
        row(tr("Depends on"), esc(n.dependencyNames.join(QStringLiteral(", "))));
    if (!n.labels.isEmpty())
        row(tr("Branch labels"), esc(n.labels.join(QStringLiteral(", ")))
                    + (n.ownLabels.isEmpty() ? tr(" (inherited)") : QString()));
    if (!s.createDate.isEmpty())
        row(tr("Created"), esc(s.createDate));
    for (const auto &[field, value] : { std::pair { QStringLiteral("down_revision"), &s.downRevision },
                                        std::pair { QStringLiteral("branch_labels"), &s.branchLabels },
                                        std::pair { QStringLiteral("depends_on"), &s.dependsOn } }) {
        if (value->kind == HeaderValue::Kind::Unresolved)
            row(tr("Unresolved"), QStringLiteral("%1 = <code>%2</code>").arg(field, esc(value->source)));
    }
    row(tr("File"), QStringLiteral("<a href='%1'>%2</a>")
                            .arg(QUrl::fromLocalFile(s.path).toString(), esc(project->relativePath(s.path))));
    html += QStringLiteral("</table>");
    m_meta->setText(html);

    m_lineAfterLoad = 0;
    m_languageAfterLoad = CodeLanguage::Python;
    startReading(s.path);
}

// A label lays out its rich text, link colour included, when the text is set:
// after a switch between light and dark it is set again, or the file link
// would stay in the old palette's link colour (dark blue on a dark base).
void DetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_meta->text().isEmpty()) {
        const QString text = m_meta->text();
        m_meta->clear();
        m_meta->setText(text);
    }
}

void DetailsPane::showFile(const QString &path, int line)
{
    const QFileInfo info(path);
    m_meta->setText(QStringLiteral("<b>%1</b>%2<br/><a href='%3'>%4</a>")
                            .arg(info.fileName().toHtmlEscaped(),
                                 line > 0 ? tr(", line %1").arg(line) : QString(),
                                 QUrl::fromLocalFile(info.absoluteFilePath()).toString(),
                                 QDir::toNativeSeparators(info.absoluteFilePath()).toHtmlEscaped()));
    m_lineAfterLoad = line;
    m_languageAfterLoad = codeLanguageForFile(path);
    startReading(path);
}

int DetailsPane::cursorLine() const
{
    return m_source->textCursor().blockNumber() + 1;
}

void DetailsPane::startReading(const QString &path)
{
    const int generation = ++m_generation;
    m_reader.setProperty("generation", generation);
    m_reader.setFuture(QtConcurrent::run([path]() -> QString {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QObject::tr("Cannot read %1: %2").arg(path, f.errorString());
        QString text, problem;
        int line = 0;
        const QByteArray bytes = f.read(4 * 1024 * 1024);
        if (!HeaderParser::decode(bytes, &text, &problem, &line))
            return QString::fromLatin1(bytes);
        return text;
    }));
}

} // namespace strata
