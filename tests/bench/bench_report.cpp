// The demo-year compliance white paper (issue 6 check): study (simulation with and without the
// battery, ledger, accounting, manifest), document and PDF, as `gridtwin-cli report --site demo`
// does it. Target: < 5 s for the whole report (release build).
#include "PdfReportWriter.h"
#include "WhitePaperGenerator.h"

#include "model/SiteConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace gridtwin;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const QString lang = argc > 2 ? QString::fromLatin1(argv[2]) : QStringLiteral("en");
    report::WhitePaperRequest request;
    request.options.site = referenceSite();
    request.options.year = kDemoCarbonYear;
    useDemoCarbonInputs(request.options);
    request.site_argument = QStringLiteral("demo");
    request.language = lang;
    const QString pdf = QDir::temp().filePath(QStringLiteral("gridtwin-bench-report.pdf"));
    std::printf("GridTwin white paper benchmark (reference site, demo inputs, %d, %s)\n", kDemoCarbonYear, qPrintable(lang));
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const report::WhitePaperOutcome out = report::WhitePaperGenerator::run(request);
        QElapsedTimer pdf_timer;
        pdf_timer.start();
        const int pages = report::PdfReportWriter::write(out.document, pdf);
        const double pdf_s = static_cast<double>(pdf_timer.nsecsElapsed()) * 1e-9;
        const double total_s = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        best = std::min(best, total_s);
        std::printf("run %d: study %.2f s, document %.2f s, PDF %.2f s (%d pages), total %.2f s\n", i + 1, out.study_s,
                    out.build_s, pdf_s, pages, total_s);
    }
    std::printf("best total %.2f s (target < 5 s): %s\n", best, best < 5.0 ? "met" : "NOT met");
    QFile::remove(pdf);
    return 0;
}
