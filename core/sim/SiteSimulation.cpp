#include "sim/SiteSimulation.h"

#include "control/Controller.h"
#include "control/GridCaps.h"
#include "control/PeakShavingController.h"
#include "control/SelfConsumptionController.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/Battery.h"
#include "sim/DemandTracker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

namespace gridtwin {

namespace {

constexpr std::size_t kBatchSize = 4096;
constexpr double kHoursPerMs = 1.0 / static_cast<double>(kMsPerHour); // a multiply per step

} // namespace

struct SiteSimulation::Impl {
    SiteConfig site;
    SimulationPeriod period;
    std::int64_t step_index = 0;
    std::int64_t step_count = 0;
    std::int64_t t_ms = 0; // start of the next step
    double dt_h = 0;

    std::shared_ptr<const SimulationInputs> inputs;
    const pv::PvYearProfile* pv_year = nullptr; // profile of the year being simulated
    std::size_t pv_year_index = 0;
    ItLoadModel::Cursor load_cursor;

    // What holds for a stretch of steps - the hour of price and carbon (step-hold, at the step
    // start) and the PV/ambient interpolation hour (at the step middle) - is looked up when the
    // step start reaches refresh_at_ms, so a step pays one compare for it (1-s steps: 1 in 3600).
    std::int64_t refresh_at_ms = std::numeric_limits<std::int64_t>::min();
    struct HourCache {
        std::int64_t to_ms = 0;
        double value = 0;
        void at(const HourlySeries& h, std::int64_t t) {
            value = h.valueAt(t); // throws outside the series, as before
            to_ms = h.start_ms + ((t - h.start_ms) / kMsPerHour + 1) * kMsPerHour;
        }
    };
    HourCache price_hour;
    HourCache carbon_hour;
    // Linear interpolation between the hourly stamps pv_index and pv_index + 1 (the profile holds
    // instantaneous values); outside the profile the end value holds (pv_hold).
    double pv_index = 0;
    double pv0_kw = 0, pv1_kw = 0, ambient0_c = 0, ambient1_c = 0;
    bool pv_hold = false;

    DemandTracker demand;
    Battery battery;
    double soc_pct = 0; // the battery's SoC, computed once per step
    std::unique_ptr<Controller> controller;
    std::optional<double> external_setpoint_kw; // replaces the controller while set (live device)
    std::vector<StepRecord> batch;              // kBatchSize slots, each step writes every field

    Impl(const SiteConfig& s, const SimulationPeriod& p, std::shared_ptr<const SimulationInputs> in)
        : site(s), period((validatePeriod(p), checkInputsMatch(*in, s, p), p)),
          inputs(std::move(in)), demand(s.grid.tariff, s.location.time_zone, p.start_ms, p.end_ms),
          battery(s.bess), controller(makeController(s.controller)) {
        step_count = (p.end_ms - p.start_ms) / p.step_ms;
        t_ms = p.start_ms;
        dt_h = static_cast<double>(p.step_ms) / 3.6e6;
        batch.resize(kBatchSize);
        pv_year = &inputs->pv_years.front();
        soc_pct = battery.socPct();
    }

    std::int64_t pvYearEndMs() const {
        return pv_year->start_ms + static_cast<std::int64_t>(pv_year->hours) * kMsPerHour;
    }

    // Looks up the hour values for the step starting at t0 and when they next change.
    void refresh(std::int64_t t0) {
        price_hour.at(inputs->price, t0);
        carbon_hour.at(inputs->carbon, t0);
        const std::int64_t half = period.step_ms / 2;
        const std::int64_t mid = t0 + half;
        // The profile of the year containing mid (years are prepared in order; the engine steps
        // forward).
        while (pv_year_index + 1 < inputs->pv_years.size() && mid >= pvYearEndMs())
            pv_year = &inputs->pv_years[++pv_year_index];
        const bool last_year = pv_year_index + 1 == inputs->pv_years.size();
        const std::vector<float>& pv = pv_year->pv_ac_kw;
        const std::vector<float>& amb = pv_year->ambient_c;
        const auto n = static_cast<std::int64_t>(pv.size());
        const std::int64_t i =
            (mid - pv_year->start_ms) / kMsPerHour; // mid is never before its year
        std::int64_t pv_to_ms = pv_year->start_ms + (i + 1) * kMsPerHour;
        pv_hold = i >= n - 1;
        if (pv_hold) {
            pv0_kw = static_cast<double>(pv.back());
            ambient0_c = static_cast<double>(amb.back());
            pv_to_ms = last_year ? std::numeric_limits<std::int64_t>::max() : pvYearEndMs();
        } else {
            pv_index = static_cast<double>(i);
            pv0_kw = static_cast<double>(pv[static_cast<std::size_t>(i)]);
            pv1_kw = static_cast<double>(pv[static_cast<std::size_t>(i + 1)]);
            ambient0_c = static_cast<double>(amb[static_cast<std::size_t>(i)]);
            ambient1_c = static_cast<double>(amb[static_cast<std::size_t>(i + 1)]);
        }
        refresh_at_ms = std::min({price_hour.to_ms, carbon_hour.to_ms, pv_to_ms - half});
    }

