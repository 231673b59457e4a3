// Rainflow counting (ASTM E1049-85) against RF-1..RF-4 of physics.md 3.2 (c); batch and streaming
// must agree cycle by cycle, and EFC follows sum |dSoC| / 2.
#include "model/InputError.h"
#include "sim/Rainflow.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace gridtwin;

using Series = std::vector<double>;
using Bins = std::vector<std::pair<double, double>>; // (range, count)
Q_DECLARE_METATYPE(Series)
Q_DECLARE_METATYPE(Bins)
Q_DECLARE_METATYPE(gridtwin::RainflowEnds)

namespace {

std::vector<RainflowCycle> streamed(const Series& s, RainflowEnds ends) {
    RainflowCounter counter(ends);
    for (double v : s) counter.add(v);
    return counter.finish();
}

bool sameCycles(const std::vector<RainflowCycle>& a, const std::vector<RainflowCycle>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].range != b[i].range || a[i].mean != b[i].mean || a[i].count != b[i].count ||
            a[i].start_index != b[i].start_index)
            return false;
    return true;
}

} // namespace

class TestRainflow : public QObject {
    Q_OBJECT
private slots:
    void vectors_data() {
        QTest::addColumn<Series>("series");
        QTest::addColumn<RainflowEnds>("ends");
        QTest::addColumn<Bins>("bins");
        const Bins rf1{{3, 0.5}, {4, 1.5}, {6, 0.5}, {8, 1.0}, {9, 0.5}};
        const Series astm{-2, 1, -3, 5, -1, 3, -4, 4, -2};
        const Series padded{0, -2, 1, -3, 5, -1, 3, -4, 4, -2, 0};
        QTest::newRow("RF-1 turning points") << astm << RainflowEnds::Reversals << rf1;
        QTest::newRow("RF-1 padded, ends ignored") << padded << RainflowEnds::Ignored << rf1;
        QTest::newRow("RF-1 padded, ends counted")
            << padded << RainflowEnds::Reversals
            << Bins{{2, 1.0}, {3, 0.5}, {4, 1.5}, {6, 0.5}, {8, 1.0}, {9, 0.5}};
        QTest::newRow("RF-2 SoC %") << Series{50, 90, 60, 80, 20, 90, 50} << RainflowEnds::Reversals
                                    << Bins{{20, 1.0}, {40, 1.0}, {70, 1.0}};
        QTest::newRow("RF-2 with plateaus and ramps")
            << Series{50, 50, 70, 90, 90, 60, 80, 80, 50, 20, 90, 90, 50}
            << RainflowEnds::Reversals << Bins{{20, 1.0}, {40, 1.0}, {70, 1.0}};
        QTest::newRow("RF-3 %") << Series{50, 90, 20, 80, 30, 60, 50} << RainflowEnds::Reversals
                                << Bins{{10, 0.5}, {30, 0.5}, {40, 0.5}, {50, 0.5}, {60, 0.5},
                                        {70, 0.5}};
        QTest::newRow("RF-4") << Series{0.2, 0.9, 0.2, 0.9, 0.2, 0.9, 0.2}
                              << RainflowEnds::Reversals << Bins{{0.9 - 0.2, 3.0}};
        QTest::newRow("flat") << Series{3, 3, 3} << RainflowEnds::Reversals << Bins{};
        QTest::newRow("one ramp") << Series{1, 2, 4} << RainflowEnds::Reversals << Bins{{3, 0.5}};
        QTest::newRow("one ramp, ends ignored")
            << Series{1, 2, 4} << RainflowEnds::Ignored << Bins{};
        QTest::newRow("empty") << Series{} << RainflowEnds::Reversals << Bins{};
    }
    void vectors() {
        QFETCH(Series, series);
        QFETCH(RainflowEnds, ends);
        QFETCH(Bins, bins);
        const auto cycles = rainflowCycles(series, ends);
        const auto got = aggregateCycles(cycles);
        QCOMPARE(got.size(), bins.size());
        double total = 0;
        for (std::size_t i = 0; i < bins.size(); ++i) {
            QCOMPARE(got[i].range, bins[i].first);
            QCOMPARE(got[i].count, bins[i].second);
            total += bins[i].second;
        }
        QCOMPARE(totalCycles(cycles), total);
        QVERIFY(sameCycles(cycles, streamed(series, ends)));
    }

    void rf1Order() {
        // physics.md RF-1: order of detection and the package's means (padded, ends counted).
        const Series astm{-2, 1, -3, 5, -1, 3, -4, 4, -2};
        const auto c = rainflowCycles(astm);
        const double ranges[] = {3, 4, 4, 8, 9, 8, 6};
        const double counts[] = {0.5, 0.5, 1.0, 0.5, 0.5, 0.5, 0.5};
        const double starts[] = {0, 1, 4, 2, 3, 6, 7};
        QCOMPARE(c.size(), std::size_t{7});
        for (std::size_t i = 0; i < c.size(); ++i) {
            QCOMPARE(c[i].range, ranges[i]);
            QCOMPARE(c[i].count, counts[i]);
            QCOMPARE(c[i].start_index, starts[i]);
        }
        const Series padded{0, -2, 1, -3, 5, -1, 3, -4, 4, -2, 0};
        const auto p = rainflowCycles(padded);
        const double pcounts[] = {0.5, 0.5, 0.5, 1.0, 0.5, 0.5, 0.5, 0.5, 0.5};
        const double means[] = {-1, -0.5, -1, 1, 1, 0.5, 0, 1, -1};
        QCOMPARE(p.size(), std::size_t{9});
        for (std::size_t i = 0; i < p.size(); ++i) {
            QCOMPARE(p[i].count, pcounts[i]);
            QCOMPARE(p[i].mean, means[i]);
        }
    }

