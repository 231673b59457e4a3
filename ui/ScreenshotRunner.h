#pragma once
// Headless screenshot: step the source (paused, single steps in chunks) until `after_s` simulated
// seconds have passed, pump the adapter, open the chosen screen (main window at a fixed 1600x1000,
// other windows at the same size, dialogs at their own size) and save that window as PNG.

#include "ScreenId.h"

#include <QString>

namespace gridtwin::ui {

class LiveSourceAdapter;
class MainWindow;

inline constexpr int kScreenshotWidth = 1600;
inline constexpr int kScreenshotHeight = 1000;

/// Returns false (and prints why to stderr) when the source faults, the screen is not in this
/// build or the file cannot be written.
bool runScreenshot(LiveSourceAdapter& adapter, MainWindow& window, const QString& file,
                   double after_s, ScreenId screen = ScreenId::Console);

} // namespace gridtwin::ui
