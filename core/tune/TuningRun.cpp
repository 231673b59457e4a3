#include "tune/TuningRun.h"

#include "model/Decimator.h"
#include "model/InputError.h"
#include "model/ParameterTable.h"
#include "model/SiteConfigJson.h"
#include "sim/KpiJson.h"
#include "tune/RecordedHistory.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace gridtwin {

namespace {

// Steps per SiteSimulation::run call: cancel is polled and progress reported between chunks.
constexpr std::size_t kChunkSteps = 16384;

bool sameSite(const SiteConfig& a, const SiteConfig& b) { return siteConfigToJson(a) == siteConfigToJson(b); }
bool samePeriod(const SimulationPeriod& a, const SimulationPeriod& b) {
    return a.start_ms == b.start_ms && a.end_ms == b.end_ms && a.step_ms == b.step_ms;
}

// Extra per-step outputs the counterfactual run fills (load and PV are the same in every run).
struct SharedSeries {
    std::vector<float>* load_kw = nullptr;
    std::vector<float>* pv_available_kw = nullptr;
    std::vector<float>* grid_kw = nullptr;
};

// One run on the prepared inputs; false when cancelled. progress(done_steps) after each chunk.
bool runOne(const SiteConfig& site, const SimulationPeriod& period, const std::shared_ptr<const SimulationInputs>& inputs,
            RunSeries* series, const SharedSeries& shared, SimulationKpis& kpis_out,
            const std::atomic<bool>& cancel, const std::function<void(std::size_t)>& progress) {
    SiteSimulation sim(site, period, inputs);
    KpiAccumulator kpis(site, period.start_ms, period.end_ms, period.step_ms);
    const auto n = static_cast<std::size_t>((period.end_ms - period.start_ms) / period.step_ms);
    if (series) {
        series->grid_kw.reserve(n);
        series->bess_kw.reserve(n);
        series->soc_pct.reserve(n);
        series->reason.reserve(n);
    }
    for (std::vector<float>* v : {shared.load_kw, shared.pv_available_kw, shared.grid_kw})
        if (v) v->reserve(n);
    std::size_t done = 0;
    const auto sink = [&](std::span<const StepRecord> batch) {
        kpis.add(batch);
        for (const StepRecord& r : batch) {
            if (series) {
                series->grid_kw.push_back(static_cast<float>(r.grid_kw));
                series->bess_kw.push_back(static_cast<float>(r.bess_kw));
                series->soc_pct.push_back(static_cast<float>(r.soc_pct));
                series->reason.push_back(r.reason);
            }
            if (shared.load_kw) shared.load_kw->push_back(static_cast<float>(r.load_kw));
            if (shared.pv_available_kw) shared.pv_available_kw->push_back(static_cast<float>(r.pv_kw + r.pv_curtailed_kw));
            if (shared.grid_kw) shared.grid_kw->push_back(static_cast<float>(r.grid_kw));
        }
    };
    while (!sim.done()) {
        if (cancel.load(std::memory_order_relaxed)) return false;
        done += sim.run(kChunkSteps, sink);
        if (progress) progress(done);
    }
    kpis_out = kpis.finish();
    return true;
}

std::shared_ptr<const SimulationInputs> inputsFor(const SiteConfig& site, const SimulationPeriod& period,
                                                  const std::shared_ptr<const SimulationInputs>& have) {
    if (have) {
        try {
            checkInputsMatch(*have, site, period);
            return have;
        } catch (const InputError&) {
            // The site changed a field that shapes the inputs (PV, load model): prepare anew.
        }
    }
    return prepareSimulationInputs(site, period);
}

KpiDelta deltaOf(const KpiRow& b, const KpiRow& c) {
    return {b.key, b.label, b.unit, b.value, c.value, c.value - b.value, b.lower_is_better};
}

} // namespace

SiteConfig candidateSite(const SiteConfig& baseline, const std::vector<ParameterOverride>& overrides) {
    SiteConfig c = baseline;
    for (const ParameterOverride& o : overrides) setParameter(c, o.path, o.value_text);
    return c;
}

SiteConfig withoutBattery(const SiteConfig& site) {
    SiteConfig s = site;
    // Controller none keeps the PCS at 0 kW at every step (a zero PCS rating is not a valid site).
    s.controller.kind = ControllerKind::None;
    s.bess.aux_fixed_kw = 0;
    s.bess.aux_per_throughput = 0;
    s.bess.self_discharge_pct_per_month = 0;
    return s;
}

