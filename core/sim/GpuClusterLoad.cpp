#include "sim/GpuClusterLoad.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <random>

namespace gridtwin {

namespace {

constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kWarmupMs = 7 * kMsPerDay;      // the queue fills within hours
constexpr std::int64_t kMaxQueueWaitMs = 2 * kMsPerDay; // a job waiting longer is dropped
constexpr std::size_t kMaxQueueLength = 256;           // arrivals beyond this are dropped
constexpr int kProjectCount = 8;

// Portable random variates: std:: distributions are implementation-defined, so draw our own
// from the (portable) mt19937_64 bit stream.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : gen_(seed) {}
    double uniform() { return static_cast<double>(gen_() >> 11) * 0x1.0p-53; } // [0, 1)
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    double normal() { // Box-Muller transform
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    int below(int n) { return static_cast<int>(uniform() * n); }

private:
    std::mt19937_64 gen_;
};

// SplitMix64 finaliser (Steele, Lea, Flood 2014): independent sub-seeds per job.
std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::string text(double x) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
}

std::int64_t toMs(double ms) { return static_cast<std::int64_t>(std::llround(ms)); }

struct Event {
    std::int64_t t;
    double dv; // kW jump
    double ds; // kW/ms slope change
    double dw; // kW wave amplitude change
};

// One job's activity a(t) in [0, 1] (0 = GPUs idle, 1 = running mean power) as a
// piecewise-linear function; each change becomes a global event scaled to kW.
class JobTrace {
public:
    JobTrace(std::vector<Event>& out, std::int64_t period_start, std::int64_t period_end,
             double scale_kw, double wave_kw)
        : out_(out), p0_(period_start), p1_(period_end), scale_(scale_kw), wave_(wave_kw) {}

    double valueAt(std::int64_t t) const { return a_ + slope_ * static_cast<double>(t - t_); }

    // From t on, the activity is a + slope * (t' - t) and the wave is on or off.
    void set(std::int64_t t, double a, double slope, bool wave) {
        accumulate(t);
        if (t < p1_) {
            const double dw = (wave ? wave_ : 0.0) - (wave_on_ ? wave_ : 0.0);
            out_.push_back({t, (a - valueAt(t)) * scale_, (slope - slope_) * scale_, dw});
        }
        t_ = t;
        a_ = a;
        slope_ = slope;
        wave_on_ = wave;
    }

    // Integral of a(t) over the part of [t_, t) inside the period, in activity x ms.
    double activityMs() const { return activity_ms_; }

private:
    void accumulate(std::int64_t t) {
        const std::int64_t lo = std::max(t_, p0_);
        const std::int64_t hi = std::min(t, p1_);
        if (hi <= lo) return;
        const double mid = 0.5 * static_cast<double>(lo - t_) + 0.5 * static_cast<double>(hi - t_);
        activity_ms_ += static_cast<double>(hi - lo) * (a_ + slope_ * mid);
    }

