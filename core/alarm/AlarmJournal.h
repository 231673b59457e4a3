#pragma once
// Alarms persisted (issue 3 item 5): every alarm the AlarmMonitor raises, clears, and every
// acknowledgement by the operator, goes to the historian's events table (kind and severity as
// their codes, times in data time, i.e. the sample time the rule saw); when a console starts on a
// historian file, the site's stored alarms are put back into the monitor, still active and
// unacknowledged where they were. Writes run on the recorder's writer thread, in order.

#include "alarm/AlarmMonitor.h"

#include <boost/signals2/connection.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace gridtwin {

class HistorianRecorder;

std::optional<AlarmKind> parseAlarmKindCode(std::string_view code);
std::optional<Severity> parseSeverityCode(std::string_view code);

class AlarmJournal {
public:
    /// Restores at most max_restored of the newest stored alarms of the recorder's site into
    /// monitor (blocking, before any sample), then persists from now on. Both must outlive it.
    AlarmJournal(AlarmMonitor& monitor, HistorianRecorder& recorder,
                 std::size_t max_restored = AlarmMonitor::kDefaultHistory);
    ~AlarmJournal();
    AlarmJournal(const AlarmJournal&) = delete;
    AlarmJournal& operator=(const AlarmJournal&) = delete;

    /// Acknowledges the alarm in the monitor and records the acknowledgement at time_ms; false
    /// when the monitor refuses (unknown id or already acknowledged).
    bool acknowledge(std::uint64_t alarm_id, std::int64_t time_ms);
    std::size_t restoredCount() const { return restored_; }

private:
    // Alarm id -> events.id; touched only by jobs on the writer thread (which may outlive this).
    using EventIds = std::unordered_map<std::uint64_t, std::int64_t>;

    AlarmMonitor& monitor_;
    HistorianRecorder& recorder_;
    std::shared_ptr<EventIds> event_ids_;
    std::size_t restored_ = 0;
    boost::signals2::scoped_connection raised_conn_;
    boost::signals2::scoped_connection cleared_conn_;
};

} // namespace gridtwin
