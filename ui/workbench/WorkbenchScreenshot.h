#pragma once
// What `gridtwin --screenshot F.png --screen workbench` shows: the Tuning page after one completed
// comparison, so the KPI deltas and overlaid charts are filled rather than empty states.

#include <QString>

namespace gridtwin::ui {

class WorkbenchWindow;

/// Runs the reference comparison (the baseline against the same site with a peak threshold 500 kW
/// lower, July at 15-minute steps) in the window's tuning session and waits for it, processing
/// events. Returns false with the reason (a refused run, or no result within timeout_ms).
bool prepareWorkbenchScreenshot(WorkbenchWindow& window, QString* why, int timeout_ms = 300'000);

} // namespace gridtwin::ui
