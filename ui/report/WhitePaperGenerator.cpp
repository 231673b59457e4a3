#include "WhitePaperGenerator.h"

#include <QElapsedTimer>

namespace gridtwin::report {

WhitePaperOutcome WhitePaperGenerator::run(const WhitePaperRequest& request,
                                           const std::function<void(double, const QString&)>& progress,
                                           const std::atomic<bool>* cancel) {
    const WhitePaperBuilder builder(request.language); // refuses a bad language before the long part
    auto stage = [&](double fraction, const char* text) {
        if (cancel && cancel->load()) throw WhitePaperCancelled();
        if (progress) progress(fraction, builder.translator().translate("WhitePaper", text));
    };
    WhitePaperOutcome out;
    QElapsedTimer timer;
    timer.start();
    stage(0.0, QT_TRANSLATE_NOOP("WhitePaper", "Simulating the year with and without the battery, building the ledger"));
    out.study = runCarbonStudy(request.options);
    out.study_s = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    stage(0.8, QT_TRANSLATE_NOOP("WhitePaper", "Composing the report"));
    timer.restart();
    WhitePaperInputs inputs;
    inputs.study = &out.study;
    inputs.options = &request.options;
    inputs.site_argument = request.site_argument;
    inputs.generated_utc = request.generated_utc.isValid() ? request.generated_utc : QDateTime::currentDateTimeUtc();
    out.document = builder.build(inputs, &out.untranslated_core);
    out.headlines = builder.headlineFigures(inputs);
    out.build_s = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    stage(1.0, QT_TRANSLATE_NOOP("WhitePaper", "Report ready"));
    return out;
}

} // namespace gridtwin::report
