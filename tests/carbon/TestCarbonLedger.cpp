// The hourly ledger: battery charge-source tracing by hand, the hourly energy balance and carbon
// conservation on a simulated week, and the historian path.
#include "TestCarbon.h"

#include "carbon/FactorSeries.h"
#include "carbon/HistorianSteps.h"
#include "carbon/HourlyLedger.h"
#include "model/FlowAllocation.h"
#include "model/InputError.h"
#include "model/SiteConfig.h"
#include "model/TimeUtc.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"
#include "store/Historian.h"

#include <QtTest>

#include <cmath>

using namespace gridtwin;

namespace {

StepRecord step(std::int64_t t, double pv, double load, double it, double bess, double grid, double soc_pct) {
    StepRecord r;
    r.time_ms = t;
    r.pv_kw = pv;
    r.load_kw = load;
    r.it_load_kw = it;
    r.bess_kw = bess;
    r.grid_kw = grid;
    r.soc_pct = soc_pct;
    r.quality = Quality::Good;
    return r;
}

} // namespace

void TestCarbon::batteryTracingToyDay() {
    // 4 one-hour steps, 1000 kWh battery empty at the start, 90 % charge and discharge efficiency:
    //  h0: PV 300 kW, load 200: 100 kWh PV surplus charges, 90 kWh stored (factor 300 g, no import)
    //  h1: 100 kWh grid charge at 400 g: +40 kg into the pool, stored 180 kWh (90 of PV origin)
    //  h2: 81 kWh discharge takes 90 stored kWh = half the pool: 20 kg, 40.5 kWh PV origin
    //  h3: the other half: 20 kg. Battery factor = 40 kg / 162 kWh = 246.9 g/kWh (carbon.md 4.5).
    const std::int64_t t0 = *parseIsoUtc("2025-03-01T00:00:00Z");
    FactorSeries f;
    f.provider = "toy";
    f.start_ms = t0;
    for (const double g : {300.0, 400.0, 500.0, 100.0}) f.hours.push_back(HourlyFactor{g, -1, -1, -1, false});
    LedgerOptions o;
    o.start_ms = t0;
    o.end_ms = t0 + 4 * kMsPerHour;
    o.step_ms = kMsPerHour;
    o.bess_capacity_kwh = 1000;
    o.initial_soc_pct = 0;
    o.factors = &f;
    LedgerBuilder b(o);
    const std::vector<StepRecord> steps{step(t0, 300, 200, 160, -100, 0, 9), step(t0 + kMsPerHour, 0, 200, 160, -100, 300, 18),
                                        step(t0 + 2 * kMsPerHour, 0, 200, 160, 81, 119, 9), step(t0 + 3 * kMsPerHour, 0, 200, 160, 81, 119, 0)};
    b.add(steps);
    const HourlyLedger l = b.finish();
    QCOMPARE(l.hours.size(), std::size_t{4});
    const auto& h = l.hours;
    QCOMPARE(h[0].bess_charge_pv_kwh, 100.0);
    QCOMPARE(h[0].bess_charge_grid_kwh, 0.0);
    QCOMPARE(h[0].pv_self_consumed_kwh, 200.0);
    QCOMPARE(h[1].bess_charge_grid_kwh, 100.0);
    QCOMPARE(h[1].grid_to_load_kwh, 200.0);
    QCOMPARE(h[1].bess_pool_carbon_kg_end, 40.0);
    QCOMPARE(h[2].bess_discharge_carbon_kg, 20.0);
    QCOMPARE(h[3].bess_discharge_carbon_kg, 20.0);
    QCOMPARE(h[2].bess_discharge_pv_kwh, 40.5);
    QCOMPARE(h[3].bess_discharge_pv_kwh, 40.5);
    QVERIFY(std::fabs(h[3].bess_pool_carbon_kg_end) < 1e-12);
    // Losses 10 + 10 + 9 + 9 = 38 = charge 200 - discharge 162 - stored change 0.
    QCOMPARE(h[0].bess_losses_kwh, 10.0);
    QCOMPARE(h[2].bess_losses_kwh, 9.0);
    QCOMPARE(l.totals.bess_losses_kwh, 38.0);
    QCOMPARE(l.totals.bess_discharge_carbon_kg / l.totals.bess_discharge_kwh * 1000.0, 40.0 / 162.0 * 1000.0);
    // Consumption carbon: h1 200 x 0.4 = 80; h2 119 x 0.5 + 20 = 79.5; h3 119 x 0.1 + 20 = 31.9.
    QCOMPARE(h[0].consumption_carbon_kg, 0.0);
    QCOMPARE(h[1].consumption_carbon_kg, 80.0);
    QCOMPARE(h[2].consumption_carbon_kg, 79.5);
    QVERIFY(qFuzzyCompare(h[3].consumption_carbon_kg, 31.9));
    // Import carbon 120 + 59.5 + 11.9 = 191.4 = consumption carbon (pool empty at both ends).
    QVERIFY(qFuzzyCompare(l.totals.import_carbon_kg, 191.4));
    QVERIFY(qFuzzyCompare(l.totals.consumption_carbon_kg, 191.4));
    // E_DC = facility 800 + losses 38; E_IT 640.
    QCOMPARE(l.totals.dc_kwh, 838.0);
    QCOMPARE(l.totals.it_kwh, 640.0);
    for (const LedgerHour& x : h) {
        QCOMPARE(x.balanceResidualKwh(), 0.0);
        QCOMPARE(x.completeness, 1.0);
        QCOMPARE(x.samples, 1);
    }
}

