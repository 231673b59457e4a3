// gridtwin-cli report: the compliance white paper as PDF (issue 6 item 6), headless.
#include "ArgParser.h"
#include "Commands.h"
#include "SiteArguments.h"

#include "model/InputError.h"

#ifdef GRIDTWIN_HAVE_REPORT
#include "PdfReportWriter.h"
#include "WhitePaperGenerator.h"

#include "carbon/LedgerCsv.h"

#include <QGuiApplication>
#endif

#include <charconv>
#include <cstdio>
#include <optional>

namespace gridtwin::cli {

#ifdef GRIDTWIN_HAVE_REPORT
namespace {

int yearArgument(const ArgParser& args) {
    const auto text = args.value("year");
    if (!text) return 2025;
    int year = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), year);
    if (ec != std::errc() || end != text->data() + text->size() || year < 1990 || year > 2100)
        throw InputError("", "--year", "a calendar year 1990..2100", *text);
    return year;
}

std::optional<double> numberArgument(const ArgParser& args, const char* name) {
    const auto text = args.value(name);
    if (!text) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size() || v < 0)
        throw InputError("", std::string("--") + name, "a number >= 0", *text);
    return v;
}

} // namespace

int runReport(const std::vector<std::string>& argv) {
    ArgParser args("report", {
        {"site", "demo|FILE", false, false, "site: the reference site or a site JSON file (default demo)"},
        {"db", "FILE.sqlite", false, false, "use the samples recorded in this historian instead of simulating"},
        {"db-site", "NAME", false, false, "site name in the historian (default: the only one)"},
        {"year", "YYYY", false, false, "calendar year (UTC) of the report (default 2025)"},
        {"lang", "en|de|zh_CN", false, false, "report language (default en)"},
        {"out", "FILE.pdf", false, false, "the PDF to write (required)"},
        {"ledger", "FILE.csv", false, false, "also write the hourly ledger CSV for auditors"},
        {"factors", "FILE.csv", false, false, "hourly grid factors: Electricity Maps or generic CSV"},
        {"instruments", "FILE.csv", false, false, "GOs, PPAs, residual mix (docs/carbon-inputs.md)"},
        {"sacct", "FILE", false, false, "Slurm sacct -P output for per-project attribution"},
        {"prices", "FILE.csv", false, false, "CBAM/ETS carbon prices by quarter"},
        {"heat-reused-kwh", "KWH", false, false, "metered waste heat delivered to an offtaker"},
        {"water-m3", "M3", false, false, "metered site water input"},
        {"help", "", false, false, "this text"},
    });
    args.parse(argv);
    if (args.has("help")) {
        std::puts(args.usage().c_str());
        return 0;
    }
    const auto out = args.value("out");
    if (!out) throw UsageError("--out FILE.pdf is required\n" + args.usage());

    report::WhitePaperRequest request;
    const std::string site_arg = args.value("site").value_or("demo");
    request.site_argument = QString::fromStdString(site_arg);
    request.options.site = loadSiteArgument(site_arg);
    request.options.site_file = site_arg == "demo" ? std::string() : site_arg;
    request.options.historian_file = args.value("db").value_or("");
    request.options.historian_site = args.value("db-site").value_or("");
    request.options.year = yearArgument(args);
    request.options.factor_file = args.value("factors").value_or("");
    request.options.instruments_file = args.value("instruments").value_or("");
    request.options.sacct_file = args.value("sacct").value_or("");
    request.options.price_file = args.value("prices").value_or("");
    request.options.heat_reused_kwh = numberArgument(args, "heat-reused-kwh");
    request.options.water_input_m3 = numberArgument(args, "water-m3");
    const std::string lang = args.value("lang").value_or("en");
    if (!report::ReportTranslator::supportedLanguages().contains(QString::fromStdString(lang)))
        throw InputError("", "--lang", "en, de or zh_CN", lang);
    request.language = QString::fromStdString(lang);

    // Fonts and PDF painting need a QGuiApplication; the CLI never needs a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    int qt_argc = 1;
    char qt_name[] = "gridtwin-cli";
    char* qt_argv[] = {qt_name, nullptr};
    QGuiApplication app(qt_argc, qt_argv);

    const auto outcome = report::WhitePaperGenerator::run(request, [](double fraction, const QString& stage) {
        std::fprintf(stderr, "report: [%3.0f%%] %s\n", fraction * 100.0, stage.toLocal8Bit().constData());
    });
    const QString pdf = QString::fromStdString(*out);
    const int pages = report::PdfReportWriter::write(outcome.document, pdf);
    if (const auto ledger = args.value("ledger")) writeLedgerCsv(outcome.study.ledger, outcome.study.carbon, *ledger);

    std::printf("%s\n", outcome.document.title.toUtf8().constData());
    std::printf("%s\n", outcome.document.subtitle.toUtf8().constData());
    for (const report::HeadlineFigure& f : outcome.headlines) {
        std::printf("  %-40s %16s %s\n", f.shown.label.toUtf8().constData(), f.shown.value.toUtf8().constData(),
                    f.shown.unit.toUtf8().constData());
    }
    std::printf("manifest SHA-256: %s\n", outcome.study.manifest.manifest_sha256.c_str());
    std::printf("written: %s (%d pages)%s%s\n", out->c_str(), pages, args.has("ledger") ? ", ledger " : "",
                args.value("ledger").value_or("").c_str());
    std::fprintf(stderr, "report: study %.2f s, document %.2f s\n", outcome.study_s, outcome.build_s);
    return 0;
}

#else

int runReport(const std::vector<std::string>&) {
    std::fprintf(stderr, "gridtwin-cli report: this build has no report library (configure with GRIDTWIN_BUILD_UI=ON)\n");
    return 1;
}

#endif

} // namespace gridtwin::cli