    std::vector<Event>& out_;
    std::int64_t p0_, p1_;
    double scale_, wave_;
    std::int64_t t_ = std::numeric_limits<std::int64_t>::min() / 2;
    double a_ = 0.0, slope_ = 0.0;
    bool wave_on_ = false;
    double activity_ms_ = 0.0;
};

struct JobTiming {
    std::int64_t ramp_ms, restart_ms, checkpoint_ms, checkpoint_dur_ms;
    double failure_per_gpu_ms;
    double dip_activity;
    bool wave;
};

// The job's life as a small state machine: ramp up, run (with checkpoint dips), fail (idle for
// the restart time, then ramp up again), ramp down to idle at the end.
void traceJob(JobRecord& job, const JobTiming& tm, JobTrace& tr, Rng& rng, std::int64_t p0,
              std::int64_t p1) {
    enum class State { RampUp, Run, Dip, Down };
    const std::int64_t s = job.start_ms, e = job.end_ms, e_ramp = e - tm.ramp_ms;
    const double fail_mean_ms = tm.failure_per_gpu_ms > 0.0
                                    ? 1.0 / (tm.failure_per_gpu_ms * job.gpus)
                                    : 0.0;
    auto nextFailure = [&](std::int64_t from) {
        if (fail_mean_ms <= 0.0) return kNever;
        const double gap = rng.exponential(fail_mean_ms);
        return gap > 1e15 ? kNever : from + std::max<std::int64_t>(1, toMs(gap));
    };
    auto inPeriod = [&](std::int64_t t) { return t >= p0 && t < p1; };
    const double up_slope = tm.ramp_ms > 0 ? 1.0 / static_cast<double>(tm.ramp_ms) : 0.0;

    State state = State::RampUp;
    std::int64_t state_end = s + tm.ramp_ms;
    std::int64_t next_ck = kNever;
    std::int64_t next_fail = nextFailure(s);
    tr.set(s, 0.0, up_slope, false);
    for (;;) {
        enum class Kind { End, Ready, Checkpoint, DipEnd, Restart, Fail } kind = Kind::End;
        std::int64_t t = e_ramp;
        if (state == State::Run && next_ck < t) {
            t = next_ck;
            kind = Kind::Checkpoint;
        } else if (state != State::Run && state_end <= t && state_end < e_ramp) {
            t = state_end;
            kind = state == State::RampUp ? Kind::Ready
                   : state == State::Dip  ? Kind::DipEnd
                                          : Kind::Restart;
        }
        if (state != State::Down && next_fail < t) {
            t = next_fail;
            kind = Kind::Fail;
        }
        switch (kind) {
        case Kind::End: {
            const double a = tr.valueAt(e_ramp);
            if (tm.ramp_ms > 0 && a > 0.0) tr.set(e_ramp, a, -a / static_cast<double>(tm.ramp_ms), false);
            tr.set(e, 0.0, 0.0, false);
            return;
        }
        case Kind::Ready:
            tr.set(t, 1.0, 0.0, tm.wave);
            state = State::Run;
            next_ck = tm.checkpoint_ms > 0 ? t + tm.checkpoint_ms : kNever;
            break;
        case Kind::Checkpoint:
            if (inPeriod(t)) ++job.checkpoints;
            tr.set(t, tm.dip_activity, 0.0, false);
            state = State::Dip;
            state_end = t + tm.checkpoint_dur_ms;
            next_ck = t + tm.checkpoint_ms;
            break;
        case Kind::DipEnd:
            tr.set(t, 1.0, 0.0, tm.wave);
            state = State::Run;
            break;
        case Kind::Fail:
            if (inPeriod(t)) ++job.failures;
            tr.set(t, 0.0, 0.0, false);
            state = State::Down;
            state_end = t + tm.restart_ms;
            next_fail = nextFailure(state_end);
            break;
        case Kind::Restart:
            tr.set(t, 0.0, up_slope, false);
            state = State::RampUp;
            state_end = t + tm.ramp_ms;
            break;
        }
    }
}

} // namespace

GpuClusterLoad::GpuClusterLoad(const GpuClusterConfig& cfg, std::uint64_t seed,
                               std::int64_t start_ms, std::int64_t end_ms)
    : start_ms_(start_ms), end_ms_(end_ms) {
    validate(cfg, start_ms, end_ms);
    generate(cfg, seed);
}

