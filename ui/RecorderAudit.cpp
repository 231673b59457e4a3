#include "RecorderAudit.h"

#include "LiveSourceAdapter.h"
#include "MainWindow.h"
#include "store/HistorianRecorder.h"
#include "tune/ChangeControl.h"

#include <exception>
#include <memory>
#include <string>

namespace gridtwin::ui {

AuditWriter recorderAuditWriter(LiveSourceAdapter& adapter) {
    const HistorianRecorder* at_start = adapter.recorder();
    const std::string path = at_start != nullptr ? at_start->path() : std::string();
    return [&adapter, path](std::int64_t time_ms, const std::string& user, const std::string& profile,
                            const std::string& action, const std::string& detail) {
        if (path.empty()) throw PermissionDenied("no project file is open to record '" + action + "'");
        std::int64_t id = 0;
        try {
            HistorianRecorder* recorder = adapter.recorder();
            if (recorder != nullptr && recorder->path() == path) {
                recorder->call([&](Historian& project) {
                    id = ChangeControl(project).audit(time_ms, user, profile, action, detail);
                });
            } else {
                // Recording has moved on; the entry still belongs to this (now closed) file.
                Historian project(path);
                id = ChangeControl(project).audit(time_ms, user, profile, action, detail);
            }
        } catch (const std::exception& e) {   // the file cannot be opened or written
            throw PermissionDenied("cannot record '" + action + "' in " + path + ": " + e.what());
        }
        return id;
    };
}

void followRecorderAudit(MainWindow& window, LiveSourceAdapter& adapter) {
    auto bound_path = std::make_shared<std::string>();
    const auto rebind = [&window, &adapter, bound_path] {
        const HistorianRecorder* recorder = adapter.recorder();
        const std::string path = recorder != nullptr ? recorder->path() : std::string();
        if (path == *bound_path && !path.empty() == window.session().hasAuditLog()) return;
        *bound_path = path;
        window.setAuditLog(path.empty() ? AuditWriter() : recorderAuditWriter(adapter));
    };
    rebind();
    QObject::connect(&adapter, &LiveSourceAdapter::sourceChanged, &window, rebind);
}

} // namespace gridtwin::ui
