#pragma once

#include "text/SyntaxHighlighting.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace strata {

// The few colours Strata adds to the system palette, in one place, each
// readable on light and dark palettes alike: danger (production, failures),
// warning (behind, waiting, idle transactions), ok (up to date), and the
// revision graph's lanes and tags. No other file names a colour.
class Colours
{
public:
    static bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }
    static QColor danger(const QPalette &palette) { return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e); }
    static QColor warning(const QPalette &palette) { return isDark(palette) ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00); }
    static QColor ok(const QPalette &palette) { return isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37); }
    // A faint amber behind a row that needs attention (not the selection colour).
    static QColor warningTint(const QPalette &palette)
    {
        QColor c = warning(palette);
        c.setAlpha(isDark(palette) ? 70 : 45);
        return c;
    }
    // A yellow behind the text a search matched.
    static QColor matchTint(const QPalette &palette)
    {
        return isDark(palette) ? QColor(0x9e, 0x6a, 0x03, 150) : QColor(0xff, 0xd3, 0x3d, 170);
    }
    // The revision graph's lanes, told apart by hue, lighter on a dark palette.
    static QColor lane(const QPalette &palette, int lane)
    {
        static const QRgb colours[] = { 0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x17becf, 0x8c564b, 0xe377c2 };
        const QColor c = QColor::fromRgb(colours[lane % 8]);
        return isDark(palette) ? c.lighter(140) : c;
    }
    // The graph's tags: head, base, branch label, depends_on (its edges too).
    static QColor headTag(const QPalette &) { return QColor(0x2d, 0xa4, 0x4e); }
    static QColor baseTag(const QPalette &) { return QColor(0x6e, 0x77, 0x81); }
    static QColor labelTag(const QPalette &) { return QColor(0xe3, 0xb3, 0x41); }
    static QColor dependency(const QPalette &palette)
    {
        return isDark(palette) ? QColor(0xa8, 0x8b, 0xe6) : QColor(0x8a, 0x63, 0xd2);
    }
    // The code views' token colours (an invalid colour: the text's own).
    static QColor syntax(const QPalette &palette, TokenKind kind)
    {
        const bool dark = isDark(palette);
        auto pick = [dark](QRgb light, QRgb onDark) { return QColor::fromRgb(dark ? onDark : light); };
        switch (kind) {
        case TokenKind::Keyword: return pick(0x7a1fa2, 0xd7a1f0);
        case TokenKind::Builtin: return pick(0x005a9c, 0x7cc4ff);
        case TokenKind::String: return pick(0x1a7f37, 0x8ddb8c);
        case TokenKind::Docstring: return pick(0x6a737d, 0xa0a8b0);
        case TokenKind::Comment: return pick(0x6a737d, 0x8b949e);
        case TokenKind::Number: return pick(0xb35900, 0xffb86c);
        case TokenKind::Decorator: return pick(0x9a6700, 0xe3b341);
        default: return {};
        }
    }
    // Text readable on a filled background.
    static QColor textOn(const QColor &background)
    {
        return background.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white);
    }
    // <span style='color:…'>text</span>, for rich-text labels.
    static QString span(const QColor &colour, const QString &escapedText)
    {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), escapedText);
    }
};

} // namespace strata
