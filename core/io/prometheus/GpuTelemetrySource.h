#pragma once
// GPU cluster power as a LiveSource, polled on its own thread from either
//  - a Prometheus server that scrapes dcgm-exporter: an instant query, by default
//    sum(DCGM_FI_DEV_POWER_USAGE), whose single result is the cluster's GPU power in W; or
//  - a dcgm-exporter /metrics page scraped directly: DCGM_FI_DEV_POWER_USAGE summed over GPUs.
// GPU board power is only part of the load, so (docs/prometheus.md):
//   it_load_kw = gpu_w / 1000 * node_overhead_factor   (CPUs, memory, NICs, fans of the nodes)
//   load_kw    = it_load_kw * pue                      (cooling and facility)
// Only the load is measured: pv, bess and soc are 0 and grid_kw = load_kw (balance kept). A
// failed poll yields a sample with the last good values and Quality::Bad (Stale when the server's
// own sample is older than stale_after_ms); kFaultAfterErrors failures in a row fault the source
// (alarm) until a poll succeeds again.

#include "io/LiveSource.h"
#include "io/SampleQueue.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

namespace gridtwin {

struct GpuTelemetryConfig {
    enum class Mode { PrometheusQuery, ExporterScrape };
    Mode mode = Mode::PrometheusQuery;
    std::string url;                                 // http://prometheus:9090 or http://node:9400/metrics
    std::string query = "sum(DCGM_FI_DEV_POWER_USAGE)"; // PrometheusQuery: PromQL giving W
    std::string metric = "DCGM_FI_DEV_POWER_USAGE";    // ExporterScrape: summed metric, W
    double node_overhead_factor = 1.0;               // IT power per GPU power (>= 1)
    double pue = 1.0;                                // facility power per IT power (>= 1)
    std::int64_t poll_interval_ms = 5000;
    std::int64_t timeout_ms = 3000;
    std::int64_t stale_after_ms = 60000;             // server sample older than this: Stale
};

/// Throws InputError naming the field when a value is out of range or the URL is not http://.
void validateGpuTelemetryConfig(const GpuTelemetryConfig& c);

/// One poll's outcome, for the status table.
struct GpuTelemetryStatus {
    bool connected = false;
    std::int64_t last_good_ms = 0; // UTC ms of the last good poll, 0 = none
    std::uint64_t polls = 0;
    std::uint64_t errors = 0;
    int consecutive_errors = 0;
    double gpu_w = 0;
    int gpus = 0;                  // exporter mode: GPUs summed
    std::string last_error;
};

class GpuTelemetrySource : public LiveSource {
public:
    static constexpr int kFaultAfterErrors = 3;
    /// UTC wall clock in ms (injected for tests).
    using UtcClock = std::function<std::int64_t()>;

    explicit GpuTelemetrySource(GpuTelemetryConfig config, UtcClock utc_now = {});
    ~GpuTelemetrySource() override;

    std::string name() const override;
    void start() override;
    void stop() override;
    void setPaused(bool paused) override;
    void stepOnce() override; // while paused: poll once now
    std::size_t drain(std::vector<StepRecord>& out) override;
    SourceState state() const override;
    std::string stateText() const override;

    GpuTelemetryStatus status() const;
    const GpuTelemetryConfig& config() const { return config_; }

    /// One poll on the calling thread: GPU power in W and the server's sample time (UTC ms, 0 when
    /// it gave none). Throws HttpError, PrometheusError or InputError.
    std::pair<double, std::int64_t> pollOnce(int* gpus = nullptr) const;

private:
    void runLoop(std::stop_token stop);
    void pollAndPush();
    void setState(SourceState s, std::string detail = {});

    GpuTelemetryConfig config_;
    UtcClock utc_now_;
    SampleQueue queue_{4096};

    mutable std::mutex cmd_mutex_;
    std::condition_variable_any cmd_cv_;
    bool paused_ = false;
    std::uint64_t single_polls_ = 0;

    mutable std::mutex state_mutex_;
    SourceState state_ = SourceState::Stopped;
    std::string state_detail_;
    GpuTelemetryStatus status_;
    StepRecord last_good_;
    bool have_good_ = false;
    std::jthread thread_;
};

} // namespace gridtwin
