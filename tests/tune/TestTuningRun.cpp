// Tuning runs (KPIs equal direct SiteSimulation runs, deltas, counterfactual, reuse) and the
// background TuningSession (latest request wins, cancel).
#include "TestTune.h"

#include "model/InputError.h"
#include "model/SiteConfig.h"
#include "sim/KpiJson.h"
#include "sim/SiteSimulation.h"
#include "tune/TuningRun.h"
#include "tune/TuningSession.h"

#include <QtTest>

#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>
#include <utility>

using namespace gridtwin;

namespace {

TuningPeriod month(int m) {
    TuningPeriod p;
    p.kind = TuningPeriodKind::Month;
    p.year = 2025;
    p.month = m;
    return p;
}

std::vector<StepRecord> records(const SiteConfig& site, const SimulationPeriod& period, SimulationKpis* kpis = nullptr) {
    SiteSimulation sim(site, period);
    KpiAccumulator k(site, period.start_ms, period.end_ms, period.step_ms);
    std::vector<StepRecord> out;
    sim.runToEnd([&](std::span<const StepRecord> b) {
        k.add(b);
        out.insert(out.end(), b.begin(), b.end());
    });
    if (kpis) *kpis = k.finish();
    return out;
}

void compareKpis(const SimulationKpis& a, const SimulationKpis& b) {
    const auto ra = kpiRows(a);
    const auto rb = kpiRows(b);
    QCOMPARE(ra.size(), rb.size());
    for (std::size_t i = 0; i < ra.size(); ++i) {
        if (ra[i].value != rb[i].value) QFAIL(qPrintable(QStringLiteral("%1: %2 vs %3").arg(ra[i].key).arg(ra[i].value, 0, 'g', 17).arg(rb[i].value, 0, 'g', 17)));
    }
}

TuningRequest thresholdRequest(double threshold_kw, TuningPeriod period) {
    TuningRequest req;
    req.baseline = referenceSite();
    req.candidate = {{"controller.peak_threshold_kw", QString::number(threshold_kw).toStdString()}};
    req.period = std::move(period);
    return req;
}

} // namespace

void TestTune::kpiDeltasAreCandidateMinusBaseline() {
    SimulationKpis b, c;
    b.peak_billing_import_kw = 12000;
    c.peak_billing_import_kw = 11000;
    b.demand_charge_eur = 150000;
    c.demand_charge_eur = 137500.5;
    b.energy_cost_eur = 10;
    c.energy_cost_eur = 12.25;
    b.self_sufficiency_pct = 20;
    c.self_sufficiency_pct = 21.5;
    b.equivalent_full_cycles = 3;
    c.equivalent_full_cycles = 7;
    const auto d = tuningKpiDeltas(b, c);
    const std::vector<std::string> keys{"peak_billing_import_kw", "demand_charge_eur", "energy_cost_eur",
                                        "emissions_location_kg", "self_sufficiency_pct",
                                        "equivalent_full_cycles", "pv_curtailed_kwh"};
    QCOMPARE(d.size(), keys.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        QCOMPARE(d[i].key, keys[i]);
        QCOMPARE(d[i].delta, d[i].candidate - d[i].baseline);
    }
    QCOMPARE(d[0].delta, -1000.0);
    QCOMPARE(d[0].unit, std::string("kW"));
    QVERIFY(d[0].lower_is_better);
    QCOMPARE(d[1].delta, -12499.5);
    QCOMPARE(d[2].delta, 2.25);
    QCOMPARE(d[4].delta, 1.5);
    QVERIFY(!d[4].lower_is_better); // self-sufficiency: higher is better
    QCOMPARE(d[5].delta, 4.0);
    QCOMPARE(allKpiDeltas(b, c).size(), kpiRows(b).size());
}

