#pragma once

#include "text/Token.h"

#include <QString>
#include <QStringView>

#include <memory>

namespace strata {

enum class SourceLanguage { Python, Sql, PlainText };

// The one small interface the code view takes its highlighting from. Strata's
// own lexers implement it; a KSyntaxHighlighting (KF6) backend can be chosen at
// configure time where KF6 exists (it needs Qt >= 6.5, not in Debian 12).
class SyntaxHighlighting
{
public:
    virtual ~SyntaxHighlighting() = default;
    virtual QString backendName() const = 0;
    // Tokens covering the text (gaps are plain text).
    virtual Tokens tokenize(SourceLanguage language, QStringView text) const = 0;

    static std::unique_ptr<SyntaxHighlighting> create();
    static SourceLanguage languageForFile(const QString &fileName);
};

} // namespace strata
