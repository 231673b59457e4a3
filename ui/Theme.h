#pragma once
// Dark (control-room default) and light palettes, plus the fixed colours of the energy carriers
// that every view uses so PV, grid, BESS and load look the same in the flow view and the charts.

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace gridtwin::ui {

enum class Theme { Dark, Light };

struct ThemeColors {
    QColor window;
    QColor panel;        // tiles, node fill
    QColor text;
    QColor dim_text;
    QColor track;        // idle flow lines, gauge background
    QColor pv;
    QColor grid;
    QColor bess;
    QColor it_load;
    QColor aux_load;
    QColor price;
    QColor carbon;
    QColor threshold;
    QColor ok;
    QColor warning;
    QColor critical;
};

ThemeColors themeColors(Theme theme);
QPalette themePalette(Theme theme);
/// Sets the Fusion style and the palette on the whole application.
void applyTheme(QApplication& app, Theme theme);

QString themeCode(Theme theme);                           // "dark" / "light"
std::optional<Theme> parseThemeCode(const QString& code); // nullopt when unknown

} // namespace gridtwin::ui