void TestTune::tuningRunEqualsDirectSimulation() {
    // July: the baseline holds 11.5 MW exactly, the candidate 12 MW (hand value: delta +500 kW).
    const TuningRequest req = thresholdRequest(12000, month(7));
    TuningResult r;
    std::atomic<bool> cancel{false};
    QVERIFY(runTuning(req, r, cancel));
    const SimulationPeriod period = simulationPeriod(month(7));
    QCOMPARE(r.period.start_ms, period.start_ms);
    QCOMPARE(r.period.end_ms, period.end_ms);
    SimulationKpis base, cand;
    const auto base_records = records(referenceSite(), period, &base);
    SiteConfig cand_site = referenceSite();
    cand_site.controller.peak_threshold_kw = 12000;
    const auto cand_records = records(cand_site, period, &cand);
    compareKpis(r.baseline, base);
    compareKpis(r.candidate, cand);
    QCOMPARE(r.candidate_site.controller.peak_threshold_kw, 12000.0);
    QCOMPARE(r.baseline_site.controller.peak_threshold_kw, referenceSite().controller.peak_threshold_kw);
    QVERIFY(!r.device_write_requested);
    // The deltas shown are candidate - baseline of these runs.
    QCOMPARE(r.deltas.size(), std::size_t(7));
    QCOMPARE(r.deltas[0].baseline, base.peak_billing_import_kw);
    QCOMPARE(r.deltas[0].candidate, cand.peak_billing_import_kw);
    QCOMPARE(r.deltas[0].delta, cand.peak_billing_import_kw - base.peak_billing_import_kw);
    QCOMPARE(r.deltas[0].delta, 500.0);
    QVERIFY(r.deltas[5].delta < 0); // fewer equivalent full cycles with the higher threshold
    // Series: one value per step, equal to the records (float).
    QCOMPARE(r.steps(), base_records.size());
    QCOMPARE(r.candidate_series.reason.size(), cand_records.size());
    for (std::size_t i = 0; i < cand_records.size(); i += 97) {
        QCOMPARE(r.candidate_series.grid_kw[i], static_cast<float>(cand_records[i].grid_kw));
        QCOMPARE(r.candidate_series.soc_pct[i], static_cast<float>(cand_records[i].soc_pct));
        QCOMPARE(r.candidate_series.reason[i], cand_records[i].reason);
        QCOMPARE(r.baseline_series.bess_kw[i], static_cast<float>(base_records[i].bess_kw));
        QCOMPARE(r.timeMs(i), cand_records[i].time_ms);
    }
    // Decimated chart series: at most 4 points per column, covering the period.
    const ChartSeries c = decimatedSeries(r, r.candidate_series.grid_kw, 200);
    QVERIFY(!c.time_ms.empty());
    QVERIFY(c.time_ms.size() <= 800);
    QCOMPARE(c.time_ms.front(), static_cast<double>(period.start_ms));
}

void TestTune::counterfactualIsLoadMinusPv() {
    TuningResult r;
    std::atomic<bool> cancel{false};
    QVERIFY(runTuning(thresholdRequest(11000, month(6)), r, cancel));
    // The same site with the battery out of the picture, step by step.
    const auto recs = records(withoutBattery(referenceSite()), r.period);
    QCOMPARE(recs.size(), r.steps());
    std::size_t with_pv = 0;
    for (std::size_t i = 0; i < recs.size(); ++i) {
        const StepRecord& s = recs[i];
        QCOMPARE(s.bess_kw, 0.0);
        QVERIFY2(std::fabs(s.grid_kw - (s.load_kw - s.pv_kw)) < 1e-6, qPrintable(QString::number(i)));
        QCOMPARE(r.counterfactual_grid_kw[i], static_cast<float>(s.grid_kw));
        QCOMPARE(r.load_kw[i], static_cast<float>(s.load_kw));
        if (s.pv_kw > 1) ++with_pv;
    }
    QVERIFY(with_pv > recs.size() / 4); // June: PV during the day
    const SiteConfig nb = withoutBattery(referenceSite());
    QCOMPARE(nb.controller.kind, ControllerKind::None);
    QCOMPARE(nb.bess.aux_fixed_kw, 0.0);
    QCOMPARE(nb.bess.self_discharge_pct_per_month, 0.0);
}

