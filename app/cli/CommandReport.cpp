// gridtwin-cli report: the compliance white paper as PDF (issue 6 item 6), headless.
#include "ArgParser.h"
#include "CarbonArguments.h"
#include "Commands.h"

#include "model/InputError.h"

#ifdef GRIDTWIN_HAVE_REPORT
#include "PdfReportWriter.h"
#include "WhitePaperGenerator.h"

#include "carbon/LedgerCsv.h"
#include "store/Historian.h"
#include "tune/ChangeControl.h"

#include <chrono>
#include <cstdlib>
#include <string>

#include <QGuiApplication>
#endif

#include <cstdio>
#include <utility>

namespace gridtwin::cli {

#ifdef GRIDTWIN_HAVE_REPORT
int runReport(const std::vector<std::string>& argv) {
    std::vector<OptionSpec> specs = carbonStudyOptionSpecs();
    specs.insert(specs.end(), {
        {"lang", "en|de|zh_CN", false, false, "report language (default en)"},
        {"out", "FILE.pdf", false, false, "the PDF to write (required)"},
        {"ledger", "FILE.csv", false, false, "also write the hourly ledger CSV for auditors"},
        {"help", "", false, false, "this text"},
    });
    ArgParser args("report", std::move(specs));
    args.parse(argv);
    if (args.has("help")) {
        std::puts(args.usage().c_str());
        return 0;
    }
    const auto out = args.value("out");
    if (!out) throw UsageError("--out FILE.pdf is required\n" + args.usage());

    const std::string lang = args.value("lang").value_or("en");
    if (!report::ReportTranslator::supportedLanguages().contains(QString::fromStdString(lang)))
        throw InputError("", "--lang", "en, de or zh_CN", lang);
    report::WhitePaperRequest request;
    request.language = QString::fromStdString(lang);
    request.site_argument = QString::fromStdString(args.value("site").value_or("demo"));
    request.options = carbonStudyOptions(args);

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
    // Values from the inputs (paths, contract ids) are shown as given; any other text listed here is
    // missing from ui/report/CoreTextCatalog.cpp or the report catalogue.
    if (!outcome.untranslated_core.isEmpty())
        std::fprintf(stderr, "report: %lld core text(s) shown untranslated: %s\n",
                     static_cast<long long>(outcome.untranslated_core.size()),
                     outcome.untranslated_core.join(QStringLiteral(" | ")).toUtf8().constData());
    // A report of recorded data is recorded in that project file's audit log (issue 7); the
    // command line has no profile, so the entry says where it came from.
    if (const auto db = args.value("db")) {
        Historian project(*db);
        const char* user = std::getenv("USER");
        const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
        ChangeControl(project).audit(now_ms, user != nullptr ? user : "unknown", "cli", "generate_report",
                                     *out + " (" + std::to_string(pages) + " pages, manifest SHA-256 " +
                                         outcome.study.manifest.manifest_sha256 + ")");
    }
    return 0;
}

#else

int runReport(const std::vector<std::string>&) {
    std::fprintf(stderr, "gridtwin-cli report: this build has no report library (configure with GRIDTWIN_BUILD_UI=ON)\n");
    return 1;
}

#endif

} // namespace gridtwin::cli
