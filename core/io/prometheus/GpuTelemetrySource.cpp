#include "io/prometheus/GpuTelemetrySource.h"

#include "io/prometheus/DcgmExpositionParser.h"
#include "io/prometheus/HttpClient.h"
#include "io/prometheus/PrometheusClient.h"
#include "model/InputError.h"

#include <cmath>
#include <exception>
#include <span>
#include <tuple>

namespace gridtwin {

namespace {

std::string num(double v) { return std::to_string(v); }

std::int64_t systemUtcMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

void validateGpuTelemetryConfig(const GpuTelemetryConfig& c) {
    parseHttpUrl(c.url, c.mode == GpuTelemetryConfig::Mode::PrometheusQuery ? "Prometheus URL" : "exporter URL");
    if (c.mode == GpuTelemetryConfig::Mode::PrometheusQuery && c.query.empty())
        throw InputError("", "query", "a PromQL expression giving GPU power in W", "");
    if (c.mode == GpuTelemetryConfig::Mode::ExporterScrape && c.metric.empty())
        throw InputError("", "metric", "a metric name such as DCGM_FI_DEV_POWER_USAGE", "");
    if (!(c.node_overhead_factor >= 1.0 && c.node_overhead_factor <= 5.0))
        throw InputError("", "node_overhead_factor", "1 .. 5 (IT power per GPU power)", num(c.node_overhead_factor));
    if (!(c.pue >= 1.0 && c.pue <= 3.0)) throw InputError("", "pue", "1 .. 3", num(c.pue));
    if (c.poll_interval_ms < 100 || c.poll_interval_ms > 3'600'000)
        throw InputError("", "poll_interval_ms", "100 .. 3600000", std::to_string(c.poll_interval_ms));
    if (c.timeout_ms < 10 || c.timeout_ms > 60'000)
        throw InputError("", "timeout_ms", "10 .. 60000", std::to_string(c.timeout_ms));
}

GpuTelemetrySource::GpuTelemetrySource(GpuTelemetryConfig config, UtcClock utc_now)
    : config_(std::move(config)), utc_now_(utc_now ? std::move(utc_now) : UtcClock(systemUtcMs)) {
    validateGpuTelemetryConfig(config_);
}

GpuTelemetrySource::~GpuTelemetrySource() {
    if (thread_.joinable()) {
        thread_.request_stop();
        thread_.join();
    }
}

std::string GpuTelemetrySource::name() const {
    return config_.mode == GpuTelemetryConfig::Mode::PrometheusQuery ? "Prometheus: " + config_.url
                                                                      : "DCGM exporter: " + config_.url;
}

void GpuTelemetrySource::start() {
    if (thread_.joinable()) {
        const SourceState s = state();
        if (s == SourceState::Running || s == SourceState::Paused) return;
        thread_.join();
    }
    thread_ = std::jthread([this](std::stop_token st) { runLoop(st); });
}

void GpuTelemetrySource::stop() {
    if (thread_.joinable()) {
        thread_.request_stop();
        thread_.join();
    }
    setState(SourceState::Stopped);
}

void GpuTelemetrySource::setPaused(bool paused) {
    {
        std::lock_guard lock(cmd_mutex_);
        paused_ = paused;
    }
    cmd_cv_.notify_all();
}

void GpuTelemetrySource::stepOnce() {
    {
        std::lock_guard lock(cmd_mutex_);
        if (!paused_) return;
        ++single_polls_;
    }
    cmd_cv_.notify_all();
}

std::size_t GpuTelemetrySource::drain(std::vector<StepRecord>& out) { return queue_.drain(out); }

SourceState GpuTelemetrySource::state() const {
    std::lock_guard lock(state_mutex_);
    return state_;
}

std::string GpuTelemetrySource::stateText() const {
    std::lock_guard lock(state_mutex_);
    std::string text = sourceStateName(state_);
    if (!state_detail_.empty()) text += ": " + state_detail_;
    return text;
}

GpuTelemetryStatus GpuTelemetrySource::status() const {
    std::lock_guard lock(state_mutex_);
    return status_;
}

void GpuTelemetrySource::setState(SourceState s, std::string detail) {
    {
        std::lock_guard lock(state_mutex_);
        if (state_ == s && state_detail_ == detail) return;
        state_ = s;
        state_detail_ = std::move(detail);
    }
    stateChanged(s);
}

std::pair<double, std::int64_t> GpuTelemetrySource::pollOnce(int* gpus) const {
    const auto timeout = std::chrono::milliseconds(config_.timeout_ms);
    if (config_.mode == GpuTelemetryConfig::Mode::PrometheusQuery) {
        const PrometheusClient client(config_.url, timeout);
        const PromResult r = client.query(config_.query);
        if ((r.result_type != "vector" && r.result_type != "scalar") || r.series.size() != 1 ||
            r.series.front().points.empty())
            throw PrometheusError("unexpected_result",
                                  "query " + config_.query + ": expected one value (a vector of one series or a "
                                  "scalar; wrap it in sum()), found " + std::to_string(r.series.size()) +
                                  " series of type " + r.result_type);
        const PromPoint p = r.series.front().points.front();
        if (!std::isfinite(p.value) || p.value < 0)
            throw PrometheusError("unexpected_result", "query " + config_.query + ": value " + num(p.value) +
                                                           " is not a power >= 0 W");
        if (gpus) *gpus = 0;
        return {p.value, static_cast<std::int64_t>(std::llround(p.time_s * 1000.0))};
    }
    HttpOptions opt;
    opt.timeout = timeout;
    opt.accept = "text/plain;version=0.0.4";
    const HttpUrl url = parseHttpUrl(config_.url, "exporter URL");
    const HttpResponse resp = httpGet(url, opt);
    if (resp.status != 200)
        throw HttpError(HttpError::Kind::Protocol, "GET " + url.text() + ": HTTP " + std::to_string(resp.status) +
                                                       " " + resp.reason);
    const auto samples = DcgmExpositionParser::parse(resp.body, url.text());
    const GpuPowerSum sum = DcgmExpositionParser::sumPower(samples, config_.metric);
    if (sum.gpus == 0)
        throw InputError(url.text(), config_.metric, "at least one GPU sample",
                         sum.missing > 0 ? std::to_string(sum.missing) + " blank or invalid samples" : "none");
    if (gpus) *gpus = sum.gpus;
    return {sum.total_w, sum.newest_timestamp_ms.value_or(0)};
}

void GpuTelemetrySource::pollAndPush() {
    const std::int64_t now = utc_now_();
    StepRecord r;
    int gpus = 0;
    std::string error;
    double gpu_w = 0;
    std::int64_t server_ms = 0;
    try {
        std::tie(gpu_w, server_ms) = pollOnce(&gpus);
    } catch (const std::exception& e) {
        error = e.what();
    }
    bool fault = false;
    {
        std::lock_guard lock(state_mutex_);
        ++status_.polls;
        if (error.empty()) {
            r.time_ms = now;
            r.it_load_kw = gpu_w / 1000.0 * config_.node_overhead_factor;
            r.load_kw = r.it_load_kw * config_.pue;
            r.grid_kw = r.load_kw;
            r.reason = Reason::Idle;
            r.quality = server_ms > 0 && now - server_ms > config_.stale_after_ms ? Quality::Stale : Quality::Good;
            last_good_ = r;
            have_good_ = true;
            status_.connected = true;
            status_.last_good_ms = now;
            status_.consecutive_errors = 0;
            status_.gpu_w = gpu_w;
            status_.gpus = gpus;
        } else {
            r = have_good_ ? last_good_ : StepRecord{};
            r.time_ms = now;
            r.quality = Quality::Bad;
            ++status_.errors;
            ++status_.consecutive_errors;
            status_.connected = false;
            status_.last_error = error;
            fault = status_.consecutive_errors >= kFaultAfterErrors;
        }
    }
    if (queue_.push(std::span(&r, 1))) samplesAvailable();
    if (fault) setState(SourceState::Faulted, error);
    else setState(SourceState::Running);
}

void GpuTelemetrySource::runLoop(std::stop_token stop) {
    while (!stop.stop_requested()) {
        bool paused = false;
        bool single = false;
        {
            std::lock_guard lock(cmd_mutex_);
            paused = paused_;
            single = paused && single_polls_ > 0;
            if (single) --single_polls_;
        }
        if (paused && !single) {
            setState(SourceState::Paused);
            std::unique_lock lock(cmd_mutex_);
            cmd_cv_.wait(lock, stop, [&] { return !paused_ || single_polls_ > 0; });
            continue;
        }
        pollAndPush();
        if (single) continue;
        std::unique_lock lock(cmd_mutex_);
        cmd_cv_.wait_for(lock, stop, std::chrono::milliseconds(config_.poll_interval_ms), [&] { return paused_; });
    }
}

} // namespace gridtwin