void TestTune::tuningReusesBaseline() {
    std::atomic<bool> cancel{false};
    std::vector<double> progress;
    const TuningProgress record = [&](double p) { progress.push_back(p); };
    TuningResult first;
    QVERIFY(runTuning(thresholdRequest(11000, month(2)), first, cancel, record));
    // Three runs (counterfactual, baseline, candidate): the first chunk is a third of the work.
    QVERIFY(!progress.empty());
    QVERIFY2(std::fabs(progress.front() - 1.0 / 3.0) < 1e-9, qPrintable(QString::number(progress.front())));
    QCOMPARE(progress.back(), 1.0);
    progress.clear();
    TuningResult second;
    QVERIFY(runTuning(thresholdRequest(10500, month(2)), second, cancel, record, &first));
    // Same baseline and period: only the candidate runs, so its one chunk is all the work.
    QCOMPARE(progress.front(), 1.0);
    compareKpis(second.baseline, first.baseline);
    QCOMPARE(second.counterfactual_grid_kw, first.counterfactual_grid_kw);
    QVERIFY(second.candidate.peak_billing_import_kw != first.candidate.peak_billing_import_kw);
    // A cancelled run leaves the result untouched.
    TuningResult untouched;
    untouched.request_id = 42;
    cancel = true;
    QVERIFY(!runTuning(thresholdRequest(10500, month(2)), untouched, cancel));
    QCOMPARE(untouched.request_id, std::uint64_t(42));
    QCOMPARE(untouched.steps(), std::size_t(0));
}

void TestTune::badOverrideNamesParameter() {
    std::atomic<bool> cancel{false};
    TuningResult r;
    TuningRequest req = thresholdRequest(11000, month(1));
    req.candidate = {{"controller.peak_threshold_kw", "-5"}};
    try {
        runTuning(req, r, cancel);
        QFAIL("accepted a negative threshold");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("controller.peak_threshold_kw")), e.what());
    }
    req.candidate = {{"controller.peak_treshold_kw", "11000"}};
    QVERIFY_THROWS_EXCEPTION(InputError, runTuning(req, r, cancel));
    req.candidate = {};
    req.period.month = 13;
    QVERIFY_THROWS_EXCEPTION(InputError, runTuning(req, r, cancel));
}

void TestTune::sessionLatestRequestWins() {
    TuningSession session;
    std::mutex m;
    std::vector<std::pair<std::uint64_t, TuningState>> events;
    session.finished.connect([&](std::uint64_t id, TuningState s) {
        std::lock_guard lock(m);
        events.emplace_back(id, s);
    });
    TuningPeriod year;
    year.kind = TuningPeriodKind::Year;
    const std::uint64_t a = session.submit(thresholdRequest(11000, year)); // long: superseded
    const std::uint64_t b = session.submit(thresholdRequest(10800, month(3)));
    const std::uint64_t c = session.submit(thresholdRequest(10600, month(3)));
    QVERIFY(a < b && b < c);
    QVERIFY(session.waitIdle(std::chrono::minutes(5)));
    QCOMPARE(session.state(), TuningState::Finished);
    const auto latest = session.latest();
    QVERIFY(latest);
    QCOMPARE(latest->request_id, c);
    QCOMPARE(latest->candidate_site.controller.peak_threshold_kw, 10600.0);
    std::lock_guard lock(m);
    for (const auto& [id, state] : events) {
        if (id != c) QVERIFY2(state != TuningState::Finished, qPrintable(QString::number(id)));
    }
    QVERIFY(!events.empty());
    QCOMPARE(events.back().first, c);
    QCOMPARE(events.back().second, TuningState::Finished);
}

void TestTune::sessionCancel() {
    TuningSession session;
    TuningPeriod year;
    year.kind = TuningPeriodKind::Year;
    year.step_ms = 300'000; // long enough to be caught running
    session.submit(thresholdRequest(11000, year));
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (session.progress() <= 0 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QVERIFY(session.progress() > 0);
    session.cancel();
    QVERIFY(session.waitIdle(std::chrono::seconds(60)));
    QCOMPARE(session.state(), TuningState::Cancelled);
    QVERIFY(!session.latest());
    QVERIFY(session.progress() < 1.0);
    // A bad request fails with the InputError text and publishes nothing.
    TuningRequest bad = thresholdRequest(-1, month(1));
    const std::uint64_t id = session.submit(bad);
    QVERIFY(session.waitIdle(std::chrono::seconds(60)));
    QCOMPARE(session.state(), TuningState::Failed);
    QCOMPARE(session.lastErrorId(), id);
    QVERIFY(QString::fromStdString(session.lastError()).contains(QStringLiteral("controller.peak_threshold_kw")));
    QVERIFY(!session.latest());
}