void GpuClusterLoad::validate(const GpuClusterConfig& c, std::int64_t start_ms,
                              std::int64_t end_ms) const {
    auto require = [](bool ok, const char* field, const char* expected, const std::string& found) {
        if (!ok) throw InputError("", std::string("cluster.") + field, expected, found);
    };
    if (end_ms <= start_ms)
        throw InputError("", "period", "an end after the start " + formatIsoUtc(start_ms),
                         formatIsoUtc(end_ms));
    require(c.node_count >= 1, "node_count", "an integer >= 1", std::to_string(c.node_count));
    require(c.gpus_per_node >= 1, "gpus_per_node", "an integer >= 1",
            std::to_string(c.gpus_per_node));
    require(c.gpu_tdp_w > 0.0, "gpu_tdp_w", "a power > 0 W", text(c.gpu_tdp_w));
    require(c.gpu_idle_w >= 0.0 && c.gpu_idle_w < c.gpu_tdp_w, "gpu_idle_w",
            "a power >= 0 W and below gpu_tdp_w", text(c.gpu_idle_w));
    require(c.node_idle_overhead_w >= 0.0, "node_idle_overhead_w", "a power >= 0 W",
            text(c.node_idle_overhead_w));
    require(c.node_overhead_w >= c.node_idle_overhead_w, "node_overhead_w",
            "a power >= node_idle_overhead_w", text(c.node_overhead_w));
    require(c.job_power_fraction * c.gpu_tdp_w >= c.gpu_idle_w && c.job_power_fraction <= 1.0,
            "job_power_fraction", "a fraction of TDP between idle power and 1",
            text(c.job_power_fraction));
    require(c.job_arrival_rate_per_h >= 0.0, "job_arrival_rate_per_h", "a rate >= 0",
            text(c.job_arrival_rate_per_h));
    require(c.job_duration_median_h > 0.0, "job_duration_median_h", "a duration > 0 h",
            text(c.job_duration_median_h));
    require(c.job_duration_sigma >= 0.0, "job_duration_sigma", "a shape >= 0",
            text(c.job_duration_sigma));
    require(c.job_min_gpus >= 1, "job_min_gpus", "an integer >= 1", std::to_string(c.job_min_gpus));
    require(c.hero_job_fraction >= 0.0 && c.hero_job_fraction <= 1.0, "hero_job_fraction",
            "a fraction between 0 and 1", text(c.hero_job_fraction));
    require(c.hero_job_fraction == 0.0 || c.hero_job_duration_h > 0.0, "hero_job_duration_h",
            "a duration > 0 h", text(c.hero_job_duration_h));
    require(c.target_utilisation > 0.0 && c.target_utilisation <= 1.0, "target_utilisation",
            "a fraction in (0, 1]", text(c.target_utilisation));
    require(c.failure_rate_per_gpu_day >= 0.0, "failure_rate_per_gpu_day", "a rate >= 0",
            text(c.failure_rate_per_gpu_day));
    require(c.restart_minutes >= 0.0, "restart_minutes", "a duration >= 0 min",
            text(c.restart_minutes));
    require(c.ramp_s >= 0.0, "ramp_s", "a duration >= 0 s", text(c.ramp_s));
    require(c.checkpoint_duration_s >= 0.0, "checkpoint_duration_s", "a duration >= 0 s",
            text(c.checkpoint_duration_s));
    require(c.checkpoint_interval_min <= 0.0 ||
                c.checkpoint_duration_s < 60.0 * c.checkpoint_interval_min,
            "checkpoint_duration_s", "a duration shorter than checkpoint_interval_min",
            text(c.checkpoint_duration_s));
    require(!c.iteration_layer || (c.iteration_hz > 0.0 && c.iteration_hz <= 1000.0),
            "iteration_hz", "a frequency in (0, 1000] Hz", text(c.iteration_hz));
    require(!c.iteration_layer || (c.iteration_duty > 0.0 && c.iteration_duty <= 1.0),
            "iteration_duty", "a fraction in (0, 1]", text(c.iteration_duty));
    require(c.iteration_low_fraction >= 0.0 && c.iteration_low_fraction <= 1.0,
            "iteration_low_fraction", "a fraction of TDP between 0 and 1",
            text(c.iteration_low_fraction));
    require(c.power_floor_fraction >= 0.0 && c.power_floor_fraction <= 1.0,
            "power_floor_fraction", "a fraction of TDP between 0 and 1",
            text(c.power_floor_fraction));
}

