#pragma once
// The only bridge between a core LiveSource (producer thread) and the widgets (GUI thread),
// style.md rule 2: the Boost.Signals2 slots only set atomic flags; a ~30 Hz QTimer on the GUI
// thread drains the source, feeds the core trackers it owns (AlarmMonitor, LiveKpiTracker, one
// TimeSeriesBuffer per trend channel) and emits at most one updated() per tick.
// Every drain goes through one SampleTee, so an attached historian recorder stores exactly the
// samples the views show (issue 4 item 2). The source can be swapped at runtime (setSource stops
// the old one first); a replay seek (new LiveSource::generation()) clears trends and KPIs.

#include "alarm/AlarmMonitor.h"
#include "io/LiveSource.h"
#include "io/SampleTee.h"
#include "model/Decimator.h"
#include "model/LiveKpiTracker.h"
#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <atomic>
#include <boost/signals2/connection.hpp>
#include <cstdint>
#include <memory>
#include <vector>

namespace gridtwin {
class AlarmJournal;
class HistorianRecorder;
} // namespace gridtwin

namespace gridtwin::ui {

/// The trend channels kept for the charts (units in the name of the StepRecord field).
enum class Channel { Pv, Load, Grid, Bess, Soc, Price, Carbon, Count };
inline constexpr std::size_t kChannelCount = static_cast<std::size_t>(Channel::Count);

class LiveSourceAdapter : public QObject {
    Q_OBJECT
public:
    /// 24 h of history: the longest trend window.
    static constexpr std::int64_t kHistoryMs = 24 * 3600 * 1000LL;
    static constexpr int kTickIntervalMs = 33;

    /// Shows `source`, which the caller owns and keeps alive while it is shown.
    LiveSourceAdapter(const SiteConfig& site, LiveSource& source, QObject* parent = nullptr);
    /// Shows and owns `source`.
    LiveSourceAdapter(const SiteConfig& site, std::unique_ptr<LiveSource> source,
                      QObject* parent = nullptr);
    ~LiveSourceAdapter() override;

    /// Swaps the source at runtime: stops the current one (joining its thread), takes ownership
    /// of the new one, clears trends and KPIs (alarms stay: they belong to the site), starts it
    /// when start_source, and emits sourceChanged().
    void setSource(std::unique_ptr<LiveSource> source, bool start_source = true);
    /// Records every drained sample through recorder (nullptr stops recording, flushing what is
    /// queued) and persists alarms in its historian, reloading the stored ones first.
    void setRecorder(std::unique_ptr<HistorianRecorder> recorder);
    HistorianRecorder* recorder() const { return recorder_.get(); }

    /// Starts the tick timer (and the source when start_source).
    void start(bool start_source = true);
    /// One tick now: drain, feed, emit. Returns the samples taken. Also called by the timer.
    std::size_t pump();
    /// Feeds records as if drained from the source (tests and replays).
    void ingest(const std::vector<StepRecord>& records);

    const SiteConfig& site() const { return site_; }
    LiveSource& source() { return *source_; }
    const LiveSource& source() const { return *source_; }
    bool hasSample() const { return have_sample_; }
    const StepRecord& latest() const { return latest_; }
    LiveKpiSnapshot kpis() const { return kpis_->snapshot(); }
    AlarmMonitor& alarmMonitor() { return alarms_; }
    const AlarmMonitor& alarmMonitor() const { return alarms_; }
    const TimeSeriesBuffer& series(Channel c) const { return series_[static_cast<std::size_t>(c)]; }
    /// Wall-clock seconds since start(); drives the flow animation so all views move together.
    double animationPhaseS() const;
    std::uint64_t ticks() const { return ticks_; }
    std::uint64_t samplesTotal() const { return samples_total_; }

    // Operator commands, forwarded to the source.
    void setSpeed(double factor);
    void setPaused(bool paused);
    void stepOnce();

signals:
    /// New samples were taken in this tick (at most once per tick).
    void updated();
    /// Every tick, for animations (phase in seconds).
    void frameTick(double phase_s);
    /// The source state changed (seen on a tick).
    void sourceStateChanged(gridtwin::SourceState state);
    /// The alarm list changed (raised, cleared or acknowledged).
    void alarmsChanged();
    /// Another source is shown, or the source jumped in time (seek): views drop what they hold.
    void sourceChanged();

public slots:
    bool acknowledgeAlarm(quint64 id);

private:
    void feed(const StepRecord& r);
    void checkSourceState();
    void connectSource();
    /// Forgets trends, KPIs and the latest sample (new source or a seek).
    void resetViews();

    SiteConfig site_;
    LiveSource* source_;
    std::unique_ptr<LiveSource> owned_source_;
    AlarmMonitor alarms_;
    std::unique_ptr<LiveKpiTracker> kpis_;
    SampleTee tee_;
    std::unique_ptr<HistorianRecorder> recorder_;
    SampleTee::SinkId recorder_sink_ = 0;
    std::unique_ptr<AlarmJournal> journal_;
    std::uint64_t generation_ = 0;
    std::array<TimeSeriesBuffer, kChannelCount> series_;
    QTimer timer_;
    QElapsedTimer clock_;
    QElapsedTimer since_sample_;

    // Set on the producer thread, read and cleared on the GUI thread; relaxed is enough because
    // drain() itself synchronises the samples (the flag only saves an empty drain).
    std::atomic<bool> samples_pending_{true};
    std::atomic<bool> state_pending_{true};
    boost::signals2::scoped_connection samples_conn_;
    boost::signals2::scoped_connection state_conn_;
    boost::signals2::scoped_connection raised_conn_;
    boost::signals2::scoped_connection cleared_conn_;

    std::vector<StepRecord> batch_;
    StepRecord latest_;
    bool have_sample_ = false;
    bool alarms_dirty_ = false;
    SourceState last_state_ = SourceState::Stopped;
    std::int64_t step_ms_ = 1000;
    std::uint64_t ticks_ = 0;
    std::uint64_t samples_total_ = 0;
};

} // namespace gridtwin::ui
