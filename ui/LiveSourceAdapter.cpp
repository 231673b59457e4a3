#include "LiveSourceAdapter.h"

#include "alarm/AlarmJournal.h"
#include "store/HistorianRecorder.h"

#include <algorithm>
#include <cmath>

namespace gridtwin::ui {

namespace {

std::array<TimeSeriesBuffer, kChannelCount> makeBuffers() {
    const auto w = LiveSourceAdapter::kHistoryMs;
    return {TimeSeriesBuffer(w), TimeSeriesBuffer(w), TimeSeriesBuffer(w), TimeSeriesBuffer(w),
            TimeSeriesBuffer(w), TimeSeriesBuffer(w), TimeSeriesBuffer(w)};
}

} // namespace

LiveSourceAdapter::LiveSourceAdapter(const SiteConfig& site, LiveSource& source, QObject* parent)
    : QObject(parent), site_(site), source_(&source), alarms_(site),
      kpis_(std::make_unique<LiveKpiTracker>(site)), series_(makeBuffers()) {
    connectSource();
    // AlarmMonitor lives on the GUI thread, so these run on it.
    raised_conn_ = alarms_.raised.connect([this](const Alarm&) { alarms_dirty_ = true; });
    cleared_conn_ = alarms_.cleared.connect([this](const Alarm&) { alarms_dirty_ = true; });
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kTickIntervalMs);
    connect(&timer_, &QTimer::timeout, this, [this] { pump(); });
    clock_.start();
}

LiveSourceAdapter::LiveSourceAdapter(const SiteConfig& site, std::unique_ptr<LiveSource> source,
                                     QObject* parent)
    : LiveSourceAdapter(site, *source, parent) {
    owned_source_ = std::move(source);
}

LiveSourceAdapter::~LiveSourceAdapter() {
    timer_.stop();
    samples_conn_.disconnect();
    state_conn_.disconnect();
    if (owned_source_) owned_source_->stop();
    journal_.reset(); // before the recorder it writes through
}

void LiveSourceAdapter::connectSource() {
    // Producer-thread slots: flags only (style.md rule 2).
    samples_conn_ = source_->samplesAvailable.connect(
        [this] { samples_pending_.store(true, std::memory_order_relaxed); });
    state_conn_ = source_->stateChanged.connect(
        [this](SourceState) { state_pending_.store(true, std::memory_order_relaxed); });
    generation_ = source_->generation();
    samples_pending_.store(true, std::memory_order_relaxed);
    state_pending_.store(true, std::memory_order_relaxed);
}

void LiveSourceAdapter::setSource(std::unique_ptr<LiveSource> source, bool start_source) {
    if (!source) return;
    // Stop the old producer before anything it may still touch goes away.
    samples_conn_.disconnect();
    state_conn_.disconnect();
    source_->stop();
    std::vector<StepRecord> leftover;
    tee_.drain(*source_, leftover); // recorded, so the historian holds everything the source made
    owned_source_ = std::move(source);
    source_ = owned_source_.get();
    if (last_state_ == SourceState::Faulted) alarms_.sourceRecovered(have_sample_ ? latest_.time_ms : 0);
    last_state_ = SourceState::Stopped;
    connectSource();
    resetViews();
    if (start_source) source_->start();
    since_sample_.start();
    emit sourceChanged();
    if (alarms_dirty_) {
        alarms_dirty_ = false;
        emit alarmsChanged();
    }
}

void LiveSourceAdapter::setRecorder(std::unique_ptr<HistorianRecorder> recorder) {
    if (recorder_sink_ != 0) tee_.removeSink(recorder_sink_);
    recorder_sink_ = 0;
    journal_.reset();
    recorder_ = std::move(recorder);
    if (!recorder_) return;
    recorder_sink_ = tee_.addSink([r = recorder_.get()](std::span<const StepRecord> s) { r->record(s); });
    journal_ = std::make_unique<AlarmJournal>(alarms_, *recorder_);
    if (journal_->restoredCount() > 0) emit alarmsChanged();
}

void LiveSourceAdapter::resetViews() {
    for (TimeSeriesBuffer& b : series_) b.clear();
    kpis_ = std::make_unique<LiveKpiTracker>(site_);
    have_sample_ = false;
    latest_ = StepRecord{};
    step_ms_ = 1000;
}

