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

/// What the profile must offer to open the screen (nullopt: console and settings, for everybody).
std::optional<Capability> screenCapability(ScreenId id);
/// The first profile (operator, engineer, compliance) that may open the screen: screenshots
/// without --profile use it.
UserProfile profileForScreen(ScreenId id);

} // namespace gridtwin::ui