    void equalRangesCloseACycle() {
        // ASTM E1049 waits only while X < Y: X == Y closes the cycle at once.
        const auto c = rainflowCycles(Series{0, 4, 1, 4, 0});
        QCOMPARE(c.size(), std::size_t{3});
        QCOMPARE(c[0].range, 3.0);
        QCOMPARE(c[0].count, 1.0);
        QCOMPARE(c[0].start_index, 1.0);
        QCOMPARE(c[1].range, 4.0);
        QCOMPARE(c[1].count, 0.5);
        QCOMPARE(c[2].start_index, 3.0);
    }

    void rf3Halves() {
        // RF-3 in fractions: only half cycles, in this order.
        const Series s{0.5, 0.9, 0.2, 0.8, 0.3, 0.6, 0.5};
        const auto c = rainflowCycles(s);
        const double ranges[] = {0.4, 0.7, 0.6, 0.5, 0.3, 0.1};
        QCOMPARE(c.size(), std::size_t{6});
        for (std::size_t i = 0; i < c.size(); ++i) {
            QVERIFY(std::abs(c[i].range - ranges[i]) < 1e-12);
            QCOMPARE(c[i].count, 0.5);
        }
    }

    void efc_data() {
        QTest::addColumn<Series>("soc");
        QTest::addColumn<double>("efc");
        QTest::newRow("RF-2") << Series{0.5, 0.9, 0.6, 0.8, 0.2, 0.9, 0.5} << 1.30;
        QTest::newRow("RF-4") << Series{0.2, 0.9, 0.2, 0.9, 0.2, 0.9, 0.2} << 2.1;
        QTest::newRow("full cycle") << Series{0.0, 0.5, 1.0, 0.5, 0.0} << 1.0;
        QTest::newRow("flat") << Series{0.4, 0.4} << 0.0;
    }
    void efc() {
        QFETCH(Series, soc);
        QFETCH(double, efc);
        QVERIFY(std::abs(equivalentFullCycles(soc) - efc) < 1e-12);
        RainflowCounter counter;
        for (double v : soc) counter.add(v);
        QVERIFY(std::abs(counter.equivalentFullCycles() - efc) < 1e-12);
        // Each rainflow range is swept twice per cycle, so sum(count * range) = EFC.
        double swept = 0;
        for (const auto& c : counter.finish()) swept += c.count * c.range;
        QVERIFY(std::abs(swept - efc) < 1e-12);
    }

    void streamingMatchesBatch_data() {
        QTest::addColumn<RainflowEnds>("ends");
        QTest::newRow("ends counted") << RainflowEnds::Reversals;
        QTest::newRow("ends ignored") << RainflowEnds::Ignored;
    }
    void streamingMatchesBatch() {
        QFETCH(RainflowEnds, ends);
        // A bounded random walk of SoC rounded to 0.1 % (so plateaus occur), 200 000 samples.
        std::mt19937_64 rng(42);
        std::normal_distribution<double> step(0.0, 0.4);
        Series s;
        double soc = 50;
        for (int i = 0; i < 200000; ++i) {
            soc = std::clamp(soc + step(rng), 5.0, 95.0);
            s.push_back(std::round(soc * 10) / 10);
        }
        const auto batch = rainflowCycles(s, ends);
        QVERIFY(batch.size() > 10000);
        QVERIFY(sameCycles(batch, streamed(s, ends)));

        // With a sink nothing closed is kept: the stack holds only the residue.
        std::vector<RainflowCycle> sunk;
        RainflowCounter counter([&sunk](const RainflowCycle& c) { sunk.push_back(c); }, ends);
        std::size_t max_residue = 0;
        for (double v : s) {
            counter.add(v);
            max_residue = std::max(max_residue, counter.residueSize());
        }
        QVERIFY(max_residue < 200);
        const auto residue = counter.finish();
        QVERIFY(residue.size() <= max_residue + 1);
        sunk.insert(sunk.end(), residue.begin(), residue.end());
        QVERIFY(sameCycles(batch, sunk));
        QCOMPARE(counter.sampleCount(), s.size());
        if (ends == RainflowEnds::Reversals) {
            double swept = 0;
            for (const auto& c : batch) swept += c.count * c.range;
            QVERIFY(std::abs(swept - equivalentFullCycles(s)) < 1e-6 * swept);
        }
    }

    void binning() {
        const Series astm{-2, 1, -3, 5, -1, 3, -4, 4, -2};
        const auto c = rainflowCycles(astm);
        const auto bins = aggregateCycles(c, 5.0); // upper edges: 3, 4 -> 5; 6, 8, 9 -> 10
        QCOMPARE(bins.size(), std::size_t{2});
        QCOMPARE(bins[0].range, 5.0);
        QCOMPARE(bins[0].count, 2.0);
        QCOMPARE(bins[1].range, 10.0);
        QCOMPARE(bins[1].count, 2.0);
        QVERIFY_THROWS_EXCEPTION(InputError, aggregateCycles(c, -1.0));
    }
};

int runTestRainflow(int argc, char** argv) {
    TestRainflow t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestRainflow.moc"
