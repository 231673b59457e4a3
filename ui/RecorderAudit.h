#pragma once
// The audit log of the console's project file: the historian that the live data is recorded into
// (gridtwin --db FILE, or "Record to historian" in the connection dialog). Entries go through the
// recorder's writer thread, which owns the SQLite connection, and are committed before the call
// returns, so a recorded permission change is on disk before it takes effect.

#include "access/UserSession.h"

namespace gridtwin::ui {

class LiveSourceAdapter;
class MainWindow;

/// Writes through ChangeControl::audit into the file the adapter records into now, also after
/// recording has moved on (then by opening the file itself: an entry about this file's session,
/// such as the end of setpoint writing, belongs there). Throws PermissionDenied when the adapter
/// recorded into no file, or the file cannot be written.
AuditWriter recorderAuditWriter(LiveSourceAdapter& adapter);

/// Keeps the window's audit log on the adapter's recorder: bound now, and again whenever the
/// recorded file changes (checked on sourceChanged, which follows every change of recorder);
/// cleared when recording stops. A seek or a new source on the same file changes nothing.
void followRecorderAudit(MainWindow& window, LiveSourceAdapter& adapter);

} // namespace gridtwin::ui
