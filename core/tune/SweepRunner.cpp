#include "tune/SweepRunner.h"

#include "model/InputError.h"
#include "model/ParameterTable.h"
#include "sim/KpiJson.h"
#include "sim/SimulationInputs.h"
#include "tune/ParetoFront.h"

#include <chrono>
#include <cmath>
#include <exception>
#include <limits>

namespace gridtwin {

namespace {

constexpr std::size_t kChunkSteps = 16384; // cancel is polled between chunks

double kpiValue(const SimulationKpis& k, const char* key) {
    for (const KpiRow& row : kpiRows(k))
        if (std::string_view(row.key) == key) return row.value;
    return std::numeric_limits<double>::quiet_NaN();
}

void applyValue(SiteConfig& site, const SweepAxis& axis, double v) {
    const ParameterInfo* info = findParameter(axis.parameter);
    if (!info) throw InputError("", axis.parameter, "a known parameter", axis.parameter);
    if (axis.integer) info->set(site, 0, ParameterValue(static_cast<std::int64_t>(v)));
    else info->set(site, 0, ParameterValue(v));
}

} // namespace

std::vector<double> objectiveValues(const SimulationKpis& k, const std::vector<Objective>& objectives) {
    std::vector<double> out;
    for (Objective o : objectives) out.push_back(kpiValue(k, objectiveKpiKey(o)));
    return out;
}

struct SweepRunner::Shared {
    SiteConfig base;
    SweepSpec spec;
    SimulationPeriod period;
    unsigned threads = 1;
    std::shared_ptr<const SimulationInputs> inputs;
    std::atomic<bool> cancel{false};
    std::atomic<std::size_t> next_variant{0};
    std::atomic<std::uint64_t> steps_done{0};
    std::atomic<unsigned> workers_left{0};
    std::atomic<std::size_t> variants_done{0};
    std::uint64_t steps_total = 1;
    std::atomic<double> last_reported{0.0};
    std::chrono::steady_clock::time_point started;
    double elapsed_s = 0;
    bool started_flag = false;
    mutable std::mutex mutex; // guards variants and elapsed_s
    std::vector<SweepVariantResult> variants;

    void report(SweepRunner& owner) {
        const double p = static_cast<double>(steps_done.load()) / static_cast<double>(steps_total);
        double last = last_reported.load();
        // One thread wins each 1 % step, so the signal fires about 100 times per sweep.
        if (p - last >= 0.01 && last_reported.compare_exchange_strong(last, p)) owner.progressChanged(p);
    }

    void runVariant(std::size_t i, SweepRunner& owner) {
        SweepVariantResult r;
        r.values = spec.variantValues(i);
        try {
            SiteConfig site = base;
            for (std::size_t a = 0; a < spec.axes.size(); ++a) applyValue(site, spec.axes[a], r.values[a]);
            SiteSimulation sim(site, period, inputs);
            KpiAccumulator kpis(site, period.start_ms, period.end_ms, period.step_ms);
            const auto sink = [&](std::span<const StepRecord> batch) { kpis.add(batch); };
            while (!sim.done() && !cancel.load(std::memory_order_relaxed)) {
                steps_done += sim.run(kChunkSteps, sink);
                report(owner);
            }
            if (sim.done()) {
                r.kpis = kpis.finish();
                r.objectives = objectiveValues(r.kpis, spec.objectives);
                r.done = true;
                ++variants_done;
            }
        } catch (const InputError& e) {
            r.error = e.what(); // e.g. a variant whose BESS settings the battery model refuses
            r.input_error = e;
        } catch (const std::exception& e) {
            r.error = e.what();
        }
        std::lock_guard lock(mutex);
        variants[i] = std::move(r);
    }
};

SweepRunner::SweepRunner(SiteConfig base, SweepSpec spec, SimulationPeriod period, unsigned threads)
    : shared_(std::make_shared<Shared>()) {
    shared_->base = std::move(base);
    shared_->spec = std::move(spec);
    shared_->period = period;
    shared_->threads = threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
}

SweepRunner::~SweepRunner() {
    cancel();
    wait();
}

void SweepRunner::start() {
    Shared& s = *shared_;
    if (s.started_flag) throw std::logic_error("SweepRunner::start called twice");
    s.started_flag = true;
    s.started = std::chrono::steady_clock::now();
    // Every variant runs on the same prepared inputs; the sweep refuses parameters that would
    // change them (PV, load model) because they would not be compared on the same inputs.
    s.inputs = prepareSimulationInputs(s.base, s.period);
    for (const SweepAxis& axis : s.spec.axes) {
        SiteConfig probe = s.base;
        applyValue(probe, axis, axis.values.front());
        try {
            checkInputsMatch(*s.inputs, probe, s.period);
        } catch (const InputError& e) {
            throw InputError("", axis.parameter,
                             "a parameter that leaves the input series alone (battery, grid, tariff, controller, "
                             "cooling); this one changes " + e.where(),
                             axis.parameter);
        }
    }
    const std::size_t n = s.spec.variantCount();
    s.variants.assign(n, {});
    for (std::size_t i = 0; i < n; ++i) s.variants[i].values = s.spec.variantValues(i);
    s.steps_total = std::max<std::uint64_t>(
        1, n * static_cast<std::uint64_t>((s.period.end_ms - s.period.start_ms) / s.period.step_ms));
    const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(s.threads, std::max<std::size_t>(n, 1)));
    s.workers_left = threads;
    for (unsigned t = 0; t < threads; ++t) {
        pool_.emplace_back([keep = shared_, this] {
            Shared& sh = *keep;
            for (;;) {
                const std::size_t i = sh.next_variant++;
                if (i >= sh.variants.size() || sh.cancel) break;
                sh.runVariant(i, *this);
            }
            if (--sh.workers_left == 0) {
                {
                    std::lock_guard lock(sh.mutex);
                    sh.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - sh.started).count();
                }
                if (!sh.cancel) progressChanged(1.0);
                completed();
            }
        });
    }
}

void SweepRunner::cancel() { shared_->cancel = true; }

void SweepRunner::wait() {
    for (std::thread& t : pool_)
        if (t.joinable()) t.join();
}

SweepResults SweepRunner::run() {
    start();
    wait();
    return results();
}

bool SweepRunner::finished() const { return shared_->started_flag && shared_->workers_left == 0; }

double SweepRunner::progress() const {
    return static_cast<double>(shared_->steps_done.load()) / static_cast<double>(shared_->steps_total);
}

std::size_t SweepRunner::variantsDone() const { return shared_->variants_done; }

SweepResults SweepRunner::results() const {
    const Shared& s = *shared_;
    SweepResults out;
    out.spec = s.spec;
    out.period = s.period;
    out.threads = s.threads;
    {
        std::lock_guard lock(s.mutex);
        out.variants = s.variants;
        out.elapsed_s = s.elapsed_s;
    }
    out.cancelled = s.cancel.load() && s.variants_done.load() < out.variants.size();
    // The front over the finished variants; unfinished ones count as NaN (never on it).
    std::vector<std::vector<double>> points;
    for (const auto& v : out.variants)
        points.push_back(v.done ? v.objectives
                                : std::vector<double>(s.spec.objectives.size(), std::numeric_limits<double>::quiet_NaN()));
    const std::vector<bool> front = paretoFront(points);
    for (std::size_t i = 0; i < out.variants.size(); ++i) out.variants[i].pareto = front[i];
    return out;
}

} // namespace gridtwin
