#pragma once
// Command line of the GUI: gridtwin [--screenshot FILE.png [--after SECONDS] [--screen NAME]]
// [--theme dark|light] [--lang en|de|zh_CN]; and loading of the translations it selects.

#include "ScreenId.h"
#include "Theme.h"

#include <QString>
#include <QStringList>

#include <optional>

class QApplication;

namespace gridtwin::ui {

struct AppOptions {
    QString screenshot_file;           // empty = interactive
    double after_s = 3600.0;           // simulated seconds before the screenshot
    ScreenId screen = ScreenId::Console; // which window the screenshot shows
    std::optional<Theme> theme;        // nullopt = remembered setting (dark by default)
    QString language;                  // empty = remembered setting, then the system locale
    QString error;                     // non-empty when the command line is invalid
};

/// Parses the arguments (argv[0] first). Handles --help/--version by printing and exiting.
AppOptions parseAppOptions(const QStringList& arguments);

/// Installs Qt's own and GridTwin's translators for "de", "zh_CN" (or a locale name); "en" or an
/// unknown language installs none. Returns true when GridTwin's catalogue was found.
bool installTranslations(QApplication& app, const QString& language);

} // namespace gridtwin::ui
