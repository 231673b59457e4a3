#pragma once
// Parametric GPU-cluster IT load (reference/physics.md 4.2): a job layer (Poisson arrivals,
// log-uniform sizes, lognormal durations, a back-to-back hero run, failures with restart,
// start/stop ramps, checkpoint dips) and an optional iteration layer (square wave between
// compute and communication power, with an optional GB200-style power floor).
//
// The whole period is generated at construction as a sorted list of breakpoints of a
// piecewise-linear function (plus a piecewise-constant square-wave amplitude); meanItLoadKw walks
// a cursor and integrates analytically, so it is exact at any step and does not allocate.
// Deterministic: a pure function of (config, seed, period).

#include "sim/ItLoadModel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gridtwin {

struct JobRecord {
    std::int64_t id = 0;
    std::string account;         // "hero" for the long run, else "project-a" .. "project-h"
    bool hero = false;
    int gpus = 0;
    std::int64_t submit_ms = 0;
    std::int64_t start_ms = 0;   // may lie before the period (jobs already running at its start)
    std::int64_t end_ms = 0;     // scheduled end; may lie after the period
    int failures = 0;            // failures within the period
    int checkpoints = 0;         // checkpoint dips within the period
    double energy_kwh = 0.0;     // IT energy of its GPUs and their node-overhead share, within the
                                 // period (iteration layer at its mean)
};

class GpuClusterLoad : public ItLoadModel {
public:
    /// Throws InputError (file "", where "cluster.<field>") for an impossible configuration and
    /// for end_ms <= start_ms.
    GpuClusterLoad(const GpuClusterConfig& cfg, std::uint64_t seed, std::int64_t start_ms,
                   std::int64_t end_ms);

    // meanItLoadKw: outside the period the value at its start (before) or end (after) holds.

    /// Jobs that overlap the period, by start time.
    const std::vector<JobRecord>& jobs() const { return jobs_; }
    /// Every GPU at TDP with full node overhead.
    double maxItKw() const { return max_it_kw_; }
    /// Every GPU and node idle.
    double idleItKw() const { return idle_it_kw_; }
    /// GPU-time allocated to jobs over the period / (all GPUs x period).
    double allocatedFraction() const { return allocated_fraction_; }
    /// Jobs dropped from the queue (waited too long or queue full) during the period.
    std::int64_t droppedJobs() const { return dropped_jobs_; }
    std::size_t breakpointCount() const { return bp_.size(); }

    /// Per-GPU power levels in W that the model uses (after the floor and TDP limits).
    double gpuRunMeanW() const { return gpu_run_w_; }   // running job mean (iteration mean if on)
    double gpuHighW() const { return gpu_high_w_; }     // iteration compute phase
    double gpuLowW() const { return gpu_low_w_; }       // iteration communication phase
    double gpuDipW() const { return gpu_dip_w_; }       // checkpoint dip
    /// kW of IT power (GPU plus node-overhead share) per GPU per W of GPU power above idle / 1000.
    double overheadFactor() const { return overhead_factor_; }

    struct Breakpoint {
        std::int64_t t = 0;  // ms
        double v = 0.0;      // kW above idle at t (right limit)
        double s = 0.0;      // kW per ms on [t, next t)
        double w = 0.0;      // square-wave amplitude (kW, high minus low) on [t, next t)
    };

protected:
    double meanItLoadKwFrom(Cursor& cursor, std::int64_t t0_ms, std::int64_t t1_ms) const override;

private:
    void validate(const GpuClusterConfig& c, std::int64_t start_ms, std::int64_t end_ms) const;
    void generate(const GpuClusterConfig& c, std::uint64_t seed);
    std::size_t seek(std::size_t cursor, std::int64_t t) const;
    double waveAntiderivative(std::int64_t t) const;
    double integrate(std::size_t cursor, std::int64_t t0, std::int64_t t1) const;  // kW ms above idle

    std::int64_t start_ms_ = 0;
    std::int64_t end_ms_ = 0;
    double idle_it_kw_ = 0.0;
    double max_it_kw_ = 0.0;
    double allocated_fraction_ = 0.0;
    std::int64_t dropped_jobs_ = 0;
    double gpu_run_w_ = 0.0;
    double gpu_high_w_ = 0.0;
    double gpu_low_w_ = 0.0;
    double gpu_dip_w_ = 0.0;
    double overhead_factor_ = 1.0;
    double wave_period_ms_ = 1000.0;
    double wave_duty_ = 1.0;
    std::vector<Breakpoint> bp_;
    std::vector<JobRecord> jobs_;
};

} // namespace gridtwin
