#include "CodeHighlighter.h"

#include "Colours.h"
#include "text/SyntaxHighlighting.h"

#include <QEvent>
#include <QFileInfo>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTextDocument>

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
#endif

#include <algorithm>
#include <memory>

namespace strata {

namespace {

// Strata's own lexers: tokens over the whole text, coloured from the palette.
class LexerHighlighter : public QSyntaxHighlighter
{
public:
    explicit LexerHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document), m_lexers(SyntaxHighlighting::create())
    {
    }
    void setLanguage(SourceLanguage language, bool diff)
    {
        m_language = language;
        m_diff = diff;
    }
    void setSourceText(const QString &text)
    {
        m_tokens = m_diff ? Tokens() : m_lexers->tokenize(m_language, text);
        rehighlight();
    }
    void setPalette(const QPalette &palette)
    {
        m_palette = palette;
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        if (m_diff) {
            highlightDiffLine(text);
            return;
        }
        const int blockStart = currentBlock().position();
        const int blockEnd = blockStart + text.size();
        // first token that may overlap this block
        auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), blockStart,
                                   [](const Token &t, int pos) { return t.start + t.length <= pos; });
        for (; it != m_tokens.cend() && it->start < blockEnd; ++it) {
            if (it->kind == TokenKind::Name || it->kind == TokenKind::Punctuation || it->kind == TokenKind::Operator
                || it->kind == TokenKind::Newline)
                continue;
            const int from = std::max(it->start, blockStart);
            const int to = std::min(it->start + it->length, blockEnd);
            if (to > from)
                setFormat(from - blockStart, to - from, formatFor(it->kind));
        }
    }

private:
    // A unified diff, line by line: file headers bold, hunk headers in the builtin colour,
    // removed lines in the danger colour, added ones in the ok colour.
    void highlightDiffLine(const QString &text)
    {
        // Block state 1: past the first hunk header, where "---" is a removed "--" line.
        const bool inHunks = previousBlockState() == 1 || text.startsWith(QLatin1String("@@"));
        setCurrentBlockState(inHunks ? 1 : 0);
        QTextCharFormat f;
        if (!inHunks && (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("+++")))) {
            f.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1String("@@"))) {
            f.setForeground(Colours::syntax(m_palette, TokenKind::Builtin));
        } else if (text.startsWith(QLatin1Char('-'))) {
            f.setForeground(Colours::danger(m_palette));
        } else if (text.startsWith(QLatin1Char('+'))) {
            f.setForeground(Colours::ok(m_palette));
        } else {
            return;
        }
        setFormat(0, int(text.size()), f);
    }

    QTextCharFormat formatFor(TokenKind kind) const
    {
        QTextCharFormat f;
        if (const QColor c = Colours::syntax(m_palette, kind); c.isValid())
            f.setForeground(c);
        if (kind == TokenKind::Keyword)
            f.setFontWeight(QFont::Bold);
        if (kind == TokenKind::Docstring || kind == TokenKind::Comment)
            f.setFontItalic(true);
        if (kind == TokenKind::Error)
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        return f;
    }

    std::unique_ptr<SyntaxHighlighting> m_lexers;
    SourceLanguage m_language = SourceLanguage::PlainText;
    bool m_diff = false;
    Tokens m_tokens;
    QPalette m_palette;
};

SourceLanguage lexerLanguage(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
    case CodeLanguage::Mako: // script.py.mako is mostly Python
        return SourceLanguage::Python;
    case CodeLanguage::Sql:
    case CodeLanguage::SqlPostgres:
    case CodeLanguage::SqlMySql:
        return SourceLanguage::Sql;
    case CodeLanguage::PlainText:
    case CodeLanguage::Ini:
    case CodeLanguage::Toml:
    case CodeLanguage::Diff: // coloured by its lines, not tokens
        break;
    }
    return SourceLanguage::PlainText;
}

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
// One repository for the program: loading the definitions takes a while.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository r;
    return r;
}
#endif

} // namespace

// Strata's lexers always exist; with KSyntaxHighlighting they serve only a
// language it has no definition for. One of the two is on the document.
struct CodeHighlighter::Backend
{
    LexerHighlighter *lexers = nullptr;
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *ksyntax = nullptr;
#endif
};

