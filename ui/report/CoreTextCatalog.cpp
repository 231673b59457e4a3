#include "CoreTextCatalog.h"

#include <QtGlobal>
#include <array>

namespace gridtwin::report {

namespace {

// Keep in step with core/carbon/CarbonStatements.cpp, CarbonAccounting.cpp, CarbonStudy.cpp and
// FactorSeries.cpp: test_report fails when the demo report meets a core string missing here.
constexpr std::array kStrings{
    // EED groups (DR (EU) 2024/1364 Annex I/II), CarbonStatements.cpp buildEedFields
    QT_TRANSLATE_NOOP("CoreText", "Identity"),
    QT_TRANSLATE_NOOP("CoreText", "Design"),
    QT_TRANSLATE_NOOP("CoreText", "Energy"),
    QT_TRANSLATE_NOOP("CoreText", "Energy/grid"),
    QT_TRANSLATE_NOOP("CoreText", "Water"),
    QT_TRANSLATE_NOOP("CoreText", "Heat"),
    QT_TRANSLATE_NOOP("CoreText", "Temperature"),
    QT_TRANSLATE_NOOP("CoreText", "Renewables"),
    QT_TRANSLATE_NOOP("CoreText", "ICT capacity"),
    QT_TRANSLATE_NOOP("CoreText", "Traffic"),
    QT_TRANSLATE_NOOP("CoreText", "KPI"),
    // EED fields
    QT_TRANSLATE_NOOP("CoreText", "Data centre name"),
    QT_TRANSLATE_NOOP("CoreText", "Owner and operator (name, contact)"),
    QT_TRANSLATE_NOOP("CoreText", "Location (Eurostat LAU code)"),
    QT_TRANSLATE_NOOP("CoreText", "Data centre type (enterprise/colocation/co-hosting)"),
    QT_TRANSLATE_NOOP("CoreText", "Year and month of entry into operation"),
    QT_TRANSLATE_NOOP("CoreText", "Installed IT power demand PD_IT"),
    QT_TRANSLATE_NOOP("CoreText", "Total floor area"),
    QT_TRANSLATE_NOOP("CoreText", "Computer-room floor area"),
    QT_TRANSLATE_NOOP("CoreText", "Electrical and cooling redundancy levels"),
    QT_TRANSLATE_NOOP("CoreText", "Total energy consumption E_DC"),
    QT_TRANSLATE_NOOP("CoreText", "IT equipment energy E_IT"),
    QT_TRANSLATE_NOOP("CoreText", "Backup-generator energy"),
    QT_TRANSLATE_NOOP("CoreText", "Average battery capacity [unconfirmed field]"),
    QT_TRANSLATE_NOOP("CoreText", "Electrical grid functions [unconfirmed field]"),
    QT_TRANSLATE_NOOP("CoreText", "Total water input W_IN"),
    QT_TRANSLATE_NOOP("CoreText", "Waste heat reused"),
    QT_TRANSLATE_NOOP("CoreText", "Average waste-heat temperature"),
    QT_TRANSLATE_NOOP("CoreText", "IT intake air temperature setpoint"),
    QT_TRANSLATE_NOOP("CoreText", "Total renewable energy consumption"),
    QT_TRANSLATE_NOOP("CoreText", "of which Guarantees of Origin [breakdown unconfirmed]"),
    QT_TRANSLATE_NOOP("CoreText", "of which PPAs [breakdown unconfirmed]"),
    QT_TRANSLATE_NOOP("CoreText", "of which on-site generation [breakdown unconfirmed]"),
    QT_TRANSLATE_NOOP("CoreText", "Server capacity C_SERV"),
    QT_TRANSLATE_NOOP("CoreText", "Storage capacity C_STOR"),
    QT_TRANSLATE_NOOP("CoreText", "Incoming and outgoing traffic (bandwidth, volume)"),
    QT_TRANSLATE_NOOP("CoreText", "Data stored and processed"),
    QT_TRANSLATE_NOOP("CoreText", "PUE = E_DC / E_IT"),
    QT_TRANSLATE_NOOP("CoreText", "WUE = W_IN / E_IT"),
    QT_TRANSLATE_NOOP("CoreText", "ERF = E_reuse / E_DC"),
    QT_TRANSLATE_NOOP("CoreText", "REF = E_ren / E_DC"),
    // EED sources
    QT_TRANSLATE_NOOP("CoreText", "site configuration"),
    QT_TRANSLATE_NOOP("CoreText", "not in the site configuration"),
    QT_TRANSLATE_NOOP("CoreText", "site configuration (GPUs at TDP plus node overhead)"),
    QT_TRANSLATE_NOOP("CoreText", "no generator data in the inputs"),
    QT_TRANSLATE_NOOP("CoreText", "not in the inputs"),
    QT_TRANSLATE_NOOP("CoreText", "operator input"),
    QT_TRANSLATE_NOOP("CoreText", "no water metering in the inputs"),
    QT_TRANSLATE_NOOP("CoreText", "no heat metering in the inputs"),
    QT_TRANSLATE_NOOP("CoreText", "ledger (on-site PV) and eligible instruments"),
    QT_TRANSLATE_NOOP("CoreText", "instruments file (eligible, capped at import)"),
    QT_TRANSLATE_NOOP("CoreText", "no instruments file in the inputs"),
    QT_TRANSLATE_NOOP("CoreText", "ISO/IEC 30134-2 on the ledger"),
    QT_TRANSLATE_NOOP("CoreText", "ISO/IEC 30134-3 on the ledger"),
    QT_TRANSLATE_NOOP("CoreText", "ISO/IEC 30134-6"),
    QT_TRANSLATE_NOOP("CoreText", "ISO/IEC 30134-9"),
    // Data qualities and evidence status
    QT_TRANSLATE_NOOP("CoreText", "configured"),
    QT_TRANSLATE_NOOP("CoreText", "measured"),
    QT_TRANSLATE_NOOP("CoreText", "simulated"),
    QT_TRANSLATE_NOOP("CoreText", "calculated"),
    QT_TRANSLATE_NOOP("CoreText", "missing"),
    QT_TRANSLATE_NOOP("CoreText", "present"),
    QT_TRANSLATE_NOOP("CoreText", "partial"),
    // CBAM-consistent streams and their evidence, CarbonStatements.cpp buildCbamStatement
    QT_TRANSLATE_NOOP("CoreText", "Grid electricity (not covered by a physical PPA)"),
    QT_TRANSLATE_NOOP("CoreText", "Physical PPA, hourly matched"),
    QT_TRANSLATE_NOOP("CoreText", "On-site PV (direct technical link)"),
    QT_TRANSLATE_NOOP("CoreText", "on-site generation metered hourly; zero direct emissions"),
    QT_TRANSLATE_NOOP("CoreText", "Hourly metering of grid import and export"),
    QT_TRANSLATE_NOOP("CoreText", "Hourly metering of on-site PV and BESS"),
    QT_TRANSLATE_NOOP("CoreText", "Versioned emission-factor dataset identified by hash"),
    QT_TRANSLATE_NOOP("CoreText", "PPA contract with hourly volumes"),
    QT_TRANSLATE_NOOP("CoreText", "Hourly temporal correlation of PPA and consumption"),
    QT_TRANSLATE_NOOP("CoreText", "Same bidding zone as consumption"),
    QT_TRANSLATE_NOOP("CoreText", "GO cancellation statements"),
    QT_TRANSLATE_NOOP("CoreText", "Direct-link single-line diagram of the on-site PV"),
    QT_TRANSLATE_NOOP("CoreText", "simulated data, not meter readings"),
    QT_TRANSLATE_NOOP("CoreText", "built-in example profile, not a published dataset"),
    QT_TRANSLATE_NOOP("CoreText", "monthly volumes only"),
    QT_TRANSLATE_NOOP("CoreText", "no PPA in the inputs"),
    QT_TRANSLATE_NOOP("CoreText", "matched per hour in the ledger"),
    QT_TRANSLATE_NOOP("CoreText", "no hourly contract volumes"),
    QT_TRANSLATE_NOOP("CoreText", "every PPA row flagged same_market"),
    QT_TRANSLATE_NOOP("CoreText", "some PPA rows from another market"),
    QT_TRANSLATE_NOOP("CoreText", "no GOs in the inputs"),
    QT_TRANSLATE_NOOP("CoreText", "every GO cancelled with a statement reference"),
    QT_TRANSLATE_NOOP("CoreText", "GOs without cancellation or statement"),
    QT_TRANSLATE_NOOP("CoreText", "not part of the data: the operator attaches the diagram"),
    // Price kinds of the carbon price table (CarbonPriceTable.cpp)
    QT_TRANSLATE_NOOP("CoreText", "cbam_official"),
    QT_TRANSLATE_NOOP("CoreText", "ets_average"),
    QT_TRANSLATE_NOOP("CoreText", "illustrative"),
    // Data quality, CarbonAccounting.cpp addQuality
    QT_TRANSLATE_NOOP("CoreText", "Ledger completeness (time covered by data)"),
    QT_TRANSLATE_NOOP("CoreText", "Hours without data"),
    QT_TRANSLATE_NOOP("CoreText", "Hours with simulated data"),
    QT_TRANSLATE_NOOP("CoreText", "Hours with an estimated emission factor"),
    QT_TRANSLATE_NOOP("CoreText", "Scope 2 (location) based on estimated factors"),
    QT_TRANSLATE_NOOP("CoreText", "Emission factors from the built-in example"),
    QT_TRANSLATE_NOOP("CoreText", "Share of CBAM-consistent emissions based on default values"),
    QT_TRANSLATE_NOOP("CoreText", "Grid CFE share known"),
    QT_TRANSLATE_NOOP("CoreText", "Largest hourly energy-balance residual"),
    QT_TRANSLATE_NOOP("CoreText", "Battery pool carbon at the start"),
    QT_TRANSLATE_NOOP("CoreText", "Battery pool carbon carried forward"),
    QT_TRANSLATE_NOOP("CoreText", "per hour: steps x step length / 1 h"),
    QT_TRANSLATE_NOOP("CoreText", "counted as zero energy, never filled"),
    QT_TRANSLATE_NOOP("CoreText", "simulation output, not meter readings"),
    QT_TRANSLATE_NOOP("CoreText", "flag of the factor dataset"),
    QT_TRANSLATE_NOOP("CoreText", "share of emissions"),
    QT_TRANSLATE_NOOP("CoreText", "NOT measured data: import a factor dataset"),
    QT_TRANSLATE_NOOP("CoreText", "imported dataset"),
    QT_TRANSLATE_NOOP("CoreText", "CBAM template metric"),
    QT_TRANSLATE_NOOP("CoreText", "from the factor dataset"),
    QT_TRANSLATE_NOOP("CoreText", "unknown: grid CFE counted as 0"),
    QT_TRANSLATE_NOOP("CoreText", "facility + aux + charge + export - (PV + import + discharge)"),
    QT_TRANSLATE_NOOP("CoreText", "initial stored energy at the first hour's factor"),
    QT_TRANSLATE_NOOP("CoreText", "stored at the end of the period"),
    // Method sensitivity, CarbonAccounting.cpp computeCarbonAccounting
    QT_TRANSLATE_NOOP("CoreText", "Location-based, hourly direct factors"),
    QT_TRANSLATE_NOOP("CoreText", "Location-based, annual mean factor"),
    QT_TRANSLATE_NOOP("CoreText", "Market-based"),
    QT_TRANSLATE_NOOP("CoreText", "Hourly matched (hourly PPA volumes)"),
    QT_TRANSLATE_NOOP("CoreText", "Hourly matched (monthly PPA volumes spread flat)"),
    QT_TRANSLATE_NOOP("CoreText", "Consumption, battery-traced"),
    QT_TRANSLATE_NOOP("CoreText", "Life-cycle factors (footprint view)"),
    QT_TRANSLATE_NOOP("CoreText", "Scope 2 LBM (reported)"),
    QT_TRANSLATE_NOOP("CoreText", "import x time-average factor"),
    QT_TRANSLATE_NOOP("CoreText", "proposed GHG Protocol revision; not Scope 2 2015"),
    QT_TRANSLATE_NOOP("CoreText", "load-profile proxy, sensitivity only"),
    QT_TRANSLATE_NOOP("CoreText", "emissions of the energy consumed on site per hour"),
    QT_TRANSLATE_NOOP("CoreText", "never part of Scope 2"),
    // Residual factor sources and calculation flags (CarbonResult::notes)
    QT_TRANSLATE_NOOP("CoreText", "supplier-specific factor"),
    QT_TRANSLATE_NOOP("CoreText",
                      "no residual mix given: import-weighted location factor stands in (flagged)"),
    QT_TRANSLATE_NOOP("CoreText",
                      "grid carbon-free share unknown for some hours: counted as 0 in CFE %"),
    QT_TRANSLATE_NOOP("CoreText", "no Slurm jobs: kgCO2e per GPU-hour uses installed GPU-hours"),
    // Manifest roles and notes, CarbonStudy.cpp; factor providers, FactorSeries.cpp
    QT_TRANSLATE_NOOP("CoreText", "site config"),
    QT_TRANSLATE_NOOP("CoreText", "weather"),
    QT_TRANSLATE_NOOP("CoreText", "energy prices"),
    QT_TRANSLATE_NOOP("CoreText", "recorded load"),
    QT_TRANSLATE_NOOP("CoreText", "emission factors"),
    QT_TRANSLATE_NOOP("CoreText", "instruments"),
    QT_TRANSLATE_NOOP("CoreText", "slurm sacct"),
    QT_TRANSLATE_NOOP("CoreText", "carbon prices"),
    QT_TRANSLATE_NOOP("CoreText", "historian"),
    QT_TRANSLATE_NOOP("CoreText", "built-in reference site"),
    QT_TRANSLATE_NOOP("CoreText", "bundled PVGIS TMY 45N 8E"),
    QT_TRANSLATE_NOOP("CoreText", "built-in example profile, not measured data"),
    QT_TRANSLATE_NOOP("CoreText", "built-in example profile (not measured data)"),
    QT_TRANSLATE_NOOP("CoreText", "generic CSV"),
    QT_TRANSLATE_NOOP("CoreText", "Electricity Maps"),
};

constexpr std::array kTemplates{
    QT_TRANSLATE_NOOP("CoreText", "hourly ledger (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "simulation (GridTwin %1)"),
    QT_TRANSLATE_NOOP("CoreText", "historian %1 (site %2)"),
    QT_TRANSLATE_NOOP("CoreText", "generic CSV %1"),
    QT_TRANSLATE_NOOP("CoreText", "Electricity Maps %1"),
    QT_TRANSLATE_NOOP("CoreText", "hourly direct factors: %1 (hash in the manifest)"),
    QT_TRANSLATE_NOOP("CoreText", "contracts %1 with hourly volumes, same bidding zone"),
    QT_TRANSLATE_NOOP("CoreText", "hourly volumes of %1"),
    QT_TRANSLATE_NOOP("CoreText", "completeness %1 %"),
    QT_TRANSLATE_NOOP("CoreText", "Scope 2 MBM (reported); residual: %1"),
    QT_TRANSLATE_NOOP("CoreText", "residual mix: %1"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "%1 instrument rows fail the Scope 2 quality criteria (not cancelled, other market "
        "or other vintage) and are not counted"),
    QT_TRANSLATE_NOOP("CoreText", "no carbon price for %1-Q%2: its shadow cost is not computed"),
};

const QRegularExpression& placeholder() {
    static const QRegularExpression re(QStringLiteral("%([1-9])"));
    return re;
}

/// `translated` with each %n replaced by args[n-1] in one pass (a value containing "%2" stays as
/// given).
QString substitute(const QString& translated, const std::vector<QString>& args) {
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder().globalMatch(translated); it.hasNext();) {
        const auto m = it.next();
        out += translated.mid(from, m.capturedStart() - from);
        const auto n = static_cast<std::size_t>(m.captured(1).toInt());
        out += n <= args.size() ? args[n - 1] : m.captured(0);
        from = m.capturedEnd();
    }
    return out + translated.mid(from);
}

} // namespace

std::span<const char* const> coreTextStrings() {
    return kStrings;
}
std::span<const char* const> coreTextTemplates() {
    return kTemplates;
}

CoreTextTranslator::CoreTextTranslator(const ReportTranslator& translator) : tr_(translator) {
    if (translator.language() == QLatin1String("en")) return;
    for (const char* source : kTemplates) {
        const QString text = QString::fromUtf8(source);
        Template t;
        t.source = source;
        QString pattern = QStringLiteral("^");
        qsizetype from = 0;
        for (auto it = placeholder().globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            pattern += QRegularExpression::escape(text.mid(from, m.capturedStart() - from)) +
                       QStringLiteral("(.+?)");
            t.arg_numbers.push_back(m.captured(1).toInt());
            from = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(text.mid(from)) + QStringLiteral("$");
        t.pattern = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
        templates_.push_back(std::move(t));
    }
}

std::optional<QString> CoreTextTranslator::translate(const QString& text) const {
    if (tr_.language() == QLatin1String("en")) return std::nullopt;
    const QByteArray utf8 = text.toUtf8();
    if (auto whole = tr_.lookup("CoreText", utf8.constData())) return whole;
    for (const Template& t : templates_) {
        const auto m = t.pattern.match(text);
        if (!m.hasMatch()) continue;
        const auto translated = tr_.lookup("CoreText", t.source);
        if (!translated) continue;
        std::vector<QString> args(t.arg_numbers.size());
        for (std::size_t i = 0; i < t.arg_numbers.size(); ++i) {
            // Each value is shorter than `text` (a template has fixed text), so this ends.
            const QString value = m.captured(static_cast<int>(i) + 1);
            const auto n = static_cast<std::size_t>(t.arg_numbers[i]);
            if (n >= 1 && n <= args.size()) args[n - 1] = translate(value).value_or(value);
        }
        return substitute(*translated, args);
    }
    return std::nullopt;
}

} // namespace gridtwin::report
