#include "sim/SiteSimulation.h"

#include "control/Controller.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/Battery.h"
#include "sim/DemandTracker.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace gridtwin {

namespace {

constexpr std::size_t kBatchSize = 4096;

} // namespace

struct SiteSimulation::Impl {
    SiteConfig site;
    SimulationPeriod period;
    std::int64_t step_index = 0;
    std::int64_t step_count = 0;
    double dt_h = 0;

    std::shared_ptr<const SimulationInputs> inputs;
    const pv::PvYearProfile* pv_year = nullptr; // profile of the year being simulated
    std::size_t pv_year_index = 0;
    ItLoadModel::Cursor load_cursor;
    // Step-hold values of the current hour: valueAt (bounds check + division) only when the hour changes.
    struct HourCache {
        std::int64_t from_ms = 1, to_ms = 0; // empty until first use
        double value = 0;
        double at(const HourlySeries& h, std::int64_t t_ms) {
            if (t_ms < from_ms || t_ms >= to_ms) {
                value = h.valueAt(t_ms); // throws outside the series, as before
                from_ms = h.start_ms + (t_ms - h.start_ms) / kMsPerHour * kMsPerHour;
                to_ms = from_ms + kMsPerHour;
            }
            return value;
        }
    };
    HourCache price_cache;
    HourCache carbon_cache;
    DemandTracker demand;
    Battery battery;
    std::unique_ptr<Controller> controller;
    std::optional<double> external_setpoint_kw; // replaces the controller while set (live device)
    std::vector<StepRecord> batch;

    Impl(const SiteConfig& s, const SimulationPeriod& p, std::shared_ptr<const SimulationInputs> in)
        : site(s), period((validatePeriod(p), checkInputsMatch(*in, s, p), p)), inputs(std::move(in)),
          demand(s.grid.tariff, s.location.time_zone, p.start_ms, p.end_ms), battery(s.bess),
          controller(makeController(s.controller)) {
        step_count = (p.end_ms - p.start_ms) / p.step_ms;
        dt_h = static_cast<double>(p.step_ms) / 3.6e6;
        batch.reserve(kBatchSize);
        pv_year = &inputs->pv_years.front();
    }

    // The profile of the year containing t_ms (years are prepared in order; the engine steps forward).
    void nextYear(std::int64_t t_ms) {
        while (pv_year_index + 1 < inputs->pv_years.size() &&
               t_ms >= pv_year->start_ms + static_cast<std::int64_t>(pv_year->hours) * kMsPerHour)
            pv_year = &inputs->pv_years[++pv_year_index];
    }

    // Linear interpolation between hourly stamps (the profile holds instantaneous values).
    static double interpolate(const std::vector<float>& v, double hour_pos) {
        const auto n = static_cast<std::ptrdiff_t>(v.size());
        auto i = static_cast<std::ptrdiff_t>(hour_pos);
        if (i < 0) return static_cast<double>(v.front());
        if (i >= n - 1) return static_cast<double>(v.back());
        const double frac = hour_pos - static_cast<double>(i);
        return static_cast<double>(v[static_cast<std::size_t>(i)]) * (1.0 - frac) +
               static_cast<double>(v[static_cast<std::size_t>(i + 1)]) * frac;
    }

