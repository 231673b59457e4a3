#include "WhitePaperCarbonSections.h"

#include "WhitePaperColours.h"

#include <cmath>
#include <map>

namespace gridtwin::report {

namespace {
ReportTable threeColumns(const QString& caption, const QStringList& header) {
    ReportTable t;
    t.caption = caption;
    t.header = header;
    return t;
}
} // namespace

QString WhitePaperCarbonSections::factorKindName(FactorKind kind) const {
    switch (kind) {
    case FactorKind::DefaultValue: return translate("WhitePaper", "default value");
    case FactorKind::OtherPublic: return translate("WhitePaper", "other public source");
    case FactorKind::DirectLink: return translate("WhitePaper", "direct technical link");
    case FactorKind::Ppa: return translate("WhitePaper", "PPA");
    case FactorKind::BuiltinExample: return translate("WhitePaper", "built-in example (not data)");
    }
    return {};
}

void WhitePaperCarbonSections::addScope2(ReportDocument& doc, const QString& heading) const {
    const CarbonStudyResult& s = c_.study();
    const CarbonResult& r = s.carbon;
    doc.heading(1, heading);
    doc.paragraph(translate("WhitePaper",
                            "Scope 2 is reported with both methods of the GHG Protocol Scope 2 Guidance (2015). The "
                            "location-based method multiplies each hour's grid import by that hour's direct "
                            "(combustion) grid factor; buying certificates cannot change it. The market-based method "
                            "uses the emission rate conveyed by contractual instruments that meet the Scope 2 quality "
                            "criteria and the residual mix for the rest of the import."));
    doc.paragraph(QStringLiteral("Scope 2 LBM = Σ_t E_import,t × EF_t\n"
                                 "Scope 2 MBM = Σ_i E_i × EF_i + (E_import − Σ_i E_i) × EF_residual\n"
                                 "Hourly-matched = Σ_t max(0, E_import,t − C_t) × EF_t"),
                  ParagraphStyle::Formula);
    ReportTable t = threeColumns(translate("WhitePaper", "Table 5.1: Scope 2 emissions by method"),
                                 {translate("WhitePaper", "Method"), translate("WhitePaper", "Emissions (tCO2e)"),
                                  translate("WhitePaper", "Basis")});
    t.column_weights = {2.6, 1.2, 3.2};
    t.align = {CellAlign::Left, CellAlign::Right, CellAlign::Left};
    const QString provider = c_.core(s.factors.provider);
    t.rows.push_back({translate("WhitePaper", "Location-based, hourly factors"), c_.tonnes(r.scope2_location_kg),
                      translate("WhitePaper", "hourly direct factors: %1").arg(provider)});
    t.rows.push_back({translate("WhitePaper", "Location-based, annual mean factor (variant)"),
                      c_.tonnes(r.scope2_location_annual_factor_kg),
                      translate("WhitePaper", "import × time-average factor %1 g/kWh")
                          .arg(c_.number(r.time_average_factor_g_per_kwh, 1))});
    t.rows.push_back({translate("WhitePaper", "Market-based"), c_.tonnes(r.scope2_market_kg),
                      translate("WhitePaper", "eligible instruments %1 MWh; residual %2 g/kWh (%3)")
                          .arg(c_.mwh(r.e_instruments_eligible_kwh), c_.number(r.residual_factor_g_per_kwh, 1),
                               c_.core(r.residual_factor_source))});
    t.rows.push_back({translate("WhitePaper", "Hourly-matched (proposed GHG Protocol revision)"),
                      c_.tonnes(r.hourly_matched_kg),
                      translate("WhitePaper", "PPA volume matched in the same hour: %1 MWh")
                          .arg(c_.mwh(r.e_ppa_hourly_matched_kwh))});
    if (r.lifecycle_kg >= 0)
        t.rows.push_back({translate("WhitePaper", "Footprint view, life-cycle factors (not Scope 2)"),
                          c_.tonnes(r.lifecycle_kg), translate("WhitePaper", "never mixed into Scope 2")});
    doc.add(t);

    ReportChart monthly;
    monthly.title = translate("WhitePaper", "Figure 5.1: location-based Scope 2 per month");
    monthly.y_label = QStringLiteral("tCO2e");
    monthly.kind = ChartKind::Bars;
    monthly.x_ticks = c_.monthTicks();
    std::vector<double> kg = c_.monthlySum([](const LedgerHour& h) { return h.importCarbonKg(); });
    for (double& v : kg) v /= 1000.0;
    monthly.series = {{translate("WhitePaper", "location-based"), kg, WhitePaperColours::carbon(), false}};
    monthly.height_pt = 160.0;
    doc.add(monthly);
    addInstruments(doc);
}

void WhitePaperCarbonSections::addInstruments(ReportDocument& doc) const {
    const InstrumentSet& set = c_.study().instruments;
    doc.heading(2, translate("WhitePaper", "Contractual instruments"));
    if (set.volumes.empty()) {
        doc.paragraph(translate("WhitePaper",
                                "No contractual instruments were given: the market-based figure prices the whole "
                                "import at the residual-mix factor."));
        return;
    }
    struct Sum {
        InstrumentKind kind;
        std::string technology, zone;
        int periods = 0;
        double kwh = 0;
        bool eligible = true;
    };
    std::map<std::string, Sum> by_id;
    std::vector<std::string> order;
    for (const InstrumentVolume& v : set.volumes) {
        auto [it, inserted] = by_id.try_emplace(v.id, Sum{v.kind, v.technology, v.zone});
        if (inserted) order.push_back(v.id);
        it->second.periods += 1;
        it->second.kwh += v.volume_kwh;
        // Scope 2 quality criteria 3 (cancelled for this consumer) and 5 (same market).
        it->second.eligible = it->second.eligible && v.cancelled && v.same_market;
    }
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 5.2: instruments from %1").arg(WhitePaperContext::qs(set.file));
    t.header = {translate("WhitePaper", "ID"), translate("WhitePaper", "Kind"), translate("WhitePaper", "Technology, zone"),
                translate("WhitePaper", "Periods"), translate("WhitePaper", "Volume (MWh)"),
                translate("WhitePaper", "Quality criteria")};
    t.column_weights = {2.0, 1.3, 1.6, 0.9, 1.2, 1.6};
    t.align = {CellAlign::Left, CellAlign::Left, CellAlign::Left, CellAlign::Right, CellAlign::Right, CellAlign::Left};
    for (const std::string& id : order) {
        const Sum& sum = by_id.at(id);
        t.rows.push_back({WhitePaperContext::qs(id), WhitePaperContext::qs(std::string(instrumentKindCode(sum.kind))),
                          WhitePaperContext::qs(sum.technology + ", " + sum.zone), c_.number(sum.periods, 0),
                          c_.mwh(sum.kwh),
                          sum.eligible ? translate("WhitePaper", "met (cancelled, same market)")
                                       : translate("WhitePaper", "not met: excluded from MBM")});
    }
    doc.add(t);
}

void WhitePaperCarbonSections::addHourlyView(ReportDocument& doc, const QString& heading) const {
    const CarbonStudyResult& s = c_.study();
    const CarbonResult& r = s.carbon;
    const auto& hours = s.ledger.hours;
    doc.heading(1, heading);
    doc.paragraph(translate("WhitePaper",
                            "Annual totals hide when energy is used. The charts show the average day in the site's "
                            "local time: how PV and the battery displace grid import during the day, and how the "
                            "grid factor changes over the day and the seasons."));
    std::vector<double> grid(24, 0.0), pv(24, 0.0), bess(24, 0.0), n(24, 0.0);
    std::vector<std::vector<double>> factor(4, std::vector<double>(24, 0.0)), fn(4, std::vector<double>(24, 0.0));
    for (std::size_t i = 0; i < hours.size(); ++i) {
        const auto h = static_cast<std::size_t>(c_.localHourOf(i));
        grid[h] += hours[i].grid_to_load_kwh / 1000.0;
        pv[h] += hours[i].pv_self_consumed_kwh / 1000.0;
        bess[h] += hours[i].bess_to_load_kwh / 1000.0;
        n[h] += 1.0;
        const auto q = static_cast<std::size_t>(c_.monthOf(i) / 3);
        factor[q][h] += hours[i].location_g_per_kwh;
        fn[q][h] += 1.0;
    }
    for (std::size_t h = 0; h < 24; ++h) {
        if (n[h] > 0) grid[h] /= n[h], pv[h] /= n[h], bess[h] /= n[h];
        for (std::size_t q = 0; q < 4; ++q)
            if (fn[q][h] > 0) factor[q][h] /= fn[q][h];
    }
    std::vector<std::pair<double, QString>> hour_ticks;
    for (int h = 0; h < 24; h += 3) hour_ticks.emplace_back(h, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    const QString x_label = translate("WhitePaper", "hour of day, local time (%1)")
                                .arg(WhitePaperContext::qs(c_.options().site.location.time_zone));
    ReportChart day;
    day.title = translate("WhitePaper", "Figure 6.1: average day, supply of the site load");
    day.y_label = translate("WhitePaper", "Mean power (MW)");
    day.x_label = x_label;
    day.kind = ChartKind::StackedArea;
    day.x_ticks = hour_ticks;
    day.series = {{translate("WhitePaper", "grid"), grid, WhitePaperColours::grid(), false},
                  {translate("WhitePaper", "PV direct"), pv, WhitePaperColours::pv(), false},
                  {translate("WhitePaper", "BESS discharge"), bess, WhitePaperColours::bess(), false}};
    day.height_pt = 175.0;
    doc.add(day);
    ReportChart fc;
    fc.title = translate("WhitePaper", "Figure 6.2: average grid emission factor by hour and quarter");
    fc.y_label = QStringLiteral("gCO2e/kWh");
    fc.x_label = x_label;
    fc.kind = ChartKind::Lines;
    fc.x_ticks = hour_ticks;
    const QColor quarter_colours[4] = {WhitePaperColours::it(), WhitePaperColours::bess(), WhitePaperColours::pv(),
                                       WhitePaperColours::carbon()};
    for (std::size_t q = 0; q < 4; ++q)
        fc.series.push_back({QStringLiteral("Q%1").arg(q + 1), factor[q], quarter_colours[q], false});
    fc.y_from_zero = true;
    fc.height_pt = 165.0;
    doc.add(fc);

    ReportTable t;
    t.caption = translate("WhitePaper", "Table 6.1: hourly indicators");
    t.header = {translate("WhitePaper", "Indicator"), translate("WhitePaper", "Value"), translate("WhitePaper", "Unit"),
                translate("WhitePaper", "Definition")};
    t.column_weights = {2.4, 1.0, 0.9, 3.2};
    t.align = {CellAlign::Left, CellAlign::Right, CellAlign::Left, CellAlign::Left};
    const double timing = r.time_average_factor_g_per_kwh > 0
                              ? (1.0 - r.consumption_factor_g_per_kwh / r.time_average_factor_g_per_kwh) * 100.0
                              : kNoValue;
    t.rows = {
        {translate("WhitePaper", "Carbon-free energy (Google-style CFE)"), c_.percent(r.cfe_pct), QStringLiteral("%"),
         translate("WhitePaper", "matched on-site and contracted CFE plus the grid's CFE share of the rest, hour by hour")},
        {translate("WhitePaper", "Hourly-matched share"), c_.percent(r.hourly_matched_pct), QStringLiteral("%"),
         translate("WhitePaper", "on-site PV and contracted supply in the same hour only (EnergyTag-style)")},
        {translate("WhitePaper", "Hourly-matched emissions"), c_.tonnes(r.hourly_matched_kg), QStringLiteral("tCO2e"),
         translate("WhitePaper", "based on the proposed GHG Protocol revision")},
        {translate("WhitePaper", "Consumption-weighted grid factor"), c_.number(r.consumption_factor_g_per_kwh, 1),
         QStringLiteral("g/kWh"), translate("WhitePaper", "Σ E_t × EF_t / Σ E_t, battery-traced")},
        {translate("WhitePaper", "Time-average grid factor"), c_.number(r.time_average_factor_g_per_kwh, 1),
         QStringLiteral("g/kWh"), translate("WhitePaper", "plain mean over the hours")},
        {translate("WhitePaper", "Timing benefit"), c_.percent(timing), QStringLiteral("%"),
         translate("WhitePaper", "1 − consumption-weighted / time-average factor")},
        {translate("WhitePaper", "Carbon factor of battery discharge"), c_.number(r.bess_factor_g_per_kwh, 1),
         QStringLiteral("g/kWh"), translate("WhitePaper", "charge carbon traced through the battery pool")},
    };
    doc.add(t);
    if (!r.grid_cfe_known)
        doc.paragraph(translate("WhitePaper",
                                "The factor source gives no grid carbon-free share, so the CFE score credits the "
                                "grid supply with 0 %: it is a lower bound."),
                      ParagraphStyle::Note);
}

void WhitePaperCarbonSections::addKpis(ReportDocument& doc, const QString& heading) const {
    const CarbonResult& r = c_.study().carbon;
    doc.heading(1, heading);
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 7.1: indicators from the one hourly ledger and boundary");
    t.header = {translate("WhitePaper", "KPI"), translate("WhitePaper", "Value"), translate("WhitePaper", "Unit"),
                translate("WhitePaper", "Formula and standard")};
    t.column_weights = {2.3, 1.0, 1.2, 3.0};
    t.align = {CellAlign::Left, CellAlign::Right, CellAlign::Left, CellAlign::Left};
    const QString no_data = translate("WhitePaper", "no data (not metered)");
    t.rows = {
        {QStringLiteral("PUE"), c_.number(r.pue, 3), QStringLiteral("–"), QStringLiteral("E_DC / E_IT, ISO/IEC 30134-2")},
        {QStringLiteral("REF"), c_.number(r.ref, 3), QStringLiteral("–"),
         QStringLiteral("E_ren / E_DC, ISO/IEC 30134-3")},
        {QStringLiteral("ERF"), r.erf ? c_.number(*r.erf, 3) : no_data, QStringLiteral("–"),
         QStringLiteral("E_reuse / E_DC, ISO/IEC 30134-6")},
        {QStringLiteral("WUE"), r.wue_l_per_kwh ? c_.number(*r.wue_l_per_kwh, 3) : no_data, QStringLiteral("L/kWh"),
         QStringLiteral("W_in / E_IT, ISO/IEC 30134-9")},
        {translate("WhitePaper", "CUE location-based"), c_.number(r.cue_location, 3), QStringLiteral("kgCO2e/kWh"),
         QStringLiteral("Scope 2 LBM / E_IT, ISO/IEC 30134-8")},
        {translate("WhitePaper", "CUE market-based"), c_.number(r.cue_market, 3), QStringLiteral("kgCO2e/kWh"),
         QStringLiteral("Scope 2 MBM / E_IT, ISO/IEC 30134-8")},
        {translate("WhitePaper", "Emissions per GPU-hour, location-based"), c_.number(r.kg_per_gpu_hour_location, 4),
         QStringLiteral("kgCO2e/GPU-h"), translate("WhitePaper", "per allocated GPU-hour when Slurm data exist")},
        {translate("WhitePaper", "Emissions per GPU-hour, market-based"), c_.number(r.kg_per_gpu_hour_market, 4),
         QStringLiteral("kgCO2e/GPU-h"), translate("WhitePaper", "per allocated GPU-hour when Slurm data exist")},
        {translate("WhitePaper", "Emissions per MWh IT, location-based"), c_.number(r.kg_per_mwh_it_location, 1),
         QStringLiteral("kgCO2e/MWh"), QStringLiteral("Scope 2 LBM / E_IT")},
        {translate("WhitePaper", "Emissions per MWh IT, market-based"), c_.number(r.kg_per_mwh_it_market, 1),
         QStringLiteral("kgCO2e/MWh"), QStringLiteral("Scope 2 MBM / E_IT")},
        {translate("WhitePaper", "Carbon-free energy (hourly)"), c_.percent(r.cfe_pct), QStringLiteral("%"),
         translate("WhitePaper", "24/7 CFE score")},
    };
    doc.add(t);
}

void WhitePaperCarbonSections::addCbamStatement(ReportDocument& doc, const QString& heading) const {
    const CarbonStudyResult& s = c_.study();
    const CarbonResult& r = s.carbon;
    doc.heading(1, heading);
    doc.paragraph(translate("WhitePaper",
                            "CBAM does not apply to this site. The Carbon Border Adjustment Mechanism (Regulation (EU) "
                            "2023/956) covers goods imported into the EU customs territory that are listed in its "
                            "Annex I, among them electricity (CN 2716) imported across the border. It does not cover "
                            "compute, cloud or data-centre services, and it does not cover electricity bought and "
                            "consumed inside the EU, whose generation is already covered by the EU Emissions Trading "
                            "System. This statement is therefore not a CBAM declaration."),
                  ParagraphStyle::Statement);
    doc.paragraph(translate("WhitePaper",
                            "The CBAM method for indirect emissions is used anyway because it is a published, "
                            "verifiable EU method: emissions = electricity × emission factor, clear rules on when "
                            "default values or actual values (direct technical link, PPA) may be used and what "
                            "evidence they need, and the ETS-linked certificate price as a shadow carbon price. "
                            "Customers that produce CBAM goods ask their suppliers for figures on this basis."));
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 8.1: indirect emissions per electricity stream");
    t.header = {translate("WhitePaper", "Stream"), translate("WhitePaper", "Energy (MWh)"),
                translate("WhitePaper", "Factor (tCO2e/MWh)"), translate("WhitePaper", "Kind of value"),
                translate("WhitePaper", "Emissions (tCO2e)"), translate("WhitePaper", "Evidence")};
    t.column_weights = {2.2, 1.1, 1.1, 1.3, 1.1, 2.0};
    t.align = {CellAlign::Left, CellAlign::Right, CellAlign::Right, CellAlign::Left, CellAlign::Right, CellAlign::Left};
    double total_mwh = 0;
    for (const CbamStatementRow& row : r.cbam_rows) {
        t.rows.push_back({c_.core(row.stream), c_.number(row.energy_mwh, 1), c_.number(row.factor_t_per_mwh, 5),
                          factorKindName(row.kind), c_.number(row.emissions_t, 2), c_.core(row.evidence)});
        total_mwh += row.energy_mwh;
    }
    t.rows.push_back({translate("WhitePaper", "Total"), c_.number(total_mwh, 1), QString(), QString(),
                      c_.number(r.cbam_emissions_t, 2), QString()});
    t.bold_rows = {static_cast<int>(t.rows.size()) - 1};
    doc.add(t);
    const double e_it_mwh = r.e_it_kwh / 1000.0;
    doc.paragraph(translate("WhitePaper",
                            "Share of emissions based on default values: %1 %. Intensity analogous to specific "
                            "embedded emissions: %2 tCO2e per MWh of IT energy, %3 kgCO2e per GPU-hour.")
                      .arg(c_.percent(r.cbam_default_share_pct),
                           c_.number(e_it_mwh > 0 ? r.cbam_emissions_t / e_it_mwh : kNoValue, 4),
                           c_.number(r.kg_per_gpu_hour_location, 4)));

    ReportTable ev;
    ev.caption = translate("WhitePaper", "Table 8.2: evidence checklist for actual (non-default) values");
    ev.header = {translate("WhitePaper", "Evidence"), translate("WhitePaper", "Status"), translate("WhitePaper", "Detail")};
    ev.column_weights = {2.4, 0.9, 3.4};
    ev.align = {CellAlign::Left, CellAlign::Left, CellAlign::Left};
    for (const EvidenceItem& e : r.evidence) ev.rows.push_back({c_.core(e.item), c_.core(e.status), c_.core(e.detail)});
    doc.add(ev);

    doc.heading(2, translate("WhitePaper", "Shadow carbon cost (illustrative, not a liability)"));
    doc.paragraph(QStringLiteral("C_shadow = Σ_q Em_q × P_CBAM,q"), ParagraphStyle::Formula);
    ReportTable q;
    q.caption = translate("WhitePaper", "Table 8.3: shadow cost by quarter");
    q.header = {translate("WhitePaper", "Quarter"), translate("WhitePaper", "Emissions (tCO2e)"),
                translate("WhitePaper", "Price (EUR/t)"), translate("WhitePaper", "Price kind"),
                translate("WhitePaper", "Cost (EUR)")};
    q.column_weights = {1.2, 1.3, 1.2, 2.2, 1.3};
    q.align = {CellAlign::Left, CellAlign::Right, CellAlign::Right, CellAlign::Left, CellAlign::Right};
    for (const QuarterShadowCost& row : r.shadow_by_quarter) {
        const bool priced = row.price_eur_per_t >= 0;
        q.rows.push_back({QStringLiteral("%1 Q%2").arg(row.year).arg(row.quarter), c_.number(row.emissions_t, 2),
                          priced ? c_.number(row.price_eur_per_t, 2) : translate("WhitePaper", "no price"),
                          c_.core(row.price_kind), priced ? c_.euro(row.cost_eur) : c_.notAvailable()});
    }
    q.rows.push_back({translate("WhitePaper", "Total"), c_.number(r.cbam_emissions_t, 2), QString(), QString(),
                      c_.euro(r.shadow_cost_eur)});
    q.bold_rows = {static_cast<int>(q.rows.size()) - 1};
    doc.add(q);
    ReportTable band;
    band.caption = translate("WhitePaper", "Table 8.4: sensitivity to the carbon price");
    band.header = {translate("WhitePaper", "Carbon price (EUR/t)"), translate("WhitePaper", "Shadow cost (EUR)")};
    band.column_weights = {1.0, 1.0};
    for (const auto& [price, cost] : r.shadow_band) band.rows.push_back({c_.number(price, 2), c_.euro(cost)});
    doc.add(band);
    if (!s.prices.file.empty())
        doc.paragraph(translate("WhitePaper", "Prices from %1 (kind and source per quarter as given in the file).")
                          .arg(WhitePaperContext::qs(s.prices.file)),
                      ParagraphStyle::Note);
}

} // namespace gridtwin::report
