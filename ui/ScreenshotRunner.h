#pragma once
// Headless screenshot: step the source (paused, single steps in chunks) until `after_s` simulated
// seconds have passed, pump the adapter, render the window at a fixed 1600x1000 and save it as PNG.

#include <QString>

namespace gridtwin::ui {

class LiveSourceAdapter;
class MainWindow;

inline constexpr int kScreenshotWidth = 1600;
inline constexpr int kScreenshotHeight = 1000;

/// Returns false (and prints why to stderr) when the source faults or the file cannot be written.
bool runScreenshot(LiveSourceAdapter& adapter, MainWindow& window, const QString& file,
                   double after_s);

} // namespace gridtwin::ui