    // Writes into the caller's record (the batch slot) so the ~100-byte record is not copied.
    void step(StepRecord& r) {
        const std::int64_t t0 = period.start_ms + step_index * period.step_ms;
        const std::int64_t t1 = t0 + period.step_ms;
        const std::int64_t mid = t0 + period.step_ms / 2;
        if (mid >= pv_year->start_ms + static_cast<std::int64_t>(pv_year->hours) * kMsPerHour) nextYear(mid);
        const double hour_pos = static_cast<double>(mid - pv_year->start_ms) / static_cast<double>(kMsPerHour);

        r.time_ms = t0;
        const double pv_available_kw = std::max(0.0, interpolate(pv_year->pv_ac_kw, hour_pos));
        r.ambient_c = interpolate(pv_year->ambient_c, hour_pos);
        r.it_load_kw = inputs->it_load->meanItLoadKw(load_cursor, t0, t1);
        r.load_kw = facilityLoadKw(site.cluster, r.it_load_kw, r.ambient_c);
        r.price_eur_per_mwh = price_cache.at(inputs->price, t0);
        r.carbon_g_per_kwh = carbon_cache.at(inputs->carbon, t0);

        const BessConfig& bc = site.bess;
        const GridConfig& grid = site.grid;
        ControlInput in;
        in.time_ms = t0;
        in.dt_h = dt_h;
        in.grid_without_bess_kw = r.load_kw + bc.aux_fixed_kw - pv_available_kw;
        in.soc_pct = battery.socPct();
        const std::int64_t interval_ms = static_cast<std::int64_t>(grid.tariff.billing_interval_s) * 1000;
        const std::int64_t interval_end = demand.intervalEndMs();
        if (interval_end > t0 && interval_end - t0 < interval_ms) {
            in.interval_elapsed_fraction = 1.0 - static_cast<double>(interval_end - t0) / static_cast<double>(interval_ms);
            in.interval_mean_so_far_kw = demand.intervalMeanSoFarKw();
        }
        in.period_peak_kw = demand.periodPeakKw();
        in.price_eur_per_mwh = r.price_eur_per_mwh;
        in.carbon_g_per_kwh = r.carbon_g_per_kwh;

        BessRequest req;
        if (external_setpoint_kw) req.propose(*external_setpoint_kw, Reason::Setpoint);
        else controller->apply(in, req);
        // Grid limits: never charge above the import limit, never discharge into export beyond the cap.
        req.limitCharge(std::max(0.0, grid.import_limit_kw - in.grid_without_bess_kw), Reason::ImportCap);
        req.limitDischarge(std::max(0.0, in.grid_without_bess_kw + grid.export_limit_kw), Reason::ExportCap);
        // The throughput part of the auxiliary load moves the grid too: scale so the grid lands
        // where the controller meant it to. An external setpoint is the PCS power itself.
        double target_kw = req.target_kw;
        if (!external_setpoint_kw)
            target_kw /= target_kw > 0 ? (1.0 - bc.aux_per_throughput) : (1.0 + bc.aux_per_throughput);
        const Battery::PowerLimits lim = battery.limits(dt_h);
        Reason reason = req.reason;
        if (target_kw > lim.max_discharge_kw) {
            target_kw = lim.max_discharge_kw;
            reason = lim.discharge_limit;
        } else if (-target_kw > lim.max_charge_kw) {
            target_kw = -lim.max_charge_kw;
            reason = lim.charge_limit;
        }
        const Battery::StepResult res = battery.step(target_kw, dt_h);
        r.bess_kw = res.ac_kw;
        r.bess_aux_kw = res.aux_kw;
        r.soc_pct = battery.socPct();

        double grid_kw = r.load_kw + r.bess_aux_kw - pv_available_kw - r.bess_kw;
        double curtailed_kw = 0;
        if (grid_kw < -grid.export_limit_kw) {
            curtailed_kw = std::min(pv_available_kw, -grid.export_limit_kw - grid_kw);
            grid_kw += curtailed_kw;
            if (reason == Reason::Idle) reason = Reason::ExportCap;
        }
        r.pv_kw = pv_available_kw - curtailed_kw;
        r.pv_curtailed_kw = curtailed_kw;
        r.grid_kw = grid_kw;
        r.reason = reason;
        r.quality = Quality::Simulated;
        demand.add(t0, period.step_ms, grid_kw > 0 ? grid_kw : 0.0);
        ++step_index;
    }
};

SiteSimulation::SiteSimulation(const SiteConfig& site, const SimulationPeriod& period)
    : impl_(std::make_unique<Impl>(site, period, prepareSimulationInputs(site, period))) {}

SiteSimulation::SiteSimulation(const SiteConfig& site, const SimulationPeriod& period,
                               std::shared_ptr<const SimulationInputs> inputs)
    : impl_(inputs ? std::make_unique<Impl>(site, period, std::move(inputs))
                   : throw InputError("", "inputs", "inputs from prepareSimulationInputs", "none")) {}

SiteSimulation::~SiteSimulation() = default;

void SiteSimulation::setBessSetpointKw(std::optional<double> kw) { impl_->external_setpoint_kw = kw; }

bool SiteSimulation::done() const { return impl_->step_index >= impl_->step_count; }
std::int64_t SiteSimulation::nowMs() const {
    return impl_->period.start_ms + impl_->step_index * impl_->period.step_ms;
}
const SimulationPeriod& SiteSimulation::period() const { return impl_->period; }
const SiteConfig& SiteSimulation::site() const { return impl_->site; }

std::size_t SiteSimulation::run(std::size_t max_steps, const BatchSink& sink) {
    Impl& s = *impl_;
    std::size_t done_steps = 0;
    while (done_steps < max_steps && s.step_index < s.step_count) {
        s.batch.clear();
        const std::size_t n = std::min<std::size_t>(
            {kBatchSize, max_steps - done_steps, static_cast<std::size_t>(s.step_count - s.step_index)});
        for (std::size_t i = 0; i < n; ++i) s.step(s.batch.emplace_back());
        done_steps += n;
        if (sink) sink(std::span<const StepRecord>(s.batch.data(), s.batch.size()));
    }
    return done_steps;
}

std::size_t SiteSimulation::runToEnd(const BatchSink& sink) {
    return run(static_cast<std::size_t>(impl_->step_count - impl_->step_index), sink);
}

} // namespace gridtwin