void GpuClusterLoad::generate(const GpuClusterConfig& c, std::uint64_t seed) {
    // Per-GPU power levels. Node overhead scales linearly with the node's GPU load between its
    // idle and full-load values, so IT power is linear in the GPU power above idle.
    const double tdp = c.gpu_tdp_w, idle = c.gpu_idle_w;
    const double floor_w = c.power_floor_fraction * tdp;
    overhead_factor_ = 1.0 + (c.node_overhead_w - c.node_idle_overhead_w) /
                                 (c.gpus_per_node * (tdp - idle));
    if (c.iteration_layer) {
        // physics.md 4.2 item 3: mean = P_low + D (P_high - P_low); P_high chosen so that the
        // mean without a floor is job_power_fraction x TDP, capped at TDP; the floor raises P_low.
        const double d = c.iteration_duty;
        const double low0 = std::max(idle, c.iteration_low_fraction * tdp);
        gpu_high_w_ = std::clamp((c.job_power_fraction * tdp - (1.0 - d) * low0) / d, low0, tdp);
        gpu_low_w_ = std::min(gpu_high_w_, std::max(low0, floor_w));
        gpu_run_w_ = gpu_low_w_ + d * (gpu_high_w_ - gpu_low_w_);
        wave_period_ms_ = 1000.0 / c.iteration_hz;
        wave_duty_ = d;
    } else {
        gpu_run_w_ = std::max(c.job_power_fraction * tdp, floor_w);
        gpu_high_w_ = gpu_low_w_ = gpu_run_w_;
    }
    gpu_dip_w_ = std::min(gpu_run_w_, std::max(idle, floor_w));

    const int total_gpus = c.node_count * c.gpus_per_node;
    idle_it_kw_ = c.node_count * (c.gpus_per_node * idle + c.node_idle_overhead_w) / 1000.0;
    max_it_kw_ = c.node_count * (c.gpus_per_node * tdp + c.node_overhead_w) / 1000.0;
    const double kw_per_gpu_w = overhead_factor_ / 1000.0; // IT kW per GPU W above idle

    // --- Scheduling: hero runs back to back, other jobs through a FIFO queue with backfill.
    Rng rng(seed);
    const std::int64_t t_begin = start_ms_ - kWarmupMs;
    std::int64_t next_id = 1;
    std::vector<JobRecord> all;
    const int hero_gpus = static_cast<int>(std::lround(c.hero_job_fraction * total_gpus));
    if (hero_gpus > 0) {
        const std::int64_t dur = std::max<std::int64_t>(toMs(c.hero_job_duration_h * kMsPerHour),
                                                        2 * toMs(c.ramp_s * 1000.0) + 1000);
        // Random phase of the hero cycle at the period start.
        std::int64_t t = start_ms_ - static_cast<std::int64_t>(rng.uniform() * static_cast<double>(dur));
        for (; t < end_ms_; t += dur) {
            JobRecord j;
            j.id = next_id++;
            j.account = "hero";
            j.hero = true;
            j.gpus = hero_gpus;
            j.submit_ms = j.start_ms = t;
            j.end_ms = t + dur;
            all.push_back(std::move(j));
        }
    }
    const double target_gpus = c.target_utilisation * total_gpus;
    const int max_size = total_gpus - hero_gpus;
    const std::int64_t min_dur = 2 * toMs(c.ramp_s * 1000.0) + 60'000;
    if (c.job_arrival_rate_per_h > 0.0 && max_size >= c.job_min_gpus) {
        struct Running {
            std::int64_t end;
            int gpus;
        };
        auto later = [](const Running& a, const Running& b) { return a.end > b.end; };
        std::vector<Running> running; // min-heap on end
        std::vector<JobRecord> queue;
        int allocated = hero_gpus;
        const double mean_gap_ms = static_cast<double>(kMsPerHour) / c.job_arrival_rate_per_h;
        const double log_span = std::log(static_cast<double>(max_size) / c.job_min_gpus);
        auto schedule = [&](std::int64_t now) {
            std::size_t keep = 0;
            for (std::size_t i = 0; i < queue.size(); ++i) {
                JobRecord& j = queue[i];
                // Admit when the job fits and brings the allocation closer to the target.
                if (allocated + j.gpus <= total_gpus && 2.0 * allocated + j.gpus <= 2.0 * target_gpus) {
                    allocated += j.gpus;
                    j.end_ms = now + (j.end_ms - j.start_ms); // end_ms held the duration offset
                    j.start_ms = now;
                    running.push_back({j.end_ms, j.gpus});
                    std::push_heap(running.begin(), running.end(), later);
                    all.push_back(std::move(j));
                } else if (now - j.submit_ms > kMaxQueueWaitMs) {
                    if (now >= start_ms_) ++dropped_jobs_;
                } else {
                    if (keep != i) queue[keep] = std::move(j);
                    ++keep;
                }
            }
            queue.resize(keep);
        };
        std::int64_t next_arrival = t_begin + toMs(rng.exponential(mean_gap_ms));
        for (;;) {
            const std::int64_t next_end = running.empty() ? kNever : running.front().end;
            if (next_end <= next_arrival && next_end < end_ms_) {
                allocated -= running.front().gpus;
                std::pop_heap(running.begin(), running.end(), later);
                running.pop_back();
                schedule(next_end);
            } else if (next_arrival < end_ms_) {
                JobRecord j;
                j.id = next_id++;
                j.account = std::string("project-") + static_cast<char>('a' + rng.below(kProjectCount));
                // Log-uniform size from job_min_gpus to what fits beside the hero run.
                j.gpus = std::clamp(static_cast<int>(std::lround(c.job_min_gpus *
                                                                 std::exp(rng.uniform() * log_span))),
                                    c.job_min_gpus, max_size);
                // Lognormal duration: median x exp(sigma N(0,1)).
                const double dur_ms = c.job_duration_median_h * kMsPerHour *
                                      std::exp(c.job_duration_sigma * rng.normal());
                j.submit_ms = next_arrival;
                j.start_ms = 0;
                j.end_ms = std::max(min_dur, toMs(std::min(dur_ms, 1e13)));
                if (queue.size() < kMaxQueueLength) {
                    queue.push_back(std::move(j));
                } else if (next_arrival >= start_ms_) {
                    ++dropped_jobs_;
                }
                schedule(next_arrival);
                next_arrival += std::max<std::int64_t>(1, toMs(rng.exponential(mean_gap_ms)));
            } else {
                break;
            }
        }
    }

    // --- Trace every job that overlaps the period into global events.
    JobTiming tm{};
    tm.ramp_ms = toMs(c.ramp_s * 1000.0);
    tm.restart_ms = toMs(c.restart_minutes * 60'000.0);
    tm.checkpoint_ms = c.checkpoint_interval_min > 0.0 && c.checkpoint_duration_s > 0.0
                           ? toMs(c.checkpoint_interval_min * 60'000.0)
                           : 0;
    tm.checkpoint_dur_ms = toMs(c.checkpoint_duration_s * 1000.0);
    tm.failure_per_gpu_ms = c.failure_rate_per_gpu_day / static_cast<double>(kMsPerDay);
    tm.dip_activity = gpu_run_w_ > idle ? (gpu_dip_w_ - idle) / (gpu_run_w_ - idle) : 0.0;
    tm.wave = c.iteration_layer && gpu_high_w_ > gpu_low_w_;

    std::vector<Event> events;
    const double period_ms = static_cast<double>(end_ms_ - start_ms_);
    double allocated_gpu_ms = 0.0;
    std::sort(all.begin(), all.end(), [](const JobRecord& a, const JobRecord& b) {
        return a.start_ms != b.start_ms ? a.start_ms < b.start_ms : a.id < b.id;
    });
    for (JobRecord& j : all) {
        if (j.end_ms <= start_ms_ || j.start_ms >= end_ms_) continue;
        Rng job_rng(splitmix64(seed ^ splitmix64(static_cast<std::uint64_t>(j.id))));
        const double scale_kw = j.gpus * (gpu_run_w_ - idle) * kw_per_gpu_w;
        const double wave_kw = j.gpus * (gpu_high_w_ - gpu_low_w_) * kw_per_gpu_w;
        JobTrace trace(events, start_ms_, end_ms_, scale_kw, wave_kw);
        traceJob(j, tm, trace, job_rng, start_ms_, end_ms_);
        const double overlap_ms =
            static_cast<double>(std::min(j.end_ms, end_ms_) - std::max(j.start_ms, start_ms_));
        allocated_gpu_ms += j.gpus * overlap_ms;
        const double idle_kw_per_gpu = (idle + c.node_idle_overhead_w / c.gpus_per_node) / 1000.0;
        j.energy_kwh = (j.gpus * idle_kw_per_gpu * overlap_ms + scale_kw * trace.activityMs()) /
                       static_cast<double>(kMsPerHour);
        jobs_.push_back(std::move(j));
    }
    allocated_fraction_ = allocated_gpu_ms / (total_gpus * period_ms);

    // --- Sweep the events into breakpoints; everything before the period folds into its start.
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& a, const Event& b) { return a.t < b.t; });
    const double max_delta = max_it_kw_ - idle_it_kw_;
    double v = 0.0, s = 0.0, w = 0.0;
    std::int64_t t_cur = events.empty() ? start_ms_ : std::min(events.front().t, start_ms_);
    std::size_t i = 0;
    auto advanceTo = [&](std::int64_t t) {
        v += s * static_cast<double>(t - t_cur);
        t_cur = t;
    };
    auto applyAt = [&](std::int64_t t) {
        for (; i < events.size() && events[i].t == t; ++i) {
            v += events[i].dv;
            s += events[i].ds;
            w += events[i].dw;
        }
    };
    while (i < events.size() && events[i].t < start_ms_) {
        advanceTo(events[i].t);
        applyAt(events[i].t);
    }
    advanceTo(start_ms_);
    auto push = [&] {
        v = std::clamp(v, 0.0, max_delta); // rounding of summed ramps must not leave the bounds
        if (std::abs(w) < 1e-9) w = 0.0;
        if (std::abs(s) < 1e-15) s = 0.0;
        bp_.push_back({t_cur, v, s, w});
    };
    applyAt(start_ms_);
    push();
    while (i < events.size()) {
        const std::int64_t t = events[i].t;
        advanceTo(t);
        applyAt(t);
        push();
    }
    // After the period the value at its end holds (the jobs' later events were not traced).
    advanceTo(end_ms_);
    s = 0.0;
    w = 0.0;
    push();
    bp_.shrink_to_fit();
}

