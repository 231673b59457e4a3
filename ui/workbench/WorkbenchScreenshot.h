#pragma once
// What `gridtwin --screenshot F.png --screen workbench[:PAGE]` shows: each page in a filled state
// rather than empty - tuning (the default) and explanation after one completed comparison, a
// small sweep after it completed, the devices of an in-process device simulator scanned and
// checked, the site editor as loaded.

#include <QString>

namespace gridtwin::ui {

class WorkbenchWindow;

/// Prepares `page` (a name of screenPages(ScreenId::Workbench); "" = tuning) and shows it. The
/// comparison is the baseline against the same site with a peak threshold 500 kW lower, July at
/// 15-minute steps; the sweep is threshold x SoC reserve (4 x 3) in July at 1-h steps. Waits,
/// processing events. Returns false with the reason (an unknown page, a refused run, a failed
/// scan, or no result within timeout_ms).
bool prepareWorkbenchScreenshot(WorkbenchWindow& window, const QString& page, QString* why,
                                int timeout_ms = 300'000);

} // namespace gridtwin::ui
