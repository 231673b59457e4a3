#pragma once
// The screens a screenshot can show (`gridtwin --screenshot F.png --screen NAME`) and their
// command-line names. MainWindow::openScreen() turns an id into the widget to grab.

#include "access/UserProfile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gridtwin::ui {

enum class ScreenId { Console, Connection, Workbench, Report, Settings };

QString screenName(ScreenId id);                           // "console", "workbench", ...
std::optional<ScreenId> parseScreenName(const QString& name); // nullopt when unknown
QStringList screenNames();                                  // every name, in enum order

/// Pages a screenshot may open inside a screen (`--screen workbench:sweep`), in the order of the
/// screen's own page enum (WorkbenchPage); empty for a screen without pages.
QStringList screenPages(ScreenId id);
/// A --screen value: a screen name, or "name:page" with a page of screenPages() ("" = the
/// screen's default page).
struct ScreenChoice {
    ScreenId id = ScreenId::Console;
    QString page;
};
std::optional<ScreenChoice> parseScreenChoice(const QString& text); // nullopt when unknown
QStringList screenChoices(); // every accepted --screen value: the names, then each "name:page"

/// What the profile must offer to open the screen (nullopt: console and settings, for everybody).
std::optional<Capability> screenCapability(ScreenId id);
/// The first profile (operator, engineer, compliance) that may open the screen: screenshots
/// without --profile use it.
UserProfile profileForScreen(ScreenId id);

} // namespace gridtwin::ui