void LiveSourceAdapter::start(bool start_source) {
    if (start_source) source_->start();
    since_sample_.start();
    timer_.start();
}

double LiveSourceAdapter::animationPhaseS() const {
    return static_cast<double>(clock_.elapsed()) / 1000.0;
}

std::size_t LiveSourceAdapter::pump() {
    ++ticks_;
    checkSourceState();
    std::size_t n = 0;
    bool jumped = false;
    if (samples_pending_.exchange(false, std::memory_order_relaxed)) {
        // Read the generation before draining: samples drained after a seek are the new ones.
        const std::uint64_t gen = source_->generation();
        if (gen != generation_) {
            generation_ = gen;
            resetViews();
            jumped = true;
        }
        batch_.clear();
        n = tee_.drain(*source_, batch_);
        // The queue may have refilled between drain and the flag reset: look again next tick.
        if (n > 0) samples_pending_.store(true, std::memory_order_relaxed);
        for (const StepRecord& r : batch_) feed(r);
    }
    if (jumped) emit sourceChanged();
    if (n > 0) {
        since_sample_.restart();
    } else if (have_sample_ && source_->state() == SourceState::Running && source_->speed() > 0) {
        // Simulated time that should have passed since the last sample at the current speed.
        const auto waited_ms = static_cast<double>(since_sample_.elapsed()) * source_->speed();
        alarms_.checkStale(latest_.time_ms + step_ms_ + static_cast<std::int64_t>(waited_ms),
                           latest_.time_ms);
    }
    if (n > 0) emit updated();
    if (alarms_dirty_) {
        alarms_dirty_ = false;
        emit alarmsChanged();
    }
    emit frameTick(animationPhaseS());
    return n;
}

void LiveSourceAdapter::ingest(const std::vector<StepRecord>& records) {
    tee_.pass(records);
    for (const StepRecord& r : records) feed(r);
    if (!records.empty()) emit updated();
    if (alarms_dirty_) {
        alarms_dirty_ = false;
        emit alarmsChanged();
    }
}

void LiveSourceAdapter::feed(const StepRecord& r) {
    if (have_sample_ && r.time_ms > latest_.time_ms) step_ms_ = r.time_ms - latest_.time_ms;
    kpis_->add(r, step_ms_);
    alarms_.evaluate(r);
    const std::int64_t t = r.time_ms;
    const std::array<double, kChannelCount> values = {
        r.pv_kw, r.load_kw + r.bess_aux_kw, r.grid_kw, r.bess_kw,
        r.soc_pct, r.price_eur_per_mwh, r.carbon_g_per_kwh};
    for (std::size_t i = 0; i < kChannelCount; ++i) series_[i].append(t, values[i]);
    latest_ = r;
    have_sample_ = true;
    ++samples_total_;
}

void LiveSourceAdapter::checkSourceState() {
    if (!state_pending_.exchange(false, std::memory_order_relaxed)) return;
    const SourceState s = source_->state();
    if (s == last_state_) return;
    const std::int64_t t = have_sample_ ? latest_.time_ms : 0;
    if (s == SourceState::Faulted) {
        alarms_.sourceFault(t, source_->stateText());
    } else if (last_state_ == SourceState::Faulted || s == SourceState::Running) {
        // Running again (also clears a fault restored from an earlier session's historian).
        alarms_.sourceRecovered(t);
    }
    last_state_ = s;
    emit sourceStateChanged(s);
}

void LiveSourceAdapter::setSpeed(double factor) {
    source_->setSpeed(factor);
    state_pending_.store(true, std::memory_order_relaxed);
}

void LiveSourceAdapter::setPaused(bool paused) {
    source_->setPaused(paused);
    state_pending_.store(true, std::memory_order_relaxed);
}

void LiveSourceAdapter::stepOnce() { source_->stepOnce(); }

bool LiveSourceAdapter::acknowledgeAlarm(quint64 id) {
    // With a historian the acknowledgement is persisted, stamped with the data time now shown.
    const bool ok = journal_ ? journal_->acknowledge(id, have_sample_ ? latest_.time_ms : 0)
                             : alarms_.acknowledge(id);
    if (ok) emit alarmsChanged();
    return ok;
}

} // namespace gridtwin::ui
