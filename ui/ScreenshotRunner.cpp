#include "ScreenshotRunner.h"

#include "LiveSourceAdapter.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QImage>
#include <QPixmap>
#include <QThread>

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace gridtwin::ui {

bool runScreenshot(LiveSourceAdapter& adapter, MainWindow& window, const QString& file,
                   double after_s, ScreenId screen) {
    window.resize(kScreenshotWidth, kScreenshotHeight);
    window.show();
    LiveSource& source = adapter.source();
    // Paused single steps in small chunks: at full speed the producer would run far past the
    // requested time before the first drain.
    constexpr std::uint64_t kChunk = 256;
    source.setSpeed(0);
    source.setPaused(true);
    adapter.start(true);
    const auto span_ms = static_cast<std::int64_t>(std::llround(after_s * 1000.0));
    std::int64_t first_ms = -1;
    std::uint64_t requested = 0;
    QElapsedTimer guard;
    guard.start();
    while (true) {
        if (requested < adapter.samplesTotal() + kChunk / 2) {
            for (std::uint64_t i = 0; i < kChunk; ++i) source.stepOnce();
            requested += kChunk;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        adapter.pump();
        if (adapter.hasSample()) {
            if (first_ms < 0) first_ms = adapter.latest().time_ms;
            if (adapter.latest().time_ms - first_ms >= span_ms) break;
        }
        const SourceState s = source.state();
        if (s == SourceState::Faulted) {
            std::fprintf(stderr, "gridtwin: source faulted: %s\n", source.stateText().c_str());
            source.stop();
            return false;
        }
        if (s == SourceState::Finished) break;
        if (guard.elapsed() > 600'000) {
            std::fprintf(stderr, "gridtwin: screenshot timed out after 600 s of wall time\n");
            source.stop();
            return false;
        }
        QThread::usleep(500);
    }
    source.setPaused(true);
    adapter.pump();
    window.refreshFromAdapter();
    window.trends()->refresh();
    // Let layouts settle, then draw once more with final sizes.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        window.trends()->refresh();
    }
    QWidget* target = window.openScreen(screen);
    if (target == nullptr) {
        const char* why = !window.screenAvailable(screen) ? "is not available in this build"
                                                          : "is not offered to the chosen --profile";
        std::fprintf(stderr, "gridtwin: the screen \"%s\" %s\n", qPrintable(screenName(screen)), why);
        source.stop();
        return false;
    }
    if (target != &window) {
        // Dialogs keep their own layout size; other top-level windows get the console's size.
        if (qobject_cast<QDialog*>(target) != nullptr) {
            target->adjustSize();
        } else {
            target->resize(kScreenshotWidth, kScreenshotHeight);
        }
        for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
    }
    const QPixmap shot = target->grab();
    source.stop();
    if (!shot.save(file, "PNG")) {
        std::fprintf(stderr, "gridtwin: cannot write %s\n", qPrintable(file));
        return false;
    }
    return true;
}

} // namespace gridtwin::ui
