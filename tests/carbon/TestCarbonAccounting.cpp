// Carbon accounting KPIs on a two-hour ledger computed by hand (formulas: CarbonAccounting.h).
#include "TestCarbon.h"

#include "carbon/CarbonAccounting.h"
#include "model/TimeUtc.h"

#include <QtTest>

#include <cmath>

using namespace gridtwin;

namespace {

bool near(double a, double b, double tol = 1e-9) { return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b)); }
#define QNEAR(a, b) QVERIFY2(near((a), (b)), qPrintable(QString("%1 = %2, expected %3").arg(#a).arg((a), 0, 'g', 12).arg((b), 0, 'g', 12)))

// Hour A (2025-01-01T00Z): import 1000 kWh at 200 g, grid CFE 50 %, consumption 1200 kWh of which
// 200 kWh on-site PV, IT 1000 kWh. Hour B: import 500 kWh at 400 g, grid CFE 20 %, consumption
// 500 kWh, IT 400 kWh. No battery.
HourlyLedger handLedger() {
    HourlyLedger l;
    l.site_name = "hand";
    l.source = "hand-made";
    l.installed_gpus = 10;
    l.installed_it_kw = 1200;
    l.start_ms = *parseIsoUtc("2025-01-01T00:00:00Z");
    l.end_ms = l.start_ms + 2 * kMsPerHour;
    LedgerHour a;
    a.hour_start_ms = l.start_ms;
    a.grid_import_kwh = 1000;
    a.grid_to_load_kwh = 1000;
    a.pv_generation_kwh = 200;
    a.pv_self_consumed_kwh = 200;
    a.facility_kwh = 1200;
    a.it_kwh = 1000;
    a.location_g_per_kwh = 200;
    a.grid_cfe_pct = 50;
    a.consumption_carbon_kg = 200;
    a.samples = 4;
    a.completeness = 1;
    a.quality = Quality::Good;
    LedgerHour b = a;
    b.hour_start_ms = l.start_ms + kMsPerHour;
    b.grid_import_kwh = 500;
    b.grid_to_load_kwh = 500;
    b.pv_generation_kwh = 0;
    b.pv_self_consumed_kwh = 0;
    b.facility_kwh = 500;
    b.it_kwh = 400;
    b.location_g_per_kwh = 400;
    b.grid_cfe_pct = 20;
    b.consumption_carbon_kg = 200;
    l.hours = {a, b};
    l.totals = sumLedger(l.hours, 0.0);
    return l;
}

InstrumentVolume volume(const char* id, InstrumentKind kind, const char* tech, const char* from, const char* to, double kwh) {
    InstrumentVolume v;
    v.id = id;
    v.kind = kind;
    v.technology = tech;
    v.start_ms = *parseIsoUtc(from);
    v.end_ms = *parseIsoUtc(to);
    v.volume_kwh = kwh;
    v.cancelled = true;
    v.same_market = true;
    v.evidence = "statement";
    return v;
}

