#include "LiveTests.h"

#include "model/Decimator.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace gridtwin;

class TestDecimator : public QObject {
    Q_OBJECT
private slots:
    void keepsSingleSampleSpike_data() {
        QTest::addColumn<int>("at");
        QTest::addColumn<double>("height");
        QTest::addColumn<int>("points");
        // Flat columns keep first and last; a spike inside a column adds one point; a spike on
        // a column's last sample is that last point.
        QTest::newRow("middle, up") << 500 << 100.0 << 21;
        QTest::newRow("middle, down") << 517 << -100.0 << 21;
        QTest::newRow("first sample") << 0 << 50.0 << 21;
        QTest::newRow("last sample") << 999 << 50.0 << 20;
    }
    void keepsSingleSampleSpike() {
        QFETCH(int, at);
        QFETCH(double, height);
        QFETCH(int, points);
        std::vector<double> x(1000), y(1000, 0.0);
        for (int i = 0; i < 1000; ++i) x[std::size_t(i)] = i;
        y[std::size_t(at)] = height;
        std::vector<XYPoint> out;
        decimateMinMax(x, y, 0, 999, 10, out);
        QCOMPARE(out.size(), std::size_t(points));
        QVERIFY(std::any_of(out.begin(), out.end(),
                            [&](const XYPoint& p) { return p.x == at && p.y == height; }));
        QVERIFY(std::is_sorted(out.begin(), out.end(),
                               [](const XYPoint& a, const XYPoint& b) { return a.x < b.x; }));
    }

    void respectsColumns_data() {
        QTest::addColumn<int>("columns");
        QTest::newRow("1") << 1;
        QTest::newRow("37") << 37;
        QTest::newRow("800") << 800;
    }
    void respectsColumns() {
        QFETCH(int, columns);
        std::mt19937 rng(7);
        std::normal_distribution<double> noise(0, 1);
        std::vector<double> x(100000), y(100000);
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = static_cast<double>(i) * 0.5;
            y[i] = noise(rng);
        }
        std::vector<XYPoint> out;
        decimateMinMax(x, y, 10000, 30000, columns, out);  // a window inside the data
        QVERIFY(out.size() <= std::size_t(4 * columns + 2));  // + one neighbour each side
        QVERIFY(out.size() >= std::size_t(2 * columns));
        // The extremes of the window survive.
        const auto lo = std::size_t(20000), hi = std::size_t(60000);
        const double ymax = *std::max_element(y.begin() + lo, y.begin() + hi + 1);
        const double ymin = *std::min_element(y.begin() + lo, y.begin() + hi + 1);
        QVERIFY(std::any_of(out.begin(), out.end(), [&](const XYPoint& p) { return p.y == ymax; }));
        QVERIFY(std::any_of(out.begin(), out.end(), [&](const XYPoint& p) { return p.y == ymin; }));
        QCOMPARE(out.front().x, 9999.5);   // neighbour left of the window
        QCOMPARE(out.back().x, 30000.5);   // neighbour right of the window
    }

    void gapsSplitTheLine() {
        const std::vector<double> x{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        const double gap = qQNaN();
        const std::vector<double> y{1, 5, 2, 3, 4, gap, gap, 9, 0, 8};
        std::vector<XYPoint> out;
        decimateMinMax(x, y, 0, 9, 1, out);
        // Before the gap first = min (x 0), max (x 1), last (x 4); one NaN for the gap; after it
        // first = max (x 7), min (x 8), last (x 9).
        QCOMPARE(out.size(), std::size_t{7});
        const double xs[] = {0, 1, 4, 5, 7, 8, 9};
        for (std::size_t k = 0; k < out.size(); ++k) QCOMPARE(out[k].x, xs[k]);
        QVERIFY(std::isnan(out[3].y));
        QCOMPARE(out[2].y, 4.0);
        QCOMPARE(out[4].y, 9.0);
    }

    void emptyAndDegenerate() {
        std::vector<XYPoint> out{{1, 1}};
        decimateMinMax({}, {}, 0, 1, 10, out);
        QVERIFY(out.empty());
        const std::vector<double> x{0, 1}, y{0, 1};
        decimateMinMax(x, y, 1, 1, 10, out);  // empty range
        QVERIFY(out.empty());
        decimateMinMax(x, y, 0, 1, 0, out);  // no columns
        QVERIFY(out.empty());
    }

    void bufferTrimsToWindow() {
        TimeSeriesBuffer b(10000);
        for (std::int64_t t = 0; t <= 20000; t += 1000) b.append(t, static_cast<double>(t) / 10);
        QCOMPARE(b.size(), std::size_t{11});  // 10000..20000
        QCOMPARE(b.timeAt(0), std::int64_t{10000});
        QCOMPARE(b.valueAt(10), 2000.0);
        QCOMPARE(b.times().size(), b.size());
        b.append(15000, 1);  // older than the newest: ignored
        QCOMPARE(b.outOfOrderCount(), std::uint64_t{1});
        QCOMPARE(b.size(), std::size_t{11});
    }

    void bufferCursor_data() {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<qint64>("index");
        QTest::newRow("on a sample") << qint64(15000) << qint64(5);
        QTest::newRow("between samples") << qint64(15500) << qint64(5);
        QTest::newRow("before the first") << qint64(5) << qint64(0);
        QTest::newRow("after the last") << qint64(1000000) << qint64(10);
    }
    void bufferCursor() {
        QFETCH(qint64, t);
        QFETCH(qint64, index);
        TimeSeriesBuffer b(10000);
        for (std::int64_t s = 0; s <= 20000; s += 1000) b.append(s, 0);
        QCOMPARE(qint64(b.indexAt(t)), index);
        QCOMPARE(TimeSeriesBuffer(1000).indexAt(0), TimeSeriesBuffer::npos);
    }

    void bufferBoundedBySamples() {
        TimeSeriesBuffer b(1'000'000'000, 5000);
        for (std::int64_t t = 0; t < 100000; ++t) b.append(t, static_cast<double>(t));
        QCOMPARE(b.size(), std::size_t{5000});
        QCOMPARE(b.timeAt(0), std::int64_t{95000});
        QCOMPARE(b.values().back(), 99999.0);
        QCOMPARE(b.indexAt(97000), std::size_t{2000});
    }
};

int runDecimatorTests(int argc, char** argv) {
    TestDecimator t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestDecimator.moc"
