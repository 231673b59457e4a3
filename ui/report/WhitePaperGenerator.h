#pragma once
// The whole white-paper run shared by `gridtwin-cli report` and the GUI dialog: carbon study
// (simulation or historian, ledger, accounting, manifest), then the document. Stages report
// progress; a cancel flag is checked between stages (the study itself is one call into core).

#include "ReportDocument.h"
#include "WhitePaperBuilder.h"

#include "carbon/CarbonStudy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <stdexcept>
#include <vector>

namespace gridtwin::report {

struct WhitePaperRequest {
    CarbonStudyOptions options;
    QString site_argument;       // "demo" or the site file, for the regenerate command
    QString language = QStringLiteral("en");
    QDateTime generated_utc;     // cover and change log; defaults to now when invalid
};

struct WhitePaperOutcome {
    CarbonStudyResult study;
    ReportDocument document;
    std::vector<HeadlineFigure> headlines;
    QStringList untranslated_core; // core strings shown in English in a German/Chinese report
    double study_s = 0;          // wall time of the carbon study
    double build_s = 0;          // wall time of building the document
};

class WhitePaperCancelled : public std::runtime_error {
public:
    WhitePaperCancelled() : std::runtime_error("report generation cancelled") {}
};

class WhitePaperGenerator {
public:
    /// progress(fraction 0..1, stage text in the report language). Throws what runCarbonStudy
    /// throws (InputError for bad inputs), std::invalid_argument for an unsupported language and
    /// WhitePaperCancelled when `cancel` is set between stages.
    static WhitePaperOutcome run(const WhitePaperRequest& request,
                                 const std::function<void(double, const QString&)>& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);
};

} // namespace gridtwin::report