double GpuClusterLoad::waveAntiderivative(std::int64_t t) const {
    // Z(t) = integral of (square(t) - D) from the period start: periodic, zero at whole periods.
    const double phase = static_cast<double>(t - start_ms_) / wave_period_ms_;
    const double f = phase - std::floor(phase);
    const double d = wave_duty_;
    return wave_period_ms_ * (f < d ? (1.0 - d) * f : d * (1.0 - f));
}

std::size_t GpuClusterLoad::seek(std::size_t cursor, std::int64_t t) const {
    if (cursor >= bp_.size() || (t < bp_[cursor].t && cursor > 0)) {
        const auto it = std::upper_bound(bp_.begin(), bp_.end(), t,
                                         [](std::int64_t x, const Breakpoint& b) { return x < b.t; });
        cursor = it == bp_.begin() ? 0 : static_cast<std::size_t>(it - bp_.begin()) - 1;
    }
    while (cursor + 1 < bp_.size() && bp_[cursor + 1].t <= t) ++cursor;
    return cursor;
}

double GpuClusterLoad::integrate(std::size_t cursor, std::int64_t t0, std::int64_t t1) const {
    double sum = 0.0;
    std::size_t k = cursor;
    if (t0 < bp_[0].t) { // before the period: the start value held
        const std::int64_t hi = std::min(t1, bp_[0].t);
        sum += bp_[0].v * static_cast<double>(hi - t0);
        t0 = hi;
        k = 0;
    }
    while (t0 < t1) {
        const Breakpoint& b = bp_[k];
        const std::int64_t hi = k + 1 < bp_.size() ? std::min(t1, bp_[k + 1].t) : t1;
        const double len = static_cast<double>(hi - t0);
        sum += len * (b.v + b.s * (static_cast<double>(t0 - b.t) + 0.5 * len));
        if (b.w != 0.0) sum += b.w * (waveAntiderivative(hi) - waveAntiderivative(t0));
        t0 = hi;
        ++k;
    }
    return sum;
}

