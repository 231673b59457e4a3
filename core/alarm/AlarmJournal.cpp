#include "alarm/AlarmJournal.h"

#include "store/Historian.h"
#include "store/HistorianRecorder.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace gridtwin {

std::optional<AlarmKind> parseAlarmKindCode(std::string_view code) {
    for (AlarmKind k : {AlarmKind::ThresholdBreach, AlarmKind::SocBelowReserve, AlarmKind::ExportLimitHit,
                        AlarmKind::DataStale, AlarmKind::SourceFault})
        if (code == alarmKindCode(k)) return k;
    return std::nullopt;
}

std::optional<Severity> parseSeverityCode(std::string_view code) {
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical})
        if (code == severityCode(s)) return s;
    return std::nullopt;
}

AlarmJournal::AlarmJournal(AlarmMonitor& monitor, HistorianRecorder& recorder, std::size_t max_restored)
    : monitor_(monitor), recorder_(recorder), event_ids_(std::make_shared<EventIds>()) {
    std::vector<HistorianEvent> stored;
    const int site_id = recorder_.siteId();
    recorder_.call([&](Historian& h) {
        stored = h.events(site_id, std::numeric_limits<std::int64_t>::min(),
                          std::numeric_limits<std::int64_t>::max());
    });
    // Other programs may write other kinds of events to the table: only alarms come back.
    std::erase_if(stored, [](const HistorianEvent& e) {
        return !parseAlarmKindCode(e.kind) || !parseSeverityCode(e.severity);
    });
    std::stable_sort(stored.begin(), stored.end(),
                     [](const HistorianEvent& a, const HistorianEvent& b) { return a.time_ms < b.time_ms; });
    if (stored.size() > max_restored)
        stored.erase(stored.begin(), stored.end() - static_cast<std::ptrdiff_t>(max_restored));
    EventIds restored_ids;
    for (const HistorianEvent& e : stored) {
        Alarm a;
        a.kind = *parseAlarmKindCode(e.kind);
        a.severity = *parseSeverityCode(e.severity);
        a.raised_ms = e.time_ms;
        a.cleared_ms = e.cleared_ms ? std::max<std::int64_t>(*e.cleared_ms, 1) : 0;
        a.acknowledged = e.acknowledged_ms.has_value();
        a.message = e.message;
        restored_ids[monitor_.restore(std::move(a))] = e.id;
    }
    restored_ = stored.size();
    recorder_.call([ids = event_ids_, &restored_ids](Historian&) { *ids = std::move(restored_ids); });

    raised_conn_ = monitor_.raised.connect([this, site_id](const Alarm& a) {
        HistorianEvent e;
        e.site_id = site_id;
        e.time_ms = a.raised_ms;
        e.kind = alarmKindCode(a.kind);
        e.severity = severityCode(a.severity);
        e.message = a.message;
        recorder_.post([ids = event_ids_, e, id = a.id](Historian& h) { (*ids)[id] = h.addEvent(e); });
    });
    cleared_conn_ = monitor_.cleared.connect([this](const Alarm& a) {
        recorder_.post([ids = event_ids_, id = a.id, t = a.cleared_ms](Historian& h) {
            const auto it = ids->find(id);
            if (it != ids->end()) h.clearEvent(it->second, t);
        });
    });
}

AlarmJournal::~AlarmJournal() = default;

bool AlarmJournal::acknowledge(std::uint64_t alarm_id, std::int64_t time_ms) {
    if (!monitor_.acknowledge(alarm_id)) return false;
    recorder_.post([ids = event_ids_, alarm_id, time_ms](Historian& h) {
        const auto it = ids->find(alarm_id);
        if (it != ids->end()) h.acknowledgeEvent(it->second, time_ms);
    });
    return true;
}

} // namespace gridtwin
