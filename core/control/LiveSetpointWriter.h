#pragma once
// The live write path (issue 5 item 6): measured records in, battery setpoints out. Fed by the
// caller (drain of a LiveSource, or a SampleTee sink), it runs LiveBessControl on every record
// and hands the setpoint to the device through a sink (SunSpecDeviceSource::requestBessSetpointKw
// in the product) when it moved by more than a deadband, or was last written long ago (a device
// that restarted gets it again). Untrusted measurements, and no trusted record for
// release_after_ms, release the battery to its own control; stop() releases it too.
//
// Nothing is written unrecorded: start() writes its audit entry before anything else and refuses
// to start when that throws; the first write and stop() are recorded too. The audit function is
// the caller's (the app binds it to the session's audit log, which knows who is at the keyboard).
// Time is injected (now_ms) and records carry their own; single-threaded (the caller's thread).

#include "control/LiveBessControl.h"
#include "io/LiveSource.h"
#include "model/StepRecord.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace gridtwin {

struct LiveSetpointOptions {
    double deadband_kw = 1.0;               // smaller moves are not written
    std::int64_t rewrite_after_ms = 30'000; // the same setpoint is written again after this long
    std::int64_t release_after_ms = 10'000; // no trusted record for this long (now_ms): release
};

struct LiveSetpointStatus {
    bool running = false;
    std::uint64_t records = 0; // measured records fed since start()
    std::uint64_t writes = 0;  // setpoints (and releases) the device sink accepted
    std::uint64_t refused = 0; // ... it refused (writing not allowed, no storage)
    /// What was last handed to the device: empty = nothing yet, nullopt inside = released.
    std::optional<std::optional<double>> written_kw;
    LiveBessDecision last;  // the last decision (any action)
    std::string last_error; // "" while none
};

class LiveSetpointWriter {
public:
    /// Audit actions. Stopping needs no right: it also follows the loss of it.
    static constexpr const char* kStartAction = "start_setpoint_writing";
    static constexpr const char* kFirstWriteAction = "first_setpoint_write";
    static constexpr const char* kStopAction = "stop_setpoint_writing";
    /// Hands a setpoint (kW, > 0 discharge; nullopt = release) to the device; false = refused.
    using SetpointSink = std::function<bool(std::optional<double>)>;
    /// Appends an audit entry (time_ms, action, detail); throws when it cannot be recorded.
    using AuditLog = std::function<void(std::int64_t, const std::string&, const std::string&)>;

    LiveSetpointWriter(LiveBessControl control, SetpointSink sink, AuditLog audit,
                       LiveSetpointOptions options = {});
    /// Releases the battery if still running (recorded when the log still takes it).
    ~LiveSetpointWriter();
    LiveSetpointWriter(const LiveSetpointWriter&) = delete;
    LiveSetpointWriter& operator=(const LiveSetpointWriter&) = delete;

    /// Records "start_setpoint_writing" (detail: target, controller, why) and starts; rethrows
    /// whatever the audit log throws, and then nothing runs. why must not be empty
    /// (std::invalid_argument).
    void start(std::int64_t now_ms, const std::string& target, const std::string& why);
    /// Releases the battery and records "stop_setpoint_writing" (why, writes so far). Stops even
    /// when the log throws (the error then shows in status().last_error). No-op when stopped.
    void stop(std::int64_t now_ms, const std::string& why);
    bool running() const { return status_.running; }

    /// Measured records in time order; ignored while stopped.
    void feed(std::span<const StepRecord> records);
    /// Drains the source (the writer's own connection) and feeds what came; returns how many.
    std::size_t drain(LiveSource& source);
    /// Releases when no trusted record arrived for release_after_ms before now_ms (a source that
    /// stopped delivering must not leave the battery at a setpoint).
    void checkWatchdog(std::int64_t now_ms);

    const LiveSetpointStatus& status() const { return status_; }
    const LiveBessControl& control() const { return control_; }

private:
    void write(std::optional<double> kw, std::int64_t time_ms);

    LiveBessControl control_;
    SetpointSink sink_;
    AuditLog audit_;
    LiveSetpointOptions options_;
    LiveSetpointStatus status_;
    std::int64_t started_ms_ = 0;
    std::int64_t last_trusted_ms_ = 0;
    std::int64_t last_write_ms_ = 0;
    bool first_write_recorded_ = false;
    std::vector<StepRecord> buffer_;
};

} // namespace gridtwin
