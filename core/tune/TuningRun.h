#pragma once
// One tuning comparison: a baseline site, a candidate (the baseline plus parameter overrides
// through the ParameterTable), and the same site with the battery disabled (the counterfactual),
// all on the same inputs and period. runTuning() is synchronous and pure apart from reading input
// files; TuningSession runs it in the background.

#include "model/SiteConfig.h"
#include "model/StepRecord.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"
#include "tune/TuningPeriod.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gridtwin {

/// "controller.peak_threshold_kw" = "11000" (value text as parseParameterText reads it).
struct ParameterOverride {
    std::string path;
    std::string value_text;
};

struct TuningRequest {
    SiteConfig baseline;                       // the site as it runs today
    std::vector<ParameterOverride> candidate;  // applied on a copy of baseline
    TuningPeriod period;
};

/// The baseline with every override applied; throws InputError naming the parameter.
SiteConfig candidateSite(const SiteConfig& baseline, const std::vector<ParameterOverride>& overrides);

/// The same site with the battery out of the picture: controller none (the PCS stays at 0 kW),
/// no auxiliary load or self-discharge. Its grid import is load - delivered PV at every step.
SiteConfig withoutBattery(const SiteConfig& site);

/// One KPI of both runs: delta = candidate - baseline; lower_is_better says which sign is good.
struct KpiDelta {
    std::string key;    // "peak_billing_import_kw" (KpiRow key)
    std::string label;  // "Peak billing-interval import"
    std::string unit;   // "kW"
    double baseline = 0;
    double candidate = 0;
    double delta = 0;
    bool lower_is_better = true;
};

/// The tuning rows, in this order: peak billing-interval import, demand charge, energy cost,
/// emissions, self-sufficiency, equivalent full cycles, curtailment.
std::vector<KpiDelta> tuningKpiDeltas(const SimulationKpis& baseline, const SimulationKpis& candidate);
/// Every KpiRow of the two runs (same order as kpiRows()).
std::vector<KpiDelta> allKpiDeltas(const SimulationKpis& baseline, const SimulationKpis& candidate);

/// Per-step series of one run, compact (float, one byte per reason) so a year at 1-minute steps
/// stays a few MB. Index i is the step starting at period.start_ms + i * period.step_ms.
struct RunSeries {
    std::vector<float> grid_kw;
    std::vector<float> bess_kw;
    std::vector<float> soc_pct;
    std::vector<Reason> reason;
};

struct TuningResult {
    std::uint64_t request_id = 0;   // TuningSession's id of the request this answers
    SimulationPeriod period;
    SiteConfig baseline_site;
    SiteConfig candidate_site;
    SimulationKpis baseline;
    SimulationKpis candidate;
    std::vector<KpiDelta> deltas;   // tuningKpiDeltas(baseline, candidate)
    RunSeries baseline_series;
    RunSeries candidate_series;
    std::vector<float> load_kw;             // facility load (same in every run)
    std::vector<float> pv_available_kw;     // delivered + curtailed of the counterfactual run
    std::vector<float> counterfactual_grid_kw; // grid import with the battery disabled
    bool device_write_requested = false;    // always false here: results never touch devices

    std::size_t steps() const { return counterfactual_grid_kw.size(); }
    std::int64_t timeMs(std::size_t i) const {
        return period.start_ms + static_cast<std::int64_t>(i) * period.step_ms;
    }
};

/// A chart series reduced to at most 4 points per pixel column (core/model/Decimator).
struct ChartSeries {
    std::vector<double> time_ms;
    std::vector<double> value;
};
/// series over the whole period with `columns` columns (x = time in ms since the epoch).
ChartSeries decimatedSeries(const TuningResult& r, const std::vector<float>& series, int columns);

/// Progress 0..1 over all runs; called on the running thread.
using TuningProgress = std::function<void(double)>;

/// Runs counterfactual, baseline and candidate (baseline and counterfactual are taken from
/// `reuse` when its baseline site and period equal this request's: moving a candidate slider
/// re-simulates only the candidate). inputs_cache (in/out): prepared inputs used when they fit the
/// baseline and period, replaced otherwise. Returns false (result untouched) when cancel became
/// true. result.request_id is kept. Throws InputError for bad overrides, periods or input files.
bool runTuning(const TuningRequest& request, TuningResult& result, const std::atomic<bool>& cancel,
               const TuningProgress& progress = {}, const TuningResult* reuse = nullptr,
               std::shared_ptr<const SimulationInputs>* inputs_cache = nullptr);

} // namespace gridtwin
