#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace gridtwin::ui {

ThemeColors themeColors(Theme theme) {
    ThemeColors c;
    if (theme == Theme::Dark) {
        c.window = QColor(0x16, 0x1a, 0x21);
        c.panel = QColor(0x20, 0x26, 0x30);
        c.text = QColor(0xe6, 0xea, 0xf0);
        c.dim_text = QColor(0x8d, 0x97, 0xa6);
        c.track = QColor(0x34, 0x3c, 0x49);
        c.pv = QColor(0xf5, 0xc2, 0x2b);
        c.grid = QColor(0x5a, 0xa9, 0xf0);
        c.bess = QColor(0x4c, 0xd1, 0x7c);
        c.it_load = QColor(0xc0, 0x7b, 0xf0);
        c.aux_load = QColor(0x3f, 0xc9, 0xc9);
        c.price = QColor(0xf0, 0x8c, 0x3c);
        c.carbon = QColor(0xb0, 0xb8, 0xc4);
        c.threshold = QColor(0xff, 0x5c, 0x5c);
        c.ok = QColor(0x4c, 0xd1, 0x7c);
        c.warning = QColor(0xff, 0xb3, 0x2e);
        c.critical = QColor(0xff, 0x4d, 0x4d);
    } else {
        c.window = QColor(0xf3, 0xf5, 0xf8);
        c.panel = QColor(0xff, 0xff, 0xff);
        c.text = QColor(0x1c, 0x22, 0x2b);
        c.dim_text = QColor(0x5f, 0x6b, 0x7a);
        c.track = QColor(0xd3, 0xd9, 0xe1);
        c.pv = QColor(0xd1, 0x93, 0x00);
        c.grid = QColor(0x1f, 0x6f, 0xc5);
        c.bess = QColor(0x1e, 0x9a, 0x4f);
        c.it_load = QColor(0x8a, 0x3f, 0xc4);
        c.aux_load = QColor(0x10, 0x8f, 0x8f);
        c.price = QColor(0xd2, 0x69, 0x1e);
        c.carbon = QColor(0x55, 0x5f, 0x6d);
        c.threshold = QColor(0xd6, 0x28, 0x28);
        c.ok = QColor(0x1e, 0x9a, 0x4f);
        c.warning = QColor(0xc7, 0x7c, 0x00);
        c.critical = QColor(0xd6, 0x28, 0x28);
    }
    return c;
}

QPalette themePalette(Theme theme) {
    const ThemeColors c = themeColors(theme);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.panel);
    p.setColor(QPalette::AlternateBase, c.window);
    p.setColor(QPalette::ToolTipBase, c.panel);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.dim_text);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.panel);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.critical);
    p.setColor(QPalette::Mid, c.track);
    p.setColor(QPalette::Highlight, c.grid);
    p.setColor(QPalette::HighlightedText, theme == Theme::Dark ? c.window : QColor(Qt::white));
    p.setColor(QPalette::Link, c.grid);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.dim_text);
    }
    return p;
}

void applyTheme(QApplication& app, Theme theme) {
    // Fusion honours the palette on every platform, so both themes look the same everywhere.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
            QApplication::setStyle(fusion);
        }
    }
    app.setPalette(themePalette(theme));
}

QString themeCode(Theme theme) {
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

std::optional<Theme> parseThemeCode(const QString& code) {
    if (code == QLatin1String("dark")) return Theme::Dark;
    if (code == QLatin1String("light")) return Theme::Light;
    return std::nullopt;
}

} // namespace gridtwin::ui
