#include "WhitePaperBuilder.h"

#include "WhitePaperAuditSections.h"
#include "WhitePaperCarbonSections.h"
#include "WhitePaperEnergySections.h"

#include <algorithm>
#include <numeric>

namespace gridtwin::report {

namespace {
double billingPeakMw(const SimulationKpis& k) { return k.peak_billing_import_kw / 1000.0; }

QString controllerName(const WhitePaperContext& c, ControllerKind kind) {
    switch (kind) {
    case ControllerKind::None: return c.translate("WhitePaper", "none (battery idle)");
    case ControllerKind::PeakShaving: return c.translate("WhitePaper", "peak shaving");
    case ControllerKind::SelfConsumption: return c.translate("WhitePaper", "self-consumption");
    }
    return {};
}
} // namespace

WhitePaperBuilder::WhitePaperBuilder(const QString& language) : tr_(language) {}

QStringList WhitePaperBuilder::sectionHeadings() const {
    const QStringList titles = {
        translate("WhitePaper", "Summary"),
        translate("WhitePaper", "Site and boundary"),
        translate("WhitePaper", "Compute load profile"),
        translate("WhitePaper", "Energy flows and the effect of PV and BESS"),
        translate("WhitePaper", "Scope 2 emissions: location-based and market-based"),
        translate("WhitePaper", "Hourly view and carbon-free energy"),
        translate("WhitePaper", "Key performance indicators"),
        translate("WhitePaper", "CBAM-consistent indirect-emissions statement"),
        translate("WhitePaper", "EED indicators (Delegated Regulation (EU) 2024/1364)"),
        translate("WhitePaper", "Attribution to projects"),
        translate("WhitePaper", "Data quality and completeness"),
        translate("WhitePaper", "Method sensitivity"),
        translate("WhitePaper", "Methodology statement"),
        translate("WhitePaper", "Reproducibility manifest"),
        translate("WhitePaper", "Change log"),
    };
    QStringList numbered;
    for (int i = 0; i < titles.size(); ++i) numbered << QStringLiteral("%1  %2").arg(i + 1).arg(titles[i]);
    return numbered;
}

std::vector<HeadlineFigure> WhitePaperBuilder::headlineFigures(const WhitePaperInputs& inputs) const {
    return headlines(WhitePaperContext(inputs, tr_));
}

std::vector<HeadlineFigure> WhitePaperBuilder::headlines(const WhitePaperContext& c) {
    const CarbonStudyResult& s = c.study();
    const CarbonResult& r = s.carbon;
    const LedgerTotals& t = s.ledger.totals;
    const double completeness = t.expected_hours > 0 ? t.covered_hours / t.expected_hours * 100.0 : 0.0;
    auto fig = [&](const char* key, QString label, double value, int decimals, QString unit, QString note) {
        return HeadlineFigure{key, KeyFigure{std::move(label), c.number(value, decimals), std::move(unit), std::move(note)},
                              value, decimals};
    };
    const QString mwh = QStringLiteral("MWh");
    const QString t_co2 = QStringLiteral("tCO2e");
    return {
        fig("e_dc_mwh", c.translate("WhitePaper", "Facility energy E_DC"), r.e_dc_kwh / 1000.0, 1, mwh,
            c.translate("WhitePaper", "incl. cooling, BESS losses")),
        fig("e_it_mwh", c.translate("WhitePaper", "IT energy E_IT"), r.e_it_kwh / 1000.0, 1, mwh,
            c.translate("WhitePaper", "GPU cluster")),
        fig("pue", c.translate("WhitePaper", "PUE"), r.pue, 3, QString(), QStringLiteral("ISO/IEC 30134-2")),
        fig("scope2_location_t", c.translate("WhitePaper", "Scope 2 location-based"), r.scope2_location_kg / 1000.0, 1,
            t_co2, c.translate("WhitePaper", "hourly grid factors")),
        fig("scope2_market_t", c.translate("WhitePaper", "Scope 2 market-based"), r.scope2_market_kg / 1000.0, 1, t_co2,
            c.translate("WhitePaper", "instruments + residual mix")),
        fig("cfe_pct", c.translate("WhitePaper", "Carbon-free energy (hourly)"), r.cfe_pct, 1, QStringLiteral("%"),
            c.translate("WhitePaper", "24/7 CFE score")),
        fig("ref_pct", c.translate("WhitePaper", "Renewable energy factor"), r.ref * 100.0, 1, QStringLiteral("%"),
            QStringLiteral("REF, ISO/IEC 30134-3")),
        fig("cue_location", c.translate("WhitePaper", "CUE location-based"), r.cue_location, 3,
            QStringLiteral("kgCO2e/kWh"), QStringLiteral("ISO/IEC 30134-8")),
        fig("peak_reduction_kw", c.translate("WhitePaper", "Peak reduction by the BESS"), s.peak_reduction_kw, 0,
            QStringLiteral("kW"),
            c.translate("WhitePaper", "%1 % of the billing peak").arg(c.number(s.peak_reduction_pct, 1))),
        fig("savings_eur", c.translate("WhitePaper", "Cost savings by the BESS"), s.savings_eur, 0, QStringLiteral("EUR"),
            c.translate("WhitePaper", "energy + demand charges")),
        fig("shadow_cost_eur", c.translate("WhitePaper", "Shadow carbon cost"), r.shadow_cost_eur, 0, QStringLiteral("EUR"),
            c.translate("WhitePaper", "illustrative, not a liability")),
        fig("completeness_pct", c.translate("WhitePaper", "Data completeness"), completeness, 1, QStringLiteral("%"),
            c.translate("WhitePaper", "hours with data")),
    };
}

ReportDocument WhitePaperBuilder::build(const WhitePaperInputs& inputs, QStringList* untranslated_core) const {
    const WhitePaperContext c(inputs, tr_);
    const CarbonStudyResult& s = c.study();
    ReportDocument doc;
    doc.locale = tr_.locale();
    doc.font_family = reportFontFamily(doc.locale);
    doc.title = translate("WhitePaper", "Compute Load, Energy and Carbon Report");
    const QString site = WhitePaperContext::qs(s.ledger.site_name.empty() ? c.options().site.name : s.ledger.site_name);
    const QString period = translate("WhitePaper", "calendar year %1 (UTC)").arg(c.options().year);
    doc.subtitle = translate("WhitePaper", "%1, %2. Prepared on a CBAM-consistent and GHG Protocol Scope 2 basis; "
                                           "includes EED Art. 12 / DR (EU) 2024/1364 indicators.")
                       .arg(site, period);
    doc.header_text = QStringLiteral("%1 · %2").arg(site).arg(c.options().year);
    const QString manifest = WhitePaperContext::qs(s.manifest.manifest_sha256);
    doc.footer_text = translate("WhitePaper", "Manifest SHA-256 %1").arg(manifest);
    doc.page_label = translate("WhitePaper", "Page %1 of %2");
    const auto label = [&](const char* text, const QString& value) {
        return translate("WhitePaper", text) + QLatin1Char('\t') + value;
    };
    doc.cover_lines = {
        label(QT_TRANSLATE_NOOP("WhitePaper", "Site"), site),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Reporting period"), period),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Report ID"), QStringLiteral("GT-%1-%2").arg(c.options().year).arg(manifest.left(12))),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Version"), translate("WhitePaper", "1 (generated, not yet approved)")),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Generated"), c.inputs().generated_utc.toUTC().toString(Qt::ISODate)),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Software"), QStringLiteral("GridTwin %1").arg(WhitePaperContext::qs(s.manifest.software_version))),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Manifest SHA-256"), manifest),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Configuration SHA-256"), WhitePaperContext::qs(s.manifest.config_sha256)),
        label(QT_TRANSLATE_NOOP("WhitePaper", "Confidentiality"), translate("WhitePaper", "Confidential: individual data-centre data "
                                                         "(DR (EU) 2024/1364 Art. 5)")),
    };

    const QStringList h = sectionHeadings();
    addSummary(doc, c, h[0]);
    addSiteAndBoundary(doc, c, h[1]);
    const WhitePaperEnergySections energy(c);
    energy.addComputeLoad(doc, h[2]);
    energy.addEnergyFlows(doc, h[3]);
    const WhitePaperCarbonSections carbon(c);
    carbon.addScope2(doc, h[4]);
    carbon.addHourlyView(doc, h[5]);
    carbon.addKpis(doc, h[6]);
    carbon.addCbamStatement(doc, h[7]);
    const WhitePaperAuditSections audit(c);
    audit.addEed(doc, h[8]);
    audit.addAttribution(doc, h[9]);
    audit.addDataQuality(doc, h[10]);
    audit.addSensitivity(doc, h[11]);
    audit.addMethodology(doc, h[12]);
    audit.addManifest(doc, h[13]);
    audit.addChangeLog(doc, h[14]);
    if (untranslated_core) *untranslated_core = c.untranslatedCore();
    return doc;
}