CodeLanguage codeLanguageForFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".py")) || name.endsWith(QLatin1String(".pyi")))
        return CodeLanguage::Python;
    if (name.endsWith(QLatin1String(".sql")))
        return CodeLanguage::Sql;
    if (name.endsWith(QLatin1String(".ini")) || name.endsWith(QLatin1String(".cfg")))
        return CodeLanguage::Ini;
    if (name.endsWith(QLatin1String(".toml")))
        return CodeLanguage::Toml;
    if (name.endsWith(QLatin1String(".mako")))
        return CodeLanguage::Mako;
    if (name.endsWith(QLatin1String(".diff")) || name.endsWith(QLatin1String(".patch")))
        return CodeLanguage::Diff;
    return CodeLanguage::PlainText;
}

CodeLanguage sqlLanguageFor(const QString &dialect)
{
    const QString d = dialect.toLower();
    if (d.startsWith(QLatin1String("postgres")))
        return CodeLanguage::SqlPostgres;
    if (d.startsWith(QLatin1String("mysql")) || d.startsWith(QLatin1String("mariadb")))
        return CodeLanguage::SqlMySql;
    return CodeLanguage::Sql;
}

QString CodeHighlighter::definitionName(CodeLanguage language)
{
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    switch (language) {
    case CodeLanguage::Python:
        return QStringLiteral("Python");
    case CodeLanguage::Sql:
        return QStringLiteral("SQL");
    case CodeLanguage::SqlPostgres:
        return QStringLiteral("SQL (PostgreSQL)");
    case CodeLanguage::SqlMySql:
        return QStringLiteral("SQL (MySQL)");
    case CodeLanguage::Ini:
        return QStringLiteral("INI Files");
    case CodeLanguage::Toml:
        return QStringLiteral("TOML");
    case CodeLanguage::Mako:
        return QStringLiteral("Mako");
    case CodeLanguage::Diff:
        return QStringLiteral("Diff");
    case CodeLanguage::PlainText:
        break;
    }
#else
    Q_UNUSED(language)
#endif
    return {};
}

QString CodeHighlighter::backendName()
{
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting %1").arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
#else
    return tr("Strata's lexers");
#endif
}

CodeHighlighter::CodeHighlighter(QPlainTextEdit *view)
    : QObject(view), m_view(view), m_backend(std::make_unique<Backend>())
{
    m_backend->lexers = new LexerHighlighter(view->document());
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    m_backend->ksyntax = new KSyntaxHighlighting::SyntaxHighlighter(this);
#endif
    applyPalette();
    view->installEventFilter(this);
}

CodeHighlighter::~CodeHighlighter() = default;

void CodeHighlighter::setLanguage(CodeLanguage language)
{
    m_language = language;
    m_backend->lexers->setLanguage(lexerLanguage(language), language == CodeLanguage::Diff);
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(definitionName(language));
    const bool useKSyntax = definition.isValid() || language == CodeLanguage::PlainText;
    QTextDocument *document = m_view->document();
    if (useKSyntax) {
        if (m_backend->lexers->document())
            m_backend->lexers->setDocument(nullptr);
        m_backend->ksyntax->setDefinition(definition);
        if (m_backend->ksyntax->document() != document)
            m_backend->ksyntax->setDocument(document);
    } else {
        if (m_backend->ksyntax->document())
            m_backend->ksyntax->setDocument(nullptr);
        if (m_backend->lexers->document() != document)
            m_backend->lexers->setDocument(document);
    }
#endif
}

void CodeHighlighter::setSourceText(const QString &text)
{
    // KSyntaxHighlighting reads the document block by block; the lexers tokenize the whole text.
    if (m_backend->lexers->document())
        m_backend->lexers->setSourceText(text);
}

QString CodeHighlighter::themeName() const
{
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    if (usesKSyntaxHighlighting())
        return m_backend->ksyntax->theme().name();
#endif
    return Colours::isDark(m_view->palette()) ? QStringLiteral("palette (dark)") : QStringLiteral("palette (light)");
}

bool CodeHighlighter::usesKSyntaxHighlighting() const
{
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return m_backend->ksyntax->document() != nullptr;
#else
    return false;
#endif
}

void CodeHighlighter::applyPalette()
{
    const QPalette palette = m_view->palette();
    m_backend->lexers->setPalette(palette);
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Theme theme = repository().defaultTheme(
            Colours::isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    m_backend->ksyntax->setTheme(theme);
    if (m_backend->ksyntax->document())
        m_backend->ksyntax->rehighlight();
#endif
}

bool CodeHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange)
        applyPalette();
    return QObject::eventFilter(watched, event);
}

} // namespace strata
