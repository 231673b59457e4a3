#include "WhitePaperAuditSections.h"

#include <QLocale>
#include <QStringList>

namespace gridtwin::report {

namespace {
QString splitHash(const std::string& sha) {
    const QString h = QString::fromStdString(sha);
    return h.size() == 64 ? h.left(32) + QLatin1Char('\n') + h.mid(32) : h;
}
} // namespace

// Core writes numbers in C form ("83056198", "1.215"); print them in the report's locale with the
// same decimals, and text values (the site name) as they are.
QString WhitePaperAuditSections::eedValue(const EedField& f) const {
    const QString text = WhitePaperContext::qs(f.value);
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || f.unit.empty()) return text;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    return c_.number(v, dot < 0 ? 0 : static_cast<int>(text.size() - dot - 1));
}

void WhitePaperAuditSections::addEed(ReportDocument& doc, const QString& heading) const {
    const CarbonResult& r = c_.study().carbon;
    doc.heading(1, heading);
    const double it_kw = c_.study().ledger.installed_it_kw;
    // Size classes of DR (EU) 2024/1364 Annex IV (installed IT power).
    const QString size_class = it_kw > 10000.0  ? translate("WhitePaper", "very large (> 10 MW)")
                               : it_kw > 2000.0 ? translate("WhitePaper", "large (2–10 MW)")
                               : it_kw > 1000.0 ? translate("WhitePaper", "medium (1–2 MW)")
                               : it_kw >= 500.0 ? translate("WhitePaper", "small (500–1000 kW)")
                                                : translate("WhitePaper", "below the 500 kW threshold");
    doc.paragraph(translate("WhitePaper",
                            "EED Article 12 and Delegated Regulation (EU) 2024/1364 apply to data centres with at "
                            "least 500 kW installed IT power. With %1 kW this site is in the size class %2. The report "
                            "is due by 15 May for the previous calendar year. The table lists the fields the site data "
                            "can fill; fields without data are listed as missing and are not estimated.")
                      .arg(c_.number(it_kw, 0), size_class));
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 9.1: DR (EU) 2024/1364 fields");
    t.header = {translate("WhitePaper", "Group"), translate("WhitePaper", "Field"), translate("WhitePaper", "Value"),
                translate("WhitePaper", "Unit"), translate("WhitePaper", "Source"), translate("WhitePaper", "Quality")};
    t.column_weights = {1.1, 2.4, 1.3, 0.8, 2.0, 1.1};
    t.align = {CellAlign::Left, CellAlign::Left, CellAlign::Right, CellAlign::Left, CellAlign::Left, CellAlign::Left};
    int missing = 0;
    for (const EedField& f : r.eed) {
        const bool absent = f.value.empty();
        missing += absent ? 1 : 0;
        t.rows.push_back({c_.core(f.group), c_.core(f.field),
                          absent ? translate("WhitePaper", "missing") : eedValue(f),
                          WhitePaperContext::qs(f.unit), c_.core(f.source), c_.core(f.quality)});
    }
    doc.add(t);
    doc.paragraph(translate("WhitePaper", "%1 of %2 fields have no data and must be supplied before submission.")
                      .arg(missing)
                      .arg(static_cast<int>(r.eed.size())),
                  ParagraphStyle::Note);
}