void WhitePaperBuilder::addSummary(ReportDocument& doc, const WhitePaperContext& c, const QString& heading) const {
    const CarbonStudyResult& s = c.study();
    const CarbonResult& r = s.carbon;
    const LedgerTotals& t = s.ledger.totals;
    doc.heading(1, heading);
    ReportKeyFigures figures;
    for (const HeadlineFigure& f : headlines(c)) figures.figures.push_back(f.shown);
    doc.add(figures);
    const double self_use_pct = t.pv_generation_kwh > 0
                                    ? (t.pv_self_consumed_kwh + t.bess_charge_pv_kwh) / t.pv_generation_kwh * 100.0
                                    : 0.0;
    doc.paragraph(translate("WhitePaper",
                            "In %1 the site used %2 MWh of facility energy (E_DC), of which %3 MWh was IT energy "
                            "(PUE %4). It imported %5 MWh from the grid and exported %6 MWh. The rooftop PV delivered "
                            "%7 MWh, of which %8 % was used on site directly or through the battery.")
                      .arg(c.options().year)
                      .arg(c.mwh(r.e_dc_kwh), c.mwh(r.e_it_kwh), c.number(r.pue, 3), c.mwh(t.grid_import_kwh),
                           c.mwh(t.grid_export_kwh), c.mwh(t.pv_generation_kwh), c.percent(self_use_pct)));
    doc.paragraph(translate("WhitePaper",
                            "The battery lowered the highest billing-interval grid import from %1 MW to %2 MW "
                            "(%3 %) and the electricity cost by %4 EUR against the same site with the battery idle.")
                      .arg(c.number(billingPeakMw(s.baseline_kpis), 2), c.number(billingPeakMw(s.kpis), 2),
                           c.percent(s.peak_reduction_pct), c.euro(s.savings_eur)));
    doc.paragraph(translate("WhitePaper",
                            "Scope 2 emissions were %1 tCO2e location-based (hourly grid factors) and %2 tCO2e "
                            "market-based (contractual instruments and residual mix). On an hourly basis %3 % of "
                            "the consumption was carbon-free; %4 % was matched hour by hour with on-site PV and "
                            "contracted supply.")
                      .arg(c.tonnes(r.scope2_location_kg), c.tonnes(r.scope2_market_kg), c.percent(r.cfe_pct),
                           c.percent(r.hourly_matched_pct)));
    doc.paragraph(translate("WhitePaper",
                            "CBAM does not apply to this site: it covers imported goods, not compute services and "
                            "not electricity consumed in the EU. Section 8 applies its method voluntarily; the "
                            "shadow carbon cost is illustrative and not a liability."),
                  ParagraphStyle::Statement);
    if (s.factors.format == FactorFormat::BuiltinExample) {
        doc.paragraph(translate("WhitePaper",
                                "The grid emission factors are GridTwin's built-in example profile, not measured "
                                "data. Import the zone's hourly factors before publishing these figures."),
                      ParagraphStyle::Statement);
    }
}