// A 300 kWh hourly physical solar PPA in hour A, a 100 kWh hydro GO for the year, residual 500 g.
InstrumentSet handInstruments() {
    InstrumentSet s;
    s.residual_mix_g_per_kwh = 500;
    s.residual_mix_source = "hand";
    s.volumes.push_back(volume("PPA1", InstrumentKind::PpaPhysical, "solar", "2025-01-01T00:00:00Z", "2025-01-01T01:00:00Z", 300));
    s.volumes.push_back(volume("GO1", InstrumentKind::GuaranteeOfOrigin, "hydro", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z", 100));
    return s;
}

} // namespace

void TestCarbon::kpisByHand() {
    const HourlyLedger l = handLedger();
    const InstrumentSet s = handInstruments();
    CarbonInputs in;
    in.ledger = &l;
    in.instruments = &s;
    in.heat_reused_kwh = 170.0;
    in.water_input_m3 = 2.8;
    in.reporting_year = 2025;
    in.factor_provider = "hand";
    const CarbonResult r = computeCarbonAccounting(in);
    QNEAR(r.e_dc_kwh, 1700.0);
    QNEAR(r.e_it_kwh, 1400.0);
    QNEAR(r.pue, 1700.0 / 1400.0);
    // LBM = 1000 x 0.2 + 500 x 0.4
    QNEAR(r.scope2_location_kg, 400.0);
    // annual-factor variant: 1500 x mean(200, 400) g
    QNEAR(r.scope2_location_annual_factor_kg, 450.0);
    // MBM = (300 + 100) x 0 + (1500 - 400) x 0.5
    QNEAR(r.e_instruments_eligible_kwh, 400.0);
    QNEAR(r.scope2_market_kg, 550.0);
    QNEAR(r.residual_factor_g_per_kwh, 500.0);
    // hourly matched: (1000 - 300) x 0.2 + 500 x 0.4
    QNEAR(r.hourly_matched_kg, 340.0);
    // CFE: A m = min(1200, 300 + 200) = 500, 500 + 700 x 0.5 = 850; B 500 x 0.2 = 100
    QVERIFY(r.grid_cfe_known);
    QNEAR(r.cfe_pct, 100.0 * 950.0 / 1700.0);
    QNEAR(r.hourly_matched_pct, 100.0 * 500.0 / 1700.0);
    // REF = (200 on-site + 400 renewable instruments) / 1700
    QNEAR(r.e_renewable_kwh, 600.0);
    QNEAR(r.ref, 600.0 / 1700.0);
    QNEAR(r.cue_location, 400.0 / 1400.0);
    QNEAR(r.cue_market, 550.0 / 1400.0);
    QNEAR(r.kg_per_mwh_it_location, 400.0 / 1.4);
    QNEAR(r.kg_per_mwh_it_market, 550.0 / 1.4);
    QVERIFY(r.erf.has_value() && r.wue_l_per_kwh.has_value());
    QNEAR(*r.erf, 0.1);
    QNEAR(*r.wue_l_per_kwh, 2.0);
    QNEAR(r.time_average_factor_g_per_kwh, 300.0);
    QNEAR(r.consumption_factor_g_per_kwh, 1000.0 * 400.0 / 1700.0);
    QVERIFY(r.lifecycle_kg < 0); // no life-cycle factors: no footprint figure
    // no jobs: per GPU-hour over installed GPU-hours (10 GPUs x 2 h)
    QNEAR(r.installed_gpu_hours, 20.0);
    QNEAR(r.kg_per_gpu_hour_location, 20.0);
    QVERIFY(!r.sensitivity.empty());
    QNEAR(r.sensitivity[0].emissions_t, 0.4);
}

void TestCarbon::attributionByHand() {
    // J1: 8 GPUs in hour A. J2: 4 GPUs from A + 30 min to the end of B. Installed 10 GPUs.
    // A: 10 GPU-h allocated of 10 -> J1 IT 800, J2 IT 200; B: J2 4 of 10 -> IT 160.
    // Facility x PUE_t (1.2 in A, 1.25 in B): J1 960, J2 240 + 200. Location kg at
    // consumption carbon / E_DC per hour (1/6 kg/kWh in A, 0.4 in B): J1 160, J2 40 + 80.
    const HourlyLedger l = handLedger();
    const InstrumentSet s = handInstruments();
    std::vector<SlurmJob> jobs(2);
    jobs[0] = {"J1", "p1", "u", "n", "COMPLETED", l.start_ms, l.start_ms + kMsPerHour, 8, -1, 2};
    jobs[1] = {"J2", "p2", "u", "n", "COMPLETED", l.start_ms + kMsPerHour / 2, l.start_ms + 2 * kMsPerHour, 4, -1, 3};
    CarbonInputs in;
    in.ledger = &l;
    in.instruments = &s;
    in.jobs = &jobs;
    const CarbonResult r = computeCarbonAccounting(in);
    QCOMPARE(r.jobs.size(), std::size_t{2});
    QNEAR(r.jobs[0].gpu_hours, 8.0);
    QNEAR(r.jobs[0].it_kwh, 800.0);
    QNEAR(r.jobs[0].facility_kwh, 960.0);
    QNEAR(r.jobs[0].location_kg, 160.0);
    QNEAR(r.jobs[0].market_kg, 960.0 * 550.0 / 1700.0);
    QNEAR(r.jobs[1].gpu_hours, 6.0);
    QNEAR(r.jobs[1].it_kwh, 360.0);
    QNEAR(r.jobs[1].facility_kwh, 440.0);
    QNEAR(r.jobs[1].location_kg, 120.0);
    QNEAR(r.allocated_gpu_hours, 14.0);
    QNEAR(r.kg_per_gpu_hour_location, 400.0 / 14.0);
    QNEAR(r.unattributed_it_kwh, 240.0);
    QNEAR(r.unattributed_facility_kwh, 300.0);
    QNEAR(r.unattributed_location_kg, 120.0);
    QNEAR(r.unattributed_market_kg, 550.0 - 1400.0 * 550.0 / 1700.0);
    QCOMPARE(r.projects.size(), std::size_t{2});
    QCOMPARE(r.projects[0].account, std::string("p1")); // largest emissions first
    QCOMPARE(r.projects[0].jobs, 1);
    QNEAR(r.projects[1].location_kg, 120.0);
}

void TestCarbon::cbamStatementAndShadowCost() {
    const HourlyLedger l = handLedger();
    const InstrumentSet s = handInstruments();
    CarbonPriceTable prices;
    prices.quarters.push_back({2025, 1, 75.36, "cbam_official", "test", "2026-04-07", 2});
    CarbonInputs in;
    in.ledger = &l;
    in.instruments = &s;
    in.prices = &prices;
    in.factor_provider = "hand";
    const CarbonResult r = computeCarbonAccounting(in);
    // Grid row: (1000 - 300) + 500 = 1200 kWh with 140 + 200 = 340 kg; PPA row 300 kWh at 0;
    // on-site PV row 200 kWh at 0.
    QCOMPARE(r.cbam_rows.size(), std::size_t{3});
    QNEAR(r.cbam_rows[0].energy_mwh, 1.2);
    QNEAR(r.cbam_rows[0].emissions_t, 0.34);
    QNEAR(r.cbam_rows[0].factor_t_per_mwh, 0.34 / 1.2);
    QCOMPARE(r.cbam_rows[0].kind, FactorKind::OtherPublic);
    QNEAR(r.cbam_rows[1].energy_mwh, 0.3);
    QCOMPARE(r.cbam_rows[1].kind, FactorKind::Ppa);
    QCOMPARE(r.cbam_rows[2].kind, FactorKind::DirectLink);
    QNEAR(r.cbam_rows[2].energy_mwh, 0.2);
    QNEAR(r.cbam_emissions_t, 0.34);
    QNEAR(r.cbam_default_share_pct, 0.0);
    QCOMPARE(r.shadow_by_quarter.size(), std::size_t{1});
    QNEAR(r.shadow_by_quarter[0].cost_eur, 0.34 * 75.36);
    QNEAR(r.shadow_cost_eur, 0.34 * 75.36);
    QCOMPARE(r.shadow_band.size(), std::size_t{4});
    QNEAR(r.shadow_band[0].second, 0.34 * 60.0);
    QNEAR(r.shadow_band[3].second, 0.34 * 110.0);
    bool hourly_ppa = false;
    for (const auto& e : r.evidence)
        if (e.item == "PPA contract with hourly volumes") hourly_ppa = e.status == "present";
    QVERIFY(hourly_ppa);
    // Without a price for the quarter the cost is not invented.
    CarbonPriceTable none;
    none.quarters.push_back({2026, 1, 75.36, "cbam_official", "test", "", 2});
    in.prices = &none;
    const CarbonResult r2 = computeCarbonAccounting(in);
    QCOMPARE(r2.shadow_by_quarter[0].price_eur_per_t, -1.0);
    QCOMPARE(r2.shadow_cost_eur, 0.0);
}

void TestCarbon::eedFieldsMissingNotInvented() {
    const HourlyLedger l = handLedger();
    CarbonInputs in;
    in.ledger = &l;
    const CarbonResult r = computeCarbonAccounting(in);
    int missing = 0;
    bool water_missing = false, pue_value = false;
    for (const EedField& f : r.eed) {
        if (f.quality == "missing") {
            ++missing;
            QVERIFY2(f.value.empty(), f.field.c_str());
        }
        if (f.field == "Total water input W_IN") water_missing = f.quality == "missing";
        if (f.field == "PUE = E_DC / E_IT") pue_value = f.value == "1.214";
    }
    QVERIFY(water_missing);
    QVERIFY(pue_value);
    QVERIFY(missing >= 10);
    QVERIFY(!r.erf.has_value() && !r.wue_l_per_kwh.has_value());
    // Without instruments, MBM falls back to the import-weighted location factor and says so.
    QNEAR(r.scope2_market_kg, 400.0);
    QVERIFY(!r.notes.empty());
}

void TestCarbon::ineligibleInstrumentsNotCounted() {
    const HourlyLedger l = handLedger();
    InstrumentSet s = handInstruments();
    s.volumes[1].same_market = false;   // Norwegian GO: other market
    s.volumes[0].cancelled = false;     // PPA certificates not cancelled
    s.volumes.push_back(volume("GO-OLD", InstrumentKind::GuaranteeOfOrigin, "hydro", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", 900));
    CarbonInputs in;
    in.ledger = &l;
    in.instruments = &s;
    in.reporting_year = 2025;
    const CarbonResult r = computeCarbonAccounting(in);
    QNEAR(r.e_instruments_eligible_kwh, 0.0);
    QNEAR(r.scope2_market_kg, 1500.0 * 0.5);
    QNEAR(r.hourly_matched_kg, 400.0);
    QNEAR(r.ref, 200.0 / 1700.0);
}
