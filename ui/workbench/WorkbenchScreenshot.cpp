#include "WorkbenchScreenshot.h"

#include "CandidateSite.h"
#include "DevicesPage.h"
#include "ExplanationPage.h"
#include "ScreenId.h"
#include "SweepPage.h"
#include "TuningPage.h"
#include "WorkbenchWindow.h"
#include "io/sunspec/SunSpecDeviceServer.h"
#include "io/sunspec/SunSpecPlant.h"
#include "model/TimeUtc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <algorithm>
#include <exception>
#include <functional>
#include <memory>

namespace gridtwin::ui {

namespace {

// Keeps the device simulator serving for as long as the window it was scanned from lives.
class DevsimHolder : public QObject {
public:
    DevsimHolder(std::unique_ptr<SunSpecDeviceServer> server, QObject* parent)
        : QObject(parent), server_(std::move(server)) {}
    ~DevsimHolder() override { server_->stop(); }

private:
    std::unique_ptr<SunSpecDeviceServer> server_;
};

bool waitFor(const std::function<bool()>& done, int timeout_ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeout_ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

bool runComparison(WorkbenchWindow& window, QString* why, int timeout_ms) {
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
    const auto done = [&] {
        const auto r = page->result();
        return r && r->candidate_site.controller.peak_threshold_kw == threshold && !page->running();
    };
    if (!waitFor(done, timeout_ms)) {
        if (why) *why = QStringLiteral("no tuning result within %1 s").arg(timeout_ms / 1000);
        return false;
    }
    return true;
}

bool runSweep(WorkbenchWindow& window, QString* why, int timeout_ms) {
    SweepPage* page = window.sweep();
    const double threshold = window.candidate().candidate().controller.peak_threshold_kw;
    page->setAxis(0, QStringLiteral("controller.peak_threshold_kw"), threshold - 1500, threshold, 500);
    page->setAxis(1, QStringLiteral("controller.soc_reserve_pct"), 10, 30, 10);
    page->setSecondAxisEnabled(true);
    page->setPeriod(7, 3600);
    window.showPage(WorkbenchPage::Sweep);
    page->start();
    if (!waitFor([&] { return !page->running() && page->results().variants.size() == 12; }, timeout_ms)) {
        if (why) *why = QStringLiteral("the sweep did not complete within %1 s").arg(timeout_ms / 1000);
        return false;
    }
    return true;
}

// Scans the devices gridtwin-devsim serves (inverter 1, BESS 2, meter 3), run here on a free port.
bool scanDevsim(WorkbenchWindow& window, QString* why, int timeout_ms) {
    SunSpecServerConfig cfg;
    cfg.port = 0;
    std::unique_ptr<SunSpecDeviceServer> server;
    try {
        server = std::make_unique<SunSpecDeviceServer>(
            cfg, makeSimulationPlant(window.candidate().baseline(), *parseIsoUtc("2024-06-01T10:00:00Z"), 86'400'000),
            SunSpecModelCatalog::loadBundled());
        server->start();
    } catch (const std::exception& e) { // no free port, or the bundled models did not load
        if (why) *why = QStringLiteral("the device simulator did not start: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    const int port = server->port();
    new DevsimHolder(std::move(server), &window);
    DevicesPage* page = window.devices();
    window.showPage(WorkbenchPage::Devices);
    page->setTarget(QStringLiteral("127.0.0.1"), port, 1, 5);
    bool finished = false; // the page takes the worker's result on its own poll, then signals
    const QMetaObject::Connection c =
        QObject::connect(page, &DevicesPage::scanFinished, &window, [&finished] { finished = true; });
    page->startScan();
    const bool ok = waitFor([&] { return finished; }, timeout_ms);
    QObject::disconnect(c);
    if (!ok || page->scanResult().devices.empty()) {
        if (why) *why = QStringLiteral("the scan of the in-process device simulator found no devices");
        return false;
    }
    page->runChecks();
    return true;
}

} // namespace

bool prepareWorkbenchScreenshot(WorkbenchWindow& window, const QString& page, QString* why, int timeout_ms) {
    const qsizetype index = screenPages(ScreenId::Workbench).indexOf(page.isEmpty() ? QStringLiteral("tuning") : page);
    if (index < 0) {
        if (why) *why = QStringLiteral("no workbench page \"%1\"").arg(page);
        return false;
    }
    // screenPages() lists the pages in WorkbenchPage order.
    const auto target = static_cast<WorkbenchPage>(index);
    bool ok = true;
    switch (target) {
    case WorkbenchPage::Site: window.showPage(WorkbenchPage::Site); break;
    case WorkbenchPage::Tuning: ok = runComparison(window, why, timeout_ms); break;
    case WorkbenchPage::Explanation:
        ok = runComparison(window, why, timeout_ms);
        if (ok) {
            // The interval of the highest import without the battery: where shaving decides.
            const auto r = window.tuning()->result();
            const auto& grid = r->counterfactual_grid_kw;
            window.showPage(WorkbenchPage::Explanation);
            window.explanation()->showInterval(
                static_cast<std::size_t>(std::max_element(grid.begin(), grid.end()) - grid.begin()));
        }
        break;
    case WorkbenchPage::Sweep: ok = runSweep(window, why, timeout_ms); break;
    case WorkbenchPage::Devices: ok = scanDevsim(window, why, timeout_ms); break;
    }
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
    return ok;
}

} // namespace gridtwin::ui