void WhitePaperBuilder::addSiteAndBoundary(ReportDocument& doc, const WhitePaperContext& c,
                                           const QString& heading) const {
    const CarbonStudyResult& s = c.study();
    const SiteConfig& site = c.options().site;
    doc.heading(1, heading);
    const double pv_kwp = std::accumulate(site.pv_arrays.begin(), site.pv_arrays.end(), 0.0,
                                          [](double a, const PvArrayConfig& p) { return a + p.dc_capacity_kwp; });
    const double pv_ac_kw = std::accumulate(site.pv_arrays.begin(), site.pv_arrays.end(), 0.0,
                                            [](double a, const PvArrayConfig& p) { return a + p.inverter_ac_limit_kw; });
    const int gpus = site.cluster.node_count * site.cluster.gpus_per_node;
    ReportTable table;
    table.caption = translate("WhitePaper", "Table 2.1: the site as configured for this report");
    table.header = {translate("WhitePaper", "Item"), translate("WhitePaper", "Value"), translate("WhitePaper", "Unit")};
    table.column_weights = {3.0, 2.0, 1.2};
    table.align = {CellAlign::Left, CellAlign::Right, CellAlign::Left};
    auto row = [&](const char* item, const QString& value, const QString& unit) {
        table.rows.push_back({translate("WhitePaper", item), value, unit});
    };
    row(QT_TRANSLATE_NOOP("WhitePaper", "Site name"), WhitePaperContext::qs(site.name), QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "Location (latitude, longitude)"),
        QStringLiteral("%1, %2").arg(c.number(site.location.latitude_deg, 3), c.number(site.location.longitude_deg, 3)),
        QStringLiteral("°"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Time zone"), WhitePaperContext::qs(site.location.time_zone), QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "GPU nodes"), c.number(site.cluster.node_count, 0), QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "GPUs"), c.number(gpus, 0), QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "GPU thermal design power"), c.number(site.cluster.gpu_tdp_w, 0), QStringLiteral("W"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Installed IT power PD_IT"), c.number(s.ledger.installed_it_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "PV DC capacity"), c.number(pv_kwp, 0), QStringLiteral("kWp"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "PV inverter AC limit"), c.number(pv_ac_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS usable capacity"), c.number(site.bess.capacity_kwh, 0), QStringLiteral("kWh"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS power (PCS)"), c.number(site.bess.power_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "BESS state-of-charge window"),
        QStringLiteral("%1 – %2").arg(c.number(site.bess.soc_min_pct, 0), c.number(site.bess.soc_max_pct, 0)),
        QStringLiteral("%"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Grid import limit"), c.number(site.grid.import_limit_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Grid export limit"), c.number(site.grid.export_limit_kw, 0), QStringLiteral("kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Demand charge"), c.number(site.grid.tariff.demand_charge_eur_per_kw, 2), QStringLiteral("EUR/kW"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Billing interval"), c.number(site.grid.tariff.billing_interval_s / 60.0, 0), QStringLiteral("min"));
    row(QT_TRANSLATE_NOOP("WhitePaper", "Battery controller"), controllerName(c, site.controller.kind), QString());
    row(QT_TRANSLATE_NOOP("WhitePaper", "Peak-shaving threshold"), c.number(site.controller.peak_threshold_kw, 0), QStringLiteral("kW"));
    doc.add(table);
    doc.heading(2, translate("WhitePaper", "Boundary"));
    doc.paragraph(translate("WhitePaper",
                            "The reporting boundary is the data-centre site behind its grid connection point. Inside "
                            "it are the GPU cluster (IT equipment), cooling and other facility loads, the rooftop PV "
                            "system and the battery energy storage system (BESS) with its auxiliary load and losses. "
                            "The BESS serves only the data centre, so its losses count in E_DC. No generator sets or "
                            "other combustion sources are in the boundary, so Scope 1 is zero and CUE contains "
                            "Scope 2 only. Exported PV energy is reported separately and never netted against "
                            "imports."));
    const bool simulated = c.options().historian_file.empty();
    doc.paragraph(simulated
                      ? translate("WhitePaper",
                                  "Data source: GridTwin simulation of the site over the reporting year at %1-minute "
                                  "steps, with the configured battery controller, and a second run with the battery "
                                  "idle as the baseline for the effect of the BESS.")
                            .arg(c.number(static_cast<double>(c.options().step_ms) / 60000.0, 0))
                      : translate("WhitePaper",
                                  "Data source: metered samples from the historian file %1; the baseline for the "
                                  "effect of the BESS removes the battery power from the metered grid import.")
                            .arg(WhitePaperContext::qs(c.options().historian_file)),
                  ParagraphStyle::Note);
}

} // namespace gridtwin::report