void WhitePaperAuditSections::addAttribution(ReportDocument& doc, const QString& heading) const {
    const CarbonStudyResult& s = c_.study();
    const CarbonResult& r = s.carbon;
    doc.heading(1, heading);
    if (s.jobs.empty()) {
        doc.paragraph(translate("WhitePaper",
                                "No job accounting (Slurm sacct) was given, so no energy or emissions are attributed "
                                "to projects; all of it is unattributed."));
    } else {
        doc.paragraph(translate("WhitePaper",
                                "Each job's IT energy is its share of the hour's GPU-hours times the hour's IT "
                                "energy; facility energy multiplies it by the hour's PUE, and location-based emissions "
                                "use the hour's consumption factor (battery-traced). IT energy not covered by jobs "
                                "(idle GPUs, overhead) is shown as the unattributed residual, never spread silently. "
                                "%1 jobs from %2.")
                          .arg(static_cast<int>(s.jobs.size()))
                          .arg(WhitePaperContext::qs(c_.options().sacct_file)));
    }
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 10.1: energy and emissions by project (Slurm account)");
    t.header = {translate("WhitePaper", "Project"), translate("WhitePaper", "Jobs"), translate("WhitePaper", "GPU-hours"),
                translate("WhitePaper", "IT (MWh)"), translate("WhitePaper", "Facility (MWh)"),
                translate("WhitePaper", "Location-based (tCO2e)"), translate("WhitePaper", "Market-based (tCO2e)")};
    t.column_weights = {2.0, 0.8, 1.3, 1.1, 1.2, 1.4, 1.4};
    double jobs = 0, gpuh = 0, it = 0, fac = 0, lbm = 0, mbm = 0;
    for (const ProjectAttribution& p : r.projects) {
        t.rows.push_back({WhitePaperContext::qs(p.account), c_.number(p.jobs, 0), c_.number(p.gpu_hours, 0),
                          c_.mwh(p.it_kwh), c_.mwh(p.facility_kwh), c_.tonnes(p.location_kg, 2),
                          c_.tonnes(p.market_kg, 2)});
        jobs += p.jobs, gpuh += p.gpu_hours, it += p.it_kwh, fac += p.facility_kwh, lbm += p.location_kg,
            mbm += p.market_kg;
    }
    t.rows.push_back({translate("WhitePaper", "Unattributed residual"), QString(), QString(), c_.mwh(r.unattributed_it_kwh),
                      c_.mwh(r.unattributed_facility_kwh), c_.tonnes(r.unattributed_location_kg, 2),
                      c_.tonnes(r.unattributed_market_kg, 2)});
    t.rows.push_back({translate("WhitePaper", "Total"), c_.number(jobs, 0), c_.number(gpuh, 0),
                      c_.mwh(it + r.unattributed_it_kwh), c_.mwh(fac + r.unattributed_facility_kwh),
                      c_.tonnes(lbm + r.unattributed_location_kg, 2), c_.tonnes(mbm + r.unattributed_market_kg, 2)});
    t.bold_rows = {static_cast<int>(t.rows.size()) - 1};
    doc.add(t);
}

void WhitePaperAuditSections::addDataQuality(ReportDocument& doc, const QString& heading) const {
    const CarbonStudyResult& s = c_.study();
    const CarbonResult& r = s.carbon;
    doc.heading(1, heading);
    const LedgerTotals& t = s.ledger.totals;
    doc.paragraph(translate("WhitePaper",
                            "The ledger covers %1 of %2 hours of the period. Hours without data are not filled: "
                            "they are reported here and excluded from every sum.")
                      .arg(c_.number(t.covered_hours, 1), c_.number(t.expected_hours, 0)));
    ReportTable q;
    q.caption = translate("WhitePaper", "Table 11.1: completeness and quality");
    q.header = {translate("WhitePaper", "Item"), translate("WhitePaper", "Value"), translate("WhitePaper", "Unit"),
                translate("WhitePaper", "Note")};
    q.column_weights = {2.6, 1.1, 0.9, 3.0};
    q.align = {CellAlign::Left, CellAlign::Right, CellAlign::Left, CellAlign::Left};
    for (const QualityRow& row : r.quality)
        q.rows.push_back({c_.core(row.item), c_.number(row.value, 2), WhitePaperContext::qs(row.unit), c_.core(row.note)});
    doc.add(q);
    if (!r.notes.empty()) {
        doc.heading(2, translate("WhitePaper", "Flags raised during the calculation"));
        ReportBullets notes;
        for (const std::string& n : r.notes) notes.items << c_.core(n);
        doc.add(notes);
    }
}

void WhitePaperAuditSections::addSensitivity(ReportDocument& doc, const QString& heading) const {
    const CarbonResult& r = c_.study().carbon;
    doc.heading(1, heading);
    doc.paragraph(translate("WhitePaper",
                            "The same energy gives different emissions under different accounting methods and factor "
                            "datasets. The spread below is part of the uncertainty of the headline figure; the "
                            "methods are shown side by side and never netted."));
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 12.1: emissions by method");
    t.header = {translate("WhitePaper", "Method"), translate("WhitePaper", "Emissions (tCO2e)"),
                translate("WhitePaper", "CUE (kgCO2e/kWh)"), translate("WhitePaper", "Note")};
    t.column_weights = {2.6, 1.2, 1.2, 2.6};
    t.align = {CellAlign::Left, CellAlign::Right, CellAlign::Right, CellAlign::Left};
    for (const SensitivityRow& row : r.sensitivity)
        t.rows.push_back({c_.core(row.method), c_.number(row.emissions_t, 1), c_.number(row.cue_kg_per_kwh, 3),
                          c_.core(row.note)});
    doc.add(t);
}

