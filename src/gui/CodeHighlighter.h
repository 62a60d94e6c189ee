#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QPlainTextEdit;
class QSyntaxHighlighter;

namespace strata {

// What a code view shows. Strata's lexers know Python and SQL, and colour a
// unified diff by its lines; with KSyntaxHighlighting each has its own
// definition (SQL by dialect).
enum class CodeLanguage { PlainText, Python, Sql, SqlPostgres, SqlMySql, Ini, Toml, Mako, Diff };

// By file name: .py, .sql, .ini/.cfg, .toml, .mako, .diff/.patch; anything else is plain text.
CodeLanguage codeLanguageForFile(const QString &path);
// SQL for a dialect name as the core spells it ("postgresql", "mysql", "mariadb", ...).
CodeLanguage sqlLanguageFor(const QString &dialect);

// Highlights a code view. Where CMake found KF6 KSyntaxHighlighting (Qt >= 6.5:
// Debian 13), its definitions and themes do it, the theme chosen from the
// palette (light or dark); otherwise Strata's own lexers, with colours from
// Colours::syntax. Either follows palette changes of the view.
class CodeHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit CodeHighlighter(QPlainTextEdit *view);
    ~CodeHighlighter() override;

    void setLanguage(CodeLanguage language);
    CodeLanguage language() const { return m_language; }
    // Call after the view's text changed (Strata's lexers tokenize the whole text).
    void setSourceText(const QString &text);

    // "KSyntaxHighlighting 6.13.0" or "Strata's lexers": for the About box and --version.
    static QString backendName();
    // The theme or colour set in use ("Breeze Light", "Breeze Dark", "palette (dark)").
    QString themeName() const;
    // Whether KSyntaxHighlighting colours the text now (false: Strata's lexers do).
    bool usesKSyntaxHighlighting() const;
    // The definition KSyntaxHighlighting uses for a language ("" without it or for plain text).
    static QString definitionName(CodeLanguage language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPalette();

    struct Backend;
    QPlainTextEdit *m_view;
    std::unique_ptr<Backend> m_backend;
    CodeLanguage m_language = CodeLanguage::PlainText;
};

} // namespace strata
