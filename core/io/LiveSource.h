#pragma once
// A live data source: something that produces timestamped site measurements (one StepRecord per
// sample, with its Quality flag) on its own thread. The embedded simulator is the first one;
// recorded logs and field devices come later behind the same interface.
//
// Threading contract (style.md rules 2 and 3): the producer never calls UI code. It appends
// samples to an internal bounded queue and emits samplesAvailable on the producer thread; a slot
// may only set a flag. The UI pulls with drain() on its own timer (30-60 Hz).

#include "model/StepRecord.h"

#include <boost/signals2/signal.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace gridtwin {

enum class SourceState { Stopped, Running, Paused, Finished, Faulted };

/// Stable English name of a state ("stopped", "running", ...); the UI translates by value.
const char* sourceStateName(SourceState s);

class LiveSource {
public:
    virtual ~LiveSource() = default;
    LiveSource() = default;
    LiveSource(const LiveSource&) = delete;
    LiveSource& operator=(const LiveSource&) = delete;

    virtual std::string name() const = 0;
    /// True for the embedded simulation: the console then labels its time as simulated and names
    /// the bundled weather and profiles it runs on.
    virtual bool simulated() const { return false; }
    virtual void start() = 0;
    /// Stops producing and joins the producer thread; samples already queued stay drainable.
    virtual void stop() = 0;

    /// Replay speed as a multiple of real time (1, 10, 60, 600); 0 = as fast as possible.
    virtual void setSpeed(double /*factor*/) {}
    virtual double speed() const { return 1.0; }
    virtual void setPaused(bool /*paused*/) {}
    /// While paused: produce exactly one more sample.
    virtual void stepOnce() {}

    /// Bumped whenever the source jumps in time (a replay seek): samples drained after a change
    /// continue from the new position, so views clear their trends. Thread-safe.
    virtual std::uint64_t generation() const { return 0; }

    /// Thread-safe; moves the samples produced since the last call into out (appends, in time
    /// order) and returns how many were moved. Called from the UI timer.
    virtual std::size_t drain(std::vector<StepRecord>& out) = 0;

    virtual SourceState state() const = 0;
    /// Human-readable state with detail, e.g. "faulted: weather file missing".
    virtual std::string stateText() const = 0;

    /// Emitted on the producer thread when the queue goes from empty to non-empty; slots only set
    /// a flag.
    boost::signals2::signal<void()> samplesAvailable;
    /// Emitted on the producer thread (or on the caller's thread from stop(), after the join).
    boost::signals2::signal<void(SourceState)> stateChanged;
};

} // namespace gridtwin