void WhitePaperAuditSections::addMethodology(ReportDocument& doc, const QString& heading) const {
    doc.heading(1, heading);
    doc.heading(2, translate("WhitePaper", "Standards applied"));
    doc.add(ReportBullets{{
        translate("WhitePaper", "GHG Protocol Scope 2 Guidance (2015): dual reporting, quality criteria, residual mix."),
        translate("WhitePaper", "ISO/IEC 30134-2 (PUE), -3 (REF), -6 (ERF), -8 (CUE), -9 (WUE) and their EN 50600-4 "
                                "counterparts."),
        translate("WhitePaper", "Directive (EU) 2023/1791 Art. 12 and Delegated Regulation (EU) 2024/1364 (EED "
                                "data-centre reporting)."),
        translate("WhitePaper", "Regulation (EU) 2023/956 Annex IV and Implementing Regulation (EU) 2023/1773 "
                                "(CBAM indirect emissions), applied voluntarily."),
        translate("WhitePaper", "GHG Protocol Scope 2 revision (consultation 2025): hourly matching, shown as a "
                                "separate view only."),
    }});
    doc.heading(2, translate("WhitePaper", "Boundary and energy"));
    doc.paragraph(translate("WhitePaper",
                            "E_DC is the facility load plus the battery's auxiliary load and losses; E_IT is the IT "
                            "equipment energy of the GPU cluster. Energies are integrated from the 15-minute (or "
                            "finer) steps by summing energy per hour; power is never averaged without its duration."));
    doc.paragraph(QStringLiteral("E_DC = Σ_t (facility_t + BESS aux_t + BESS losses_t)\nPUE = E_DC / E_IT\n"
                                 "REF = (PV on site + PV via BESS + eligible GO/PPA) / E_DC\nCUE = Scope 2 / E_IT"),
                  ParagraphStyle::Formula);
    doc.heading(2, translate("WhitePaper", "Emission factors"));
    doc.paragraph(translate("WhitePaper",
                            "Location-based: the hourly direct (combustion) factor of the grid zone; life-cycle "
                            "factors appear only in the footprint view. Market-based: instruments that are cancelled "
                            "for this consumer, from the same market and of the reporting year, at their conveyed "
                            "rate; the rest of the import at the residual-mix factor (AIB European Residual Mix, "
                            "CO2 only), else the supplier factor, else the import-weighted location factor, flagged."));
    doc.heading(2, translate("WhitePaper", "Battery"));
    doc.paragraph(translate("WhitePaper",
                            "The battery is treated as a pool: energy charged from PV carries 0 g/kWh, energy charged "
                            "from the grid carries the factor of the hour it was charged. A discharge takes its share "
                            "of the pool's carbon, so over a cycle the discharged energy carries all the charged "
                            "carbon; losses carry none of their own. The energy stored at the start of the period is "
                            "given the factor of the first hour."));
    doc.paragraph(QStringLiteral("EF_bat = Σ_t E_ch,grid,t × EF_t / Σ_t E_dis,t\n"
                                 "losses = Σ E_ch − Σ E_dis − ΔE_stored"),
                  ParagraphStyle::Formula);
    doc.heading(2, translate("WhitePaper", "Time basis, gaps and rounding"));
    doc.paragraph(translate("WhitePaper",
                            "Times are stored in UTC; months and the reporting year are UTC calendar periods, the "
                            "average-day charts use the site's local time. Gaps are not filled: an hour without data "
                            "counts as missing in the completeness table. Calculations keep full precision; tables "
                            "round energies to 0.1 MWh, emissions to 0.1 t (0.01 t for attributions), CBAM factors "
                            "to 5 decimals, prices to 0.01 EUR and costs to whole euros."));
    doc.heading(2, translate("WhitePaper", "Excluded"));
    doc.paragraph(translate("WhitePaper",
                            "Scope 1 (no combustion sources in the boundary), Scope 3 including embodied emissions of "
                            "IT hardware, avoided emissions from PV export, and offsets. None of them is netted "
                            "against the figures above."));
}