    // An external setpoint in the shape of a controller, so the step loop has one form.
    struct FixedSetpoint {
        double kw;
        void apply(const ControlInput&, BessRequest& req) const {
            req.propose(kw, Reason::Setpoint);
        }
    };

    // Runs n steps into out[0..n) with the controller (or setpoint) that decides them. What only
    // changes between batches is resolved here, once, so the step loop below is compiled per
    // controller type with the controller inlined into it (no virtual call per step).
    void runSteps(StepRecord* out, std::size_t n) {
        if (external_setpoint_kw)
            return stepLoop<true>(FixedSetpoint{*external_setpoint_kw}, out, n);
        Controller* c = controller.get();
        if (auto* ps = dynamic_cast<PeakShavingController*>(c)) return stepLoop<false>(*ps, out, n);
        if (auto* sc = dynamic_cast<SelfConsumptionController*>(c))
            return stepLoop<false>(*sc, out, n);
        if (auto* idle = dynamic_cast<IdleController*>(c)) return stepLoop<false>(*idle, out, n);
        stepLoop<false>(*c, out, n); // any other controller: through the virtual call
    }

    // The step works on locals and writes every field of its record (the batch slot) once: the
    // ~100-byte record is neither zeroed nor copied, and as out is restrict no store through it
    // forces the engine's state to be reloaded mid-step.
    template <bool kSetpoint, class Decide>
    void stepLoop(Decide&& decide, StepRecord* __restrict out, std::size_t n) {
        const BessConfig& bc = site.bess;
        const GridConfig& grid = site.grid;
        const std::int64_t step_ms = period.step_ms;
        const std::int64_t half_step_ms = step_ms / 2;
        const AuxThroughputScale aux_scale(bc.aux_per_throughput);
        constexpr double kInf = std::numeric_limits<double>::infinity();
        const ItLoadModel& it_load = *inputs->it_load;
        // One step; kInside: the caller checked that it lies before the next hour refresh,
        // inside the load model's linear piece and before the end of the billing interval.
        const auto one_step = [&](StepRecord & r, auto inside, IntervalSoFar& run)
            __attribute__((always_inline)) {
            constexpr bool kInside = decltype(inside)::value;
            const std::int64_t t0 = t_ms;
            const std::int64_t t1 = t0 + step_ms;
            double pv_available_kw = pv0_kw;
            double ambient_c = ambient0_c;
            if (!pv_hold) {
                const std::int64_t mid = t0 + half_step_ms;
                const double frac =
                    static_cast<double>(mid - pv_year->start_ms) * kHoursPerMs - pv_index;
                pv_available_kw = pv0_kw * (1.0 - frac) + pv1_kw * frac;
                ambient_c = ambient0_c * (1.0 - frac) + ambient1_c * frac;
            }
            pv_available_kw = std::max(0.0, pv_available_kw);
            const double it_load_kw = kInside ? ItLoadModel::meanInPieceKw(load_cursor, t0, t1)
                                              : it_load.meanItLoadKw(load_cursor, t0, t1);
            const double load_kw = facilityLoadKw(site.cluster, it_load_kw, ambient_c);
            const double price = price_hour.value;
            const double carbon = carbon_hour.value;
            // What is known now goes to the record now (out is restrict: the stores cannot
            // change the engine's state), so these values hold no registers over the step.
            r.time_ms = t0;
            r.load_kw = load_kw;
            r.it_load_kw = it_load_kw;
            r.price_eur_per_mwh = price;
            r.carbon_g_per_kwh = carbon;
            r.ambient_c = ambient_c;
            r.quality = Quality::Simulated;

            ControlInput in;
            in.time_ms = t0;
            in.dt_h = dt_h;
            in.grid_without_bess_kw = load_kw + bc.aux_fixed_kw - pv_available_kw;
            in.soc_pct = soc_pct;
            if constexpr (kInside)
                in.interval = run;
            else
                in.interval = demand.intervalSoFar(t0, step_ms);
            in.period_peak_kw = demand.periodPeakKw();
            in.price_eur_per_mwh = price;
            in.carbon_g_per_kwh = carbon;

            BessRequest req;
            decide.apply(in, req);
            // Grid limits: never charge above the import limit, never discharge into export beyond
            // the cap. When neither can move the target or the bounds' order, skip the calls
            // (they would change only the bounds, which nothing reads after this).
            const double charge_cap_kw = gridChargeCapKw(grid, in.grid_without_bess_kw);
            const double discharge_cap_kw = gridDischargeCapKw(grid, in.grid_without_bess_kw);
            // The built-in controllers leave the bounds open: then only the target needs checking
            // (the caps are never NaN), and the compiler folds the bounds' test away.
            const bool open_bounds = req.min_kw == -kInf && req.max_kw == kInf;
            if (!(req.target_kw >= -charge_cap_kw && req.target_kw <= discharge_cap_kw &&
                  (open_bounds || (req.min_kw <= discharge_cap_kw && req.max_kw >= -charge_cap_kw &&
                                   req.min_kw <= req.max_kw)))) {
                req.limitCharge(charge_cap_kw, Reason::ImportCap);
                req.limitDischarge(discharge_cap_kw, Reason::ExportCap);
            }
            // The throughput part of the auxiliary load moves the grid too: scale so the grid lands
            // where the controller meant it to. An external setpoint is the PCS power itself.
            double target_kw = req.target_kw;
            if constexpr (!kSetpoint) target_kw = aux_scale.pcsPowerKw(target_kw);
            Reason reason = req.reason;
            target_kw = battery.clampToLimits(target_kw, dt_h, reason);
            // Clamped above, as step() would clamp it; a NaN request or -0 moves nothing, as in
            // step().
            const double ac_kw = target_kw > 0.0 || target_kw < 0.0 ? target_kw : 0.0;
            const Battery::StepResult res = battery.stepWithinLimits(ac_kw, dt_h);
            soc_pct = battery.socPct();

            // The grid without the battery (its fixed aux included) moved by the battery's PCS
            // power and the aux load that grows with it (res.aux_kw less the fixed part).
            double grid_kw = in.grid_without_bess_kw + aux_scale.gridDeltaKw(res.ac_kw);
            double curtailed_kw = 0;
            if (grid_kw < -grid.export_limit_kw) {
                curtailed_kw = std::min(pv_available_kw, -grid.export_limit_kw - grid_kw);
                grid_kw += curtailed_kw;
                if (reason == Reason::Idle) reason = Reason::ExportCap;
            }
            if constexpr (kInside)
                DemandTracker::addToRun(run, step_ms, grid_kw);
            else
                demand.add(t0, step_ms, grid_kw); // counts export as 0 import, as addToRun
            t_ms = t1;
            ++step_index;

            r.pv_kw = pv_available_kw - curtailed_kw;
            r.pv_curtailed_kw = curtailed_kw;
            r.bess_kw = res.ac_kw;
            r.bess_aux_kw = res.aux_kw;
            r.soc_pct = soc_pct;
            r.grid_kw = grid_kw;
            r.reason = reason;
        };
        for (std::size_t k = 0; k < n;) {
            const std::int64_t t0 = t_ms;
            if (t0 >= refresh_at_ms) refresh(t0);
            // The run of steps that needs none of the boundary checks, as the latest end a step
            // of it may have (compared per step: runs are ~20 steps at 1 s, between the load
            // model's pieces, too short to pay divisions for their length). The step at a
            // boundary takes the checked path.
            const std::int64_t run_end_ms =
                std::min({t0 + static_cast<std::int64_t>(n - k) * step_ms,
                          refresh_at_ms + step_ms - 1, // starts before the refresh
                          ItLoadModel::pieceEndMs(load_cursor, t0), demand.runEndMs(t0)});
            IntervalSoFar run = demand.beginRun(); // in registers over the run
            if (t0 + step_ms > run_end_ms) {
                one_step(out[k++], std::false_type{}, run);
                continue;
            }
            for (; t_ms + step_ms <= run_end_ms; ++k)
                one_step(out[k], std::true_type{}, run);
            demand.endRun(run);
        }
    }
};

SiteSimulation::SiteSimulation(const SiteConfig& site, const SimulationPeriod& period)
    : impl_(std::make_unique<Impl>(site, period, prepareSimulationInputs(site, period))) {}

SiteSimulation::SiteSimulation(const SiteConfig& site, const SimulationPeriod& period,
                               std::shared_ptr<const SimulationInputs> inputs)
    : impl_(inputs
                ? std::make_unique<Impl>(site, period, std::move(inputs))
                : throw InputError("", "inputs", "inputs from prepareSimulationInputs", "none")) {}

SiteSimulation::~SiteSimulation() = default;

void SiteSimulation::setBessSetpointKw(std::optional<double> kw) {
    impl_->external_setpoint_kw = kw;
}

bool SiteSimulation::done() const {
    return impl_->step_index >= impl_->step_count;
}
std::int64_t SiteSimulation::nowMs() const {
    return impl_->t_ms;
}
const SimulationPeriod& SiteSimulation::period() const {
    return impl_->period;
}
const SiteConfig& SiteSimulation::site() const {
    return impl_->site;
}

std::size_t SiteSimulation::run(std::size_t max_steps, const BatchSink& sink) {
    Impl& s = *impl_;
    std::size_t done_steps = 0;
    while (done_steps < max_steps && s.step_index < s.step_count) {
        const std::size_t n =
            std::min<std::size_t>({kBatchSize, max_steps - done_steps,
                                   static_cast<std::size_t>(s.step_count - s.step_index)});
        StepRecord* slots = s.batch.data();
        s.runSteps(slots, n);
        done_steps += n;
        if (sink) sink(std::span<const StepRecord>(slots, n));
    }
    return done_steps;
}

std::size_t SiteSimulation::runToEnd(const BatchSink& sink) {
    return run(static_cast<std::size_t>(impl_->step_count - impl_->step_index), sink);
}

} // namespace gridtwin
