#pragma once
// The screens a screenshot can show (`gridtwin --screenshot F.png --screen NAME`) and their
// command-line names. MainWindow::openScreen() turns an id into the widget to grab.

#include <QString>
#include <QStringList>

#include <optional>

namespace gridtwin::ui {

enum class ScreenId { Console, Connection, Workbench, Report, Settings };

QString screenName(ScreenId id);                           // "console", "workbench", ...
std::optional<ScreenId> parseScreenName(const QString& name); // nullopt when unknown
QStringList screenNames();                                  // every name, in enum order

} // namespace gridtwin::ui