double GpuClusterLoad::meanItLoadKwFrom(Cursor& cursor, std::int64_t t0_ms, std::int64_t t1_ms) const {
    if (t1_ms <= t0_ms) t1_ms = t0_ms + 1; // instantaneous: the millisecond at t0
    const std::size_t c = seek(cursor.index, t0_ms);
    cursor.index = c;
    const Breakpoint& b = bp_[c];
    const double len = static_cast<double>(t1_ms - t0_ms);
    if (t0_ms >= b.t && (c + 1 == bp_.size() || t1_ms <= bp_[c + 1].t)) {
        // Fast path: the whole step lies in one segment. Without the square wave the caller's
        // next steps in it are computed inline from the cursor (same arithmetic as here).
        if (b.w == 0.0) {
            cursor.from_ms = b.t;
            cursor.to_ms = c + 1 == bp_.size() ? std::numeric_limits<std::int64_t>::max() : bp_[c + 1].t;
            cursor.base_kw = idle_it_kw_;
            cursor.v_kw = b.v;
            cursor.slope_kw_per_ms = b.s;
        }
        double mean = b.v + b.s * (static_cast<double>(t0_ms - b.t) + 0.5 * len);
        if (b.w != 0.0) mean += b.w * (waveAntiderivative(t1_ms) - waveAntiderivative(t0_ms)) / len;
        return idle_it_kw_ + mean;
    }
    return idle_it_kw_ + integrate(c, t0_ms, t1_ms) / len;
}

} // namespace gridtwin