std::vector<KpiDelta> tuningKpiDeltas(const SimulationKpis& baseline, const SimulationKpis& candidate) {
    static constexpr std::string_view kKeys[] = {"peak_billing_import_kw", "demand_charge_eur", "energy_cost_eur",
                                                 "emissions_location_kg", "self_sufficiency_pct",
                                                 "equivalent_full_cycles", "pv_curtailed_kwh"};
    const auto b = kpiRows(baseline);
    const auto c = kpiRows(candidate);
    std::vector<KpiDelta> out;
    for (std::string_view key : kKeys) {
        for (std::size_t i = 0; i < b.size(); ++i)
            if (key == b[i].key) out.push_back(deltaOf(b[i], c[i]));
    }
    return out;
}

std::vector<KpiDelta> allKpiDeltas(const SimulationKpis& baseline, const SimulationKpis& candidate) {
    const auto b = kpiRows(baseline);
    const auto c = kpiRows(candidate);
    std::vector<KpiDelta> out;
    for (std::size_t i = 0; i < b.size(); ++i) out.push_back(deltaOf(b[i], c[i]));
    return out;
}

ChartSeries decimatedSeries(const TuningResult& r, const std::vector<float>& series, int columns) {
    std::vector<double> x(series.size());
    std::vector<double> y(series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        x[i] = static_cast<double>(r.timeMs(i));
        y[i] = static_cast<double>(series[i]);
    }
    ChartSeries out;
    if (series.empty()) return out;
    std::vector<XYPoint> pts;
    decimateMinMax(x, y, x.front(), x.back(), std::max(1, columns), pts);
    out.time_ms.reserve(pts.size());
    out.value.reserve(pts.size());
    for (const XYPoint& p : pts) {
        out.time_ms.push_back(p.x);
        out.value.push_back(p.y);
    }
    return out;
}

bool runTuning(const TuningRequest& request, TuningResult& result, const std::atomic<bool>& cancel,
               const TuningProgress& progress, const TuningResult* reuse,
               std::shared_ptr<const SimulationInputs>* inputs_cache) {
    TuningResult r;
    r.baseline_site = request.baseline;
    r.candidate_site = candidateSite(request.baseline, request.candidate);
    std::shared_ptr<const SimulationInputs> inputs;
    const bool history = request.period.kind == TuningPeriodKind::History;
    // A replay runs the sites with the cooling and fixed loads already in the recorded load.
    const SiteConfig baseline_run = history ? replaySite(r.baseline_site) : r.baseline_site;
    const SiteConfig candidate_run = history ? replaySite(r.candidate_site) : r.candidate_site;
    if (history) {
        const RecordedHistory recorded = loadRecordedHistory(request.period, request.baseline);
        r.period = recorded.period;
        inputs = recorded.inputs;
    } else {
        r.period = simulationPeriod(request.period);
        inputs = inputsFor(request.baseline, r.period, inputs_cache ? *inputs_cache : nullptr);
    }
    if (inputs_cache && !history) *inputs_cache = inputs;
    const std::shared_ptr<const SimulationInputs> candidate_inputs =
        history ? inputs : inputsFor(candidate_run, r.period, inputs);
    if (history) checkInputsMatch(*inputs, candidate_run, r.period); // PV/load fields cannot change in a replay

    const bool reuse_baseline = reuse && !history &&
                                samePeriod(reuse->period, r.period) && sameSite(reuse->baseline_site, r.baseline_site);
    const auto steps = static_cast<double>((r.period.end_ms - r.period.start_ms) / r.period.step_ms);
    const double runs = reuse_baseline ? 1.0 : 3.0;
    double runs_done = 0;
    const auto report = [&](std::size_t done) {
        if (progress) progress((runs_done + static_cast<double>(done) / steps) / runs);
    };
    if (reuse_baseline) {
        r.baseline = reuse->baseline;
        r.baseline_series = reuse->baseline_series;
        r.load_kw = reuse->load_kw;
        r.pv_available_kw = reuse->pv_available_kw;
        r.counterfactual_grid_kw = reuse->counterfactual_grid_kw;
    } else {
        SimulationKpis counterfactual;
        if (!runOne(withoutBattery(baseline_run), r.period, inputs, nullptr,
                    {&r.load_kw, &r.pv_available_kw, &r.counterfactual_grid_kw}, counterfactual, cancel, report))
            return false;
        runs_done = 1;
        if (!runOne(baseline_run, r.period, inputs, &r.baseline_series, {}, r.baseline, cancel, report))
            return false;
        runs_done = 2;
    }
    if (!runOne(candidate_run, r.period, candidate_inputs, &r.candidate_series, {}, r.candidate, cancel, report))
        return false;
    r.deltas = tuningKpiDeltas(r.baseline, r.candidate);
    r.request_id = result.request_id;
    result = std::move(r);
    if (progress) progress(1.0);
    return true;
}

} // namespace gridtwin
