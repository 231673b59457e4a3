#include "control/LiveSetpointWriter.h"

#include "model/TimeUtc.h"

#include <cmath>
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <utility>

namespace gridtwin {

namespace {

std::string kwText(double kw) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.1f kW", kw);
    return buf;
}

std::string controllerText(const LiveBessControl& c) {
    const ControllerConfig& cfg = c.site().controller;
    std::string s = c.controllerName();
    if (cfg.kind == ControllerKind::PeakShaving)
        s += " (threshold " + kwText(cfg.peak_threshold_kw) + ", recharge below " +
             kwText(cfg.recharge_below_kw) + ")";
    else if (cfg.kind == ControllerKind::SelfConsumption)
        s += " (grid target " + kwText(cfg.grid_target_kw) + ")";
    return s + ", PCS limit " + kwText(c.pcsLimitKw());
}

} // namespace

LiveSetpointWriter::LiveSetpointWriter(LiveBessControl control, SetpointSink sink, AuditLog audit,
                                       LiveSetpointOptions options)
    : control_(std::move(control)), sink_(std::move(sink)), audit_(std::move(audit)),
      options_(options) {}

LiveSetpointWriter::~LiveSetpointWriter() {
    if (!status_.running) return;
    try {
        stop(status_.last.time_ms, "writer closed");
    } catch (...) { // a destructor must not throw; stop() already released the battery
    }
}

void LiveSetpointWriter::start(std::int64_t now_ms, const std::string& target,
                               const std::string& why) {
    if (status_.running) return;
    if (why.empty()) throw std::invalid_argument("starting setpoint writing needs a reason");
    // Recorded before anything runs: an unrecordable start does not start.
    audit_(now_ms, kStartAction,
           "target " + target + "; controller " + controllerText(control_) + "; why: " + why);
    status_ = LiveSetpointStatus{};
    status_.running = true;
    started_ms_ = now_ms;
    last_trusted_ms_ = now_ms;
    last_write_ms_ = 0;
    first_write_recorded_ = false;
}

void LiveSetpointWriter::stop(std::int64_t now_ms, const std::string& why) {
    if (!status_.running) return;
    status_.running = false;
    // Release first: the battery goes back to its own control whatever the log does.
    const bool released = sink_ && sink_(std::nullopt);
    if (released) {
        ++status_.writes;
        status_.written_kw = std::optional<double>{};
    } else {
        ++status_.refused;
        status_.last_error = "the device did not take the release";
    }
    try {
        audit_(now_ms, kStopAction,
               why + "; " + (released ? "battery released" : "release refused by the device") +
                   "; " + std::to_string(status_.writes) + " writes since start");
    } catch (const std::exception& e) {
        status_.last_error = std::string("stop not recorded: ") + e.what();
    }
}

void LiveSetpointWriter::write(std::optional<double> kw, std::int64_t time_ms) {
    if (kw && !first_write_recorded_) {
        try {
            audit_(time_ms, kFirstWriteAction,
                   kwText(*kw) + " (" + std::string(reasonCode(status_.last.reason)) + ") at " +
                       formatIsoUtc(time_ms));
        } catch (const std::exception& e) {
            // Writing unrecorded is not allowed: hand the battery back and stop.
            status_.last_error = std::string("first write not recorded, stopped: ") + e.what();
            status_.running = false;
            if (sink_ && sink_(std::nullopt)) status_.written_kw = std::optional<double>{};
            return;
        }
        first_write_recorded_ = true;
    }
    if (sink_ && sink_(kw)) {
        ++status_.writes;
        status_.written_kw = kw;
        last_write_ms_ = time_ms;
        status_.last_error.clear();
    } else {
        ++status_.refused;
        status_.last_error = "the device refused the setpoint (writing not allowed or no storage)";
    }
}

void LiveSetpointWriter::feed(std::span<const StepRecord> records) {
    for (const StepRecord& r : records) {
        if (!status_.running) return;
        ++status_.records;
        status_.last = control_.step(r);
        const LiveBessDecision& d = status_.last;
        const bool stale_write = d.time_ms - last_write_ms_ >= options_.rewrite_after_ms;
        if (d.action == LiveBessAction::Set) {
            last_trusted_ms_ = d.time_ms;
            const std::optional<double>* w = status_.written_kw ? &*status_.written_kw : nullptr;
            const bool moved = w == nullptr || !w->has_value() ||
                               std::abs(**w - d.setpoint_kw) >= options_.deadband_kw;
            if (moved || stale_write) write(d.setpoint_kw, d.time_ms);
        } else if (d.action == LiveBessAction::Release) {
            const bool released = status_.written_kw && !status_.written_kw->has_value();
            if (!released || stale_write) write(std::nullopt, d.time_ms);
        }
    }
}

std::size_t LiveSetpointWriter::drain(LiveSource& source) {
    buffer_.clear();
    const std::size_t n = source.drain(buffer_);
    feed(buffer_);
    return n;
}

void LiveSetpointWriter::checkWatchdog(std::int64_t now_ms) {
    if (!status_.running || now_ms - last_trusted_ms_ < options_.release_after_ms) return;
    const bool released = status_.written_kw && !status_.written_kw->has_value();
    if (!released) {
        write(std::nullopt, now_ms);
        status_.last_error = "no trusted measurement for " +
                             std::to_string(options_.release_after_ms / 1000) +
                             " s: battery released to its own control";
    }
}

} // namespace gridtwin
