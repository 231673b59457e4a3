#pragma once
// Helpers shared by the workbench GUI tests.

#include <QElapsedTimer>
#include <QPixmap>
#include <QTest>
#include <QWidget>
#include <functional>

namespace gridtwin::workbench_test {

// Saves a grab of w when GRIDTWIN_WORKBENCH_GRAB_DIR names a folder (for looking at the pages).
inline void maybeGrab(QWidget* w, const char* name) {
    const QByteArray dir = qgetenv("GRIDTWIN_WORKBENCH_GRAB_DIR");
    const QPixmap pix = w->grab();
    QVERIFY(!pix.isNull());
    if (!dir.isEmpty())
        QVERIFY(pix.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name)));
}

// Processes events until done() or the timeout; returns done().
inline bool waitFor(const std::function<bool()>& done, int timeout_ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeout_ms)
        QTest::qWait(20);
    return done();
}

} // namespace gridtwin::workbench_test
