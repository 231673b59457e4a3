#include "WorkbenchScreenshot.h"

#include "CandidateSite.h"
#include "TuningPage.h"
#include "WorkbenchWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace gridtwin::ui {

bool prepareWorkbenchScreenshot(WorkbenchWindow& window, QString* why, int timeout_ms) {
    TuningPage* page = window.tuning();
    TuningPeriod july;
    july.kind = TuningPeriodKind::Month;
    july.month = 7;
    page->setPeriod(july);
    const double threshold = window.candidate().candidate().controller.peak_threshold_kw - 500.0;
    const QString refused = window.candidate().setValueText(QStringLiteral("controller.peak_threshold_kw"),
                                                            QString::number(threshold));
    if (!refused.isEmpty()) {
        if (why) *why = refused;
        return false;
    }
    window.showPage(WorkbenchPage::Tuning);
    page->runNow();
    QElapsedTimer t;
    t.start();
    const auto done = [&] {
        const auto r = page->result();
        return r && r->candidate_site.controller.peak_threshold_kw == threshold && !page->running();
    };
    while (!done() && t.elapsed() < timeout_ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    if (!done()) {
        if (why) *why = QStringLiteral("no tuning result within %1 s").arg(timeout_ms / 1000);
        return false;
    }
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
    return true;
}

} // namespace gridtwin::ui
