#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace strata {

// The few colours Strata adds to the system palette, in one place, each
// readable on light and dark palettes alike: danger (production, failures),
// warning (behind, waiting, idle transactions), ok (up to date).
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
    // <span style='color:…'>text</span>, for rich-text labels.
    static QString span(const QColor &colour, const QString &escapedText)
    {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), escapedText);
    }
};

} // namespace strata
