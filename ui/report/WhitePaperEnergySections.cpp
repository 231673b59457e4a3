#include "WhitePaperEnergySections.h"

#include "WhitePaperColours.h"

#include <algorithm>
#include <cmath>

namespace gridtwin::report {

namespace {
std::vector<double> toMwh(std::vector<double> kwh) {
    for (double& v : kwh) v /= 1000.0;
    return kwh;
}

double bestBillingPeakKw(const std::vector<BillingPeakSummary>& periods, std::size_t i) {
    return i < periods.size() ? periods[i].peak_kw : 0.0;
}
} // namespace

void WhitePaperEnergySections::addComputeLoad(ReportDocument& doc, const QString& heading) const {
    const CarbonStudyResult& s = c_.study();
    const CarbonResult& r = s.carbon;
    const auto& hours = s.ledger.hours;
    doc.heading(1, heading);
    doc.paragraph(translate("WhitePaper",
                            "The IT load is the power drawn by the GPU cluster (GPU, CPU, network and node overhead). "
                            "Training jobs start and stop as blocks of thousands of GPUs, and checkpoints and "
                            "failures cause short dips, so the hourly load moves in steps rather than a smooth curve."));

    // Daily mean and highest hourly IT power.
    const int days = std::max(1, c_.dayCount());
    std::vector<double> mean_mw(static_cast<std::size_t>(days), 0.0), max_mw(static_cast<std::size_t>(days), 0.0);
    std::vector<int> count(static_cast<std::size_t>(days), 0);
    double peak_it_kw = 0.0;
    for (std::size_t i = 0; i < hours.size(); ++i) {
        const auto d = static_cast<std::size_t>(c_.dayOf(i));
        const double mw = hours[i].it_kwh / 1000.0; // one hour: kWh -> mean kW -> MW
        mean_mw[d] += mw;
        max_mw[d] = std::max(max_mw[d], mw);
        ++count[d];
        peak_it_kw = std::max(peak_it_kw, hours[i].it_kwh);
    }
    for (std::size_t d = 0; d < mean_mw.size(); ++d)
        if (count[d] > 0) mean_mw[d] /= count[d];
    ReportChart daily;
    daily.title = translate("WhitePaper", "Figure 3.1: IT power per day");
    daily.y_label = translate("WhitePaper", "IT power (MW)");
    daily.kind = ChartKind::Lines;
    daily.x_ticks = c_.monthTicksForDays();
    daily.series = {{translate("WhitePaper", "highest hourly mean"), max_mw, WhitePaperColours::overhead(), false},
                    {translate("WhitePaper", "daily mean"), mean_mw, WhitePaperColours::it(), false}};
    doc.add(daily);

    ReportChart monthly;
    monthly.title = translate("WhitePaper", "Figure 3.2: facility energy per month, IT and overhead");
    monthly.y_label = translate("WhitePaper", "Energy (MWh)");
    monthly.kind = ChartKind::StackedBars;
    monthly.x_ticks = c_.monthTicks();
    monthly.series = {
        {translate("WhitePaper", "IT equipment"), toMwh(c_.monthlySum([](const LedgerHour& h) { return h.it_kwh; })),
         WhitePaperColours::it(), false},
        {translate("WhitePaper", "cooling and facility"),
         toMwh(c_.monthlySum([](const LedgerHour& h) { return h.facility_kwh - h.it_kwh; })),
         WhitePaperColours::overhead(), false},
        {translate("WhitePaper", "BESS auxiliary and losses"),
         toMwh(c_.monthlySum([](const LedgerHour& h) { return h.bess_aux_kwh + h.bess_losses_kwh; })),
         WhitePaperColours::bess(), false},
    };
    monthly.height_pt = 170.0;
    doc.add(monthly);

    const double period_h = static_cast<double>(hours.size());
    const double installed_kw = s.ledger.installed_it_kw;
    const double mean_it_kw = period_h > 0 ? r.e_it_kwh / period_h : 0.0;
    ReportTable table;
    table.caption = translate("WhitePaper", "Table 3.1: compute load");
    table.header = {translate("WhitePaper", "Indicator"), translate("WhitePaper", "Value"), translate("WhitePaper", "Unit")};
    table.column_weights = {3.2, 1.6, 1.2};
    table.align = {CellAlign::Left, CellAlign::Right, CellAlign::Left};
    auto row = [&](const char* item, const QString& value, const QString& unit) {
        table.rows.push_back({translate("WhitePaper", item), value, unit});
    };
    row(QT_TRANSLATE_NOOP("WhitePaper", "Installed IT power PD_IT"), c_.number(installed_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Mean IT power"), c_.number(mean_it_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Highest hourly IT power"), c_.number(peak_it_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "IT utilisation E_IT / (PD_IT × hours)"),
        c_.percent(installed_kw > 0 && period_h > 0 ? r.e_it_kwh / (installed_kw * period_h) * 100.0 : kNoValue),
        QStringLiteral("%"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "IT energy E_IT"), c_.mwh(r.e_it_kwh), QStringLiteral("MWh"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Installed GPU-hours"), c_.number(r.installed_gpu_hours, 0), QStringLiteral("GPU-h"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Allocated GPU-hours (Slurm)"), r.allocated_gpu_hours > 0 ? c_.number(r.allocated_gpu_hours, 0) : c_.notAvailable(),
        QStringLiteral("GPU-h"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "IT energy per allocated GPU-hour"),
        r.allocated_gpu_hours > 0 ? c_.number(r.e_it_kwh / r.allocated_gpu_hours, 3) : c_.notAvailable(),
        QStringLiteral("kWh/GPU-h"));
    doc.add(table);
}

void WhitePaperEnergySections::addEnergyFlows(ReportDocument& doc, const QString& heading) const {
    const CarbonStudyResult& s = c_.study();
    const LedgerTotals& t = s.ledger.totals;
    doc.heading(1, heading);
    doc.paragraph(translate("WhitePaper",
                            "Every hour of the ledger closes the balance facility + BESS auxiliary + BESS charge + "
                            "export = PV + import + BESS discharge. PV serves the load first, its surplus charges the "
                            "battery and the rest is exported; the battery charges from the grid only when the "
                            "controller asks for it."));
    ReportChart supply;
    supply.title = translate("WhitePaper", "Figure 4.1: how the site load was supplied, per month");
    supply.y_label = translate("WhitePaper", "Energy (MWh)");
    supply.kind = ChartKind::StackedBars;
    supply.x_ticks = c_.monthTicks();
    supply.series = {
        {translate("WhitePaper", "grid"), toMwh(c_.monthlySum([](const LedgerHour& h) { return h.grid_to_load_kwh; })),
         WhitePaperColours::grid(), false},
        {translate("WhitePaper", "PV direct"),
         toMwh(c_.monthlySum([](const LedgerHour& h) { return h.pv_self_consumed_kwh; })), WhitePaperColours::pv(), false},
        {translate("WhitePaper", "BESS discharge"),
         toMwh(c_.monthlySum([](const LedgerHour& h) { return h.bess_to_load_kwh; })), WhitePaperColours::bess(), false},
    };
    supply.height_pt = 175.0;
    doc.add(supply);

    ReportTable balance;
    balance.caption = translate("WhitePaper", "Table 4.1: annual energy balance");
    balance.header = {translate("WhitePaper", "Flow"), translate("WhitePaper", "Energy (MWh)"),
                      translate("WhitePaper", "Note")};
    balance.column_weights = {2.6, 1.3, 3.0};
    balance.align = {CellAlign::Left, CellAlign::Right, CellAlign::Left};
    auto row = [&](const char* flow, double kwh, const QString& note) {
        balance.rows.push_back({translate("WhitePaper", flow), c_.mwh(kwh), note});
    };
    const double self_ratio = t.pv_generation_kwh > 0
                                  ? (t.pv_self_consumed_kwh + t.bess_charge_pv_kwh) / t.pv_generation_kwh * 100.0
                                  : kNoValue;
    const double charge = t.bess_charge_pv_kwh + t.bess_charge_grid_kwh;
    row(QT_TRANSLATE_NOOP("WhitePaper", "Grid import"), t.grid_import_kwh, QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "Grid export"), t.grid_export_kwh, translate("WhitePaper", "not netted against imports"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "PV generation (delivered)"), t.pv_generation_kwh,
        translate("WhitePaper", "self-consumption ratio %1 %").arg(c_.percent(self_ratio)));
    row(QT_TRANSLATE_NOOP("WhitePaper", "PV used directly on site"), t.pv_self_consumed_kwh, QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "PV exported"), t.pv_exported_kwh, QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "PV curtailed"), t.pv_curtailed_kwh, translate("WhitePaper", "export limit"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS charge from PV"), t.bess_charge_pv_kwh, QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS charge from grid"), t.bess_charge_grid_kwh, QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS discharge"), t.bess_discharge_kwh,
        translate("WhitePaper", "round trip %1 %, %2 equivalent full cycles")
            .arg(c_.percent(charge > 0 ? t.bess_discharge_kwh / charge * 100.0 : kNoValue),
                 c_.number(s.ledger.bess_capacity_kwh > 0 ? t.bess_discharge_kwh / s.ledger.bess_capacity_kwh : kNoValue, 0)));
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS losses"), t.bess_losses_kwh, translate("WhitePaper", "part of E_DC"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS auxiliary load"), t.bess_aux_kwh, translate("WhitePaper", "part of E_DC"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Facility load (IT, cooling, other)"), t.facility_kwh, QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "IT energy E_IT"), t.it_kwh, QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "Facility energy E_DC"), t.dc_kwh, translate("WhitePaper", "facility + BESS auxiliary + BESS losses"));
    balance.bold_rows = {static_cast<int>(balance.rows.size()) - 1};
    doc.add(balance);

    doc.heading(2, translate("WhitePaper", "Effect of the battery on peak demand and cost"));
    const SimulationKpis& a = s.kpis;
    const SimulationKpis& b = s.baseline_kpis;
    ReportTable cost;
    cost.caption = translate("WhitePaper", "Table 4.2: the site with the battery idle (baseline) and with the controller");
    cost.header = {translate("WhitePaper", "Indicator"), translate("WhitePaper", "Baseline"),
                   translate("WhitePaper", "With BESS"), translate("WhitePaper", "Difference"),
                   translate("WhitePaper", "Unit")};
    cost.column_weights = {2.8, 1.3, 1.3, 1.3, 0.8};
    cost.align = {CellAlign::Left, CellAlign::Right, CellAlign::Right, CellAlign::Right, CellAlign::Left};
    auto crow = [&](const char* item, double base, double with, int decimals, const QString& unit) {
        cost.rows.push_back({translate("WhitePaper", item), c_.number(base, decimals), c_.number(with, decimals),
                             c_.number(with - base, decimals), unit});
    };
    crow(QT_TRANSLATE_NOOP("WhitePaper", "Highest billing-interval import"), b.peak_billing_import_kw, a.peak_billing_import_kw, 0, QStringLiteral("kW"));
    crow(QT_TRANSLATE_NOOP("WhitePaper", "Grid import"), b.grid_import_kwh / 1000.0, a.grid_import_kwh / 1000.0, 1, QStringLiteral("MWh"));
    crow(QT_TRANSLATE_NOOP("WhitePaper", "Energy cost"), b.energy_cost_eur, a.energy_cost_eur, 0, QStringLiteral("EUR"));
    crow(QT_TRANSLATE_NOOP("WhitePaper", "Demand charges"), b.demand_charge_eur, a.demand_charge_eur, 0, QStringLiteral("EUR"));
    crow(QT_TRANSLATE_NOOP("WhitePaper", "Export revenue"), b.export_revenue_eur, a.export_revenue_eur, 0, QStringLiteral("EUR"));
    crow(QT_TRANSLATE_NOOP("WhitePaper", "Total electricity cost"), b.total_cost_eur, a.total_cost_eur, 0, QStringLiteral("EUR"));
    cost.bold_rows = {static_cast<int>(cost.rows.size()) - 1};
    doc.add(cost);

    ReportChart peaks;
    peaks.title = translate("WhitePaper", "Figure 4.2: billing peak per month");
    peaks.y_label = translate("WhitePaper", "Highest billing-interval import (MW)");
    peaks.kind = ChartKind::Bars;
    std::vector<double> base_mw, with_mw;
    const std::size_t periods = std::max(a.billing_periods.size(), b.billing_periods.size());
    for (std::size_t i = 0; i < periods; ++i) {
        base_mw.push_back(bestBillingPeakKw(b.billing_periods, i) / 1000.0);
        with_mw.push_back(bestBillingPeakKw(a.billing_periods, i) / 1000.0);
        const auto& p = i < a.billing_periods.size() ? a.billing_periods[i] : b.billing_periods[i];
        peaks.x_ticks.emplace_back(static_cast<double>(i), QString::fromStdString(p.period_start_local).left(7));
    }
    if (periods == 12) peaks.x_ticks = c_.monthTicks();
    peaks.series = {{translate("WhitePaper", "baseline (battery idle)"), base_mw, WhitePaperColours::baseline(), false},
                    {translate("WhitePaper", "with BESS"), with_mw, WhitePaperColours::it(), false}};
    peaks.y_from_zero = true;
    peaks.height_pt = 170.0;
    doc.add(peaks);
    doc.paragraph(translate("WhitePaper",
                            "The demand charge is billed on the highest %1-minute mean import of each billing "
                            "period. The battery can only shave a peak that it has the energy and power for; long "
                            "plateaus of full cluster load above the threshold limit the reduction.")
                      .arg(c_.number(c_.options().site.grid.tariff.billing_interval_s / 60.0, 0)),
                  ParagraphStyle::Note);
}

} // namespace gridtwin::report