void WhitePaperAuditSections::addManifest(ReportDocument& doc, const QString& heading) const {
    const StudyManifest& m = c_.study().manifest;
    doc.heading(1, heading);
    doc.paragraph(translate("WhitePaper",
                            "Every figure in this report is computed from the inputs below. Running GridTwin %1 on "
                            "files with the same SHA-256 and the same options reproduces the same figures and the "
                            "same manifest hash.")
                      .arg(WhitePaperContext::qs(m.software_version)));
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 14.1: inputs");
    t.header = {translate("WhitePaper", "Role"), translate("WhitePaper", "File"), QStringLiteral("SHA-256"),
                translate("WhitePaper", "Bytes"), translate("WhitePaper", "Note")};
    t.column_weights = {1.3, 2.0, 2.9, 0.9, 1.6};
    t.align = {CellAlign::Left, CellAlign::Left, CellAlign::Left, CellAlign::Right, CellAlign::Left};
    for (const ManifestEntry& e : m.inputs) {
        // core marks built-in data with the path "(built-in)".
        const bool builtin = e.path.empty() || e.path == "(built-in)";
        t.rows.push_back({c_.core(e.role), builtin ? translate("WhitePaper", "built-in") : WhitePaperContext::qs(e.path),
                          e.sha256.empty() ? QStringLiteral("–") : splitHash(e.sha256),
                          e.bytes > 0 ? c_.number(static_cast<double>(e.bytes), 0) : QString(), c_.core(e.note)});
    }
    doc.add(t);
    doc.paragraph(translate("WhitePaper", "Configuration SHA-256 and manifest SHA-256:"));
    doc.paragraph(QStringLiteral("config   %1\nmanifest %2")
                      .arg(WhitePaperContext::qs(m.config_sha256), WhitePaperContext::qs(m.manifest_sha256)),
                  ParagraphStyle::Formula);
    doc.paragraph(translate("WhitePaper", "Options of the run:"));
    doc.paragraph(WhitePaperContext::qs(m.options_text).trimmed(), ParagraphStyle::Formula);
    doc.paragraph(translate("WhitePaper", "To regenerate this report:"));
    QStringList cmd = {QStringLiteral("gridtwin-cli report --site %1").arg(c_.inputs().site_argument),
                       QStringLiteral("--year %1").arg(c_.options().year)};
    const CarbonStudyOptions& o = c_.options();
    if (!o.historian_file.empty()) cmd << QStringLiteral("--db %1").arg(WhitePaperContext::qs(o.historian_file));
    if (!o.factor_file.empty()) cmd << QStringLiteral("--factors %1").arg(WhitePaperContext::qs(o.factor_file));
    if (!o.instruments_file.empty()) cmd << QStringLiteral("--instruments %1").arg(WhitePaperContext::qs(o.instruments_file));
    if (!o.sacct_file.empty()) cmd << QStringLiteral("--sacct %1").arg(WhitePaperContext::qs(o.sacct_file));
    if (!o.price_file.empty()) cmd << QStringLiteral("--prices %1").arg(WhitePaperContext::qs(o.price_file));
    cmd << QStringLiteral("--lang %1 --out FILE.pdf").arg(c_.language());
    doc.paragraph(cmd.join(QStringLiteral(" \\\n    ")), ParagraphStyle::Formula);
}

void WhitePaperAuditSections::addChangeLog(ReportDocument& doc, const QString& heading) const {
    doc.heading(1, heading);
    ReportTable t;
    t.caption = translate("WhitePaper", "Table 15.1: changes to this report");
    t.header = {translate("WhitePaper", "Version"), translate("WhitePaper", "Date (UTC)"),
                translate("WhitePaper", "Change"), translate("WhitePaper", "By")};
    t.column_weights = {0.8, 1.4, 4.0, 1.2};
    t.align = {CellAlign::Left, CellAlign::Left, CellAlign::Left, CellAlign::Left};
    t.rows.push_back({QStringLiteral("1"), c_.inputs().generated_utc.toUTC().toString(Qt::ISODate),
                      translate("WhitePaper", "First generation from the inputs of the manifest. No manual entries, "
                                              "overrides or corrections; no restatement of earlier periods."),
                      QStringLiteral("GridTwin")});
    doc.add(t);
    doc.paragraph(translate("WhitePaper",
                            "Approval: ______________________ (name, role, date). A report without approval is a "
                            "draft."),
                  ParagraphStyle::Note);
}

} // namespace gridtwin::report