void TestCarbon::ledgerBalanceOnSimulatedWeek() {
    // The reference site for a July week at 5-min steps: every hour balances, carbon is conserved
    // through the battery pool, and the totals equal the engine's KPI accumulator.
    const SiteConfig site = referenceSite();
    const std::int64_t start = *parseIsoUtc("2025-07-07T00:00:00Z");
    const SimulationPeriod p{start, start + 7 * kMsPerDay, 300'000};
    LedgerOptions o;
    o.start_ms = p.start_ms;
    o.end_ms = p.end_ms;
    o.step_ms = p.step_ms;
    o.bess_capacity_kwh = site.bess.capacity_kwh;
    o.initial_soc_pct = site.bess.soc_initial_pct;
    LedgerBuilder b(o);
    KpiAccumulator k(site, p.start_ms, p.end_ms, p.step_ms);
    SiteSimulation sim(site, p);
    sim.runToEnd([&](std::span<const StepRecord> batch) {
        b.add(batch);
        k.add(batch);
    });
    const HourlyLedger l = b.finish();
    const SimulationKpis kpis = k.finish();
    QCOMPARE(l.hours.size(), std::size_t{168});
    for (const LedgerHour& h : l.hours) {
        const double scale = h.facility_kwh + h.pv_generation_kwh + h.grid_import_kwh;
        QVERIFY2(std::fabs(h.balanceResidualKwh()) <= 1e-9 * scale, qPrintable(QString::fromStdString(formatIsoUtc(h.hour_start_ms))));
        QCOMPARE(h.samples, 12);
        QCOMPARE(h.completeness, 1.0);
        QVERIFY(h.bess_charge_pv_kwh >= 0 && h.bess_charge_grid_kwh >= 0 && h.bess_losses_kwh > -1e-6);
        QVERIFY(std::fabs(h.pv_self_consumed_kwh + h.bess_charge_pv_kwh + h.pv_exported_kwh - h.pv_generation_kwh) < 1e-6);
        QVERIFY(std::fabs(h.grid_to_load_kwh + h.pv_self_consumed_kwh + h.bess_to_load_kwh - h.consumptionKwh()) < 1e-6);
    }
    const LedgerTotals& t = l.totals;
    auto close = [](double x, double y) { return std::fabs(x - y) <= 1e-6 * std::max(1.0, std::fabs(y)); };
    QVERIFY(close(t.grid_import_kwh, kpis.grid_import_kwh));
    QVERIFY(close(t.grid_export_kwh, kpis.grid_export_kwh));
    QVERIFY(close(t.pv_generation_kwh, kpis.pv_kwh));
    QVERIFY(close(t.bess_charge_pv_kwh + t.bess_charge_grid_kwh, kpis.bess_charge_kwh));
    QVERIFY(close(t.bess_discharge_kwh, kpis.bess_discharge_kwh));
    QVERIFY(close(t.bess_losses_kwh, kpis.bess_losses_kwh));
    QVERIFY(close(t.it_kwh, kpis.it_load_kwh));
    QVERIFY(close(t.import_carbon_kg, kpis.emissions_location_kg));
    QVERIFY(t.bess_discharge_kwh > 1000.0); // the battery did work this week
    // Carbon conservation: import carbon + pool at start = consumption + battery export + pool at end.
    QVERIFY(close(t.import_carbon_kg + t.bess_pool_carbon_kg_start,
                  t.consumption_carbon_kg + t.bess_export_carbon_kg + t.bess_pool_carbon_kg_end));
}

void TestCarbon::ledgerFromHistorianEqualsSimulation() {
    // A simulated day stored in a historian gives the same ledger as the simulation itself.
    const SiteConfig site = referenceSite();
    const std::int64_t start = *parseIsoUtc("2025-05-05T00:00:00Z");
    const SimulationPeriod p{start, start + kMsPerDay, 900'000};
    LedgerOptions o;
    o.start_ms = p.start_ms;
    o.end_ms = p.end_ms;
    o.step_ms = p.step_ms;
    o.bess_capacity_kwh = site.bess.capacity_kwh;
    o.initial_soc_pct = site.bess.soc_initial_pct;
    LedgerBuilder direct(o);
    const std::string db = tempPath("h.sqlite");
    {
        Historian h(db);
        const int id = h.siteId("ref");
        SiteSimulation sim(site, p);
        sim.runToEnd([&](std::span<const StepRecord> batch) {
            direct.add(batch);
            h.appendSteps(id, batch);
        });
        h.flush();
    }
    const HourlyLedger a = direct.finish();
    const HistorianStepsInfo info = scanHistorianSteps(db, "", p.start_ms, p.end_ms);
    QCOMPARE(info.site_name, std::string("ref"));
    QCOMPARE(info.step_ms, std::int64_t{900'000});
    o.initial_soc_pct = site.bess.soc_initial_pct;
    LedgerBuilder stored(o);
    readHistorianSteps(db, info, p.start_ms, p.end_ms, [&](std::span<const StepRecord> batch) { stored.add(batch); });
    const HourlyLedger b = stored.finish();
    QCOMPARE(b.hours.size(), a.hours.size());
    for (std::size_t i = 0; i < a.hours.size(); ++i) {
        QCOMPARE(b.hours[i].samples, 4);
        QVERIFY(std::fabs(b.hours[i].grid_import_kwh - a.hours[i].grid_import_kwh) < 1e-6);
        QVERIFY(std::fabs(b.hours[i].bess_discharge_carbon_kg - a.hours[i].bess_discharge_carbon_kg) < 1e-6);
        QVERIFY(std::fabs(b.hours[i].consumption_carbon_kg - a.hours[i].consumption_carbon_kg) < 1e-6);
    }
    try {
        scanHistorianSteps(db, "nope", p.start_ms, p.end_ms);
        QFAIL("no InputError for an unknown site");
    } catch (const InputError& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains("ref"));
    }
}
