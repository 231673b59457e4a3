#pragma once
// Command line of the GUI: gridtwin [--screenshot FILE.png [--after SECONDS] [--screen NAME]]
// [--theme dark|light] [--lang en|de|zh_CN] [--profile operator|engineer|compliance]
// [--site FILE.json] [--source SPEC] [--db FILE].

#include "ScreenId.h"
#include "Theme.h"
#include "access/UserProfile.h"
#include "io/SourceSpec.h"
#include "model/SiteConfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gridtwin::ui {

struct AppOptions {
    QString screenshot_file;           // empty = interactive
    double after_s = 3600.0;           // simulated seconds before the screenshot
    ScreenId screen = ScreenId::Console; // which window the screenshot shows
    QString screen_page;               // --screen workbench:PAGE: that page; empty = the default
    std::optional<Theme> theme;        // nullopt = remembered setting (dark by default)
    QString language;                  // empty = remembered setting, then the system locale
    std::optional<UserProfile> profile; // nullopt = remembered (interactive) or the first
                                        // profile that offers the screenshot's screen
    QString site;                      // --site FILE.json; empty = the reference site
    QString source;                    // --source SPEC (io/SourceSpec.h); empty = the site's live source
    QString db;                        // --db FILE: record into this historian; empty = none
    QString error;                     // non-empty when the command line is invalid
};

/// Parses the arguments (argv[0] first). Handles --help/--version by printing and exiting.
AppOptions parseAppOptions(const QStringList& arguments);

/// The site the console shows (--site, else the reference site) and its live source (--source,
/// else the site's data_sources.live_source). Throws InputError for a bad site file or spec.
struct StartupSite {
    SiteConfig site;
    SourceSpec spec;
};
StartupSite startupSite(const AppOptions& options);

} // namespace gridtwin::ui
