#include "LiveTests.h"

#include "model/FlowAllocation.h"

#include <QtTest>

#include <random>

using namespace gridtwin;

namespace {

StepRecord balanced(double pv, double load, double aux, double bess) {
    StepRecord r;
    r.pv_kw = pv;
    r.load_kw = load;
    r.bess_aux_kw = aux;
    r.bess_kw = bess;
    r.grid_kw = load + aux - pv - bess;  // BRIEF section 4 balance
    return r;
}

void checkBalances(const StepRecord& r, const PowerFlows& f) {
    const double scale = 1e-9 * (1.0 + std::abs(r.pv_kw) + std::abs(r.load_kw) +
                                 std::abs(r.bess_kw) + std::abs(r.grid_kw));
    QVERIFY(std::abs(f.pv_to_load_kw + f.pv_to_bess_kw + f.pv_to_grid_kw - r.pv_kw) <= scale);
    QVERIFY(std::abs(f.pv_to_load_kw + f.bess_to_load_kw + f.grid_to_load_kw -
                     (r.load_kw + r.bess_aux_kw)) <= scale);
    QVERIFY(std::abs(f.bess_to_load_kw + f.bess_to_grid_kw - f.pv_to_bess_kw - f.grid_to_bess_kw -
                     r.bess_kw) <= scale);
    QVERIFY(std::abs(netGridKw(f) - r.grid_kw) <= scale);
}

} // namespace

class TestFlowAllocation : public QObject {
    Q_OBJECT
private slots:
    void handMadeStates_data() {
        QTest::addColumn<double>("pv");
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("aux");
        QTest::addColumn<double>("bess");
        // expected: pv>load, pv>bess, pv>grid, grid>load, grid>bess, bess>load, bess>grid
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("PV surplus charging")
            << 5000.0 << 3000.0 << 40.0 << -1500.0
            << QList<double>{3040, 1500, 460, 0, 0, 0, 0};
        QTest::newRow("peak-shaving discharge")
            << 1000.0 << 13000.0 << 60.0 << 1560.0
            << QList<double>{1000, 0, 0, 10500, 0, 1560, 0};
        QTest::newRow("grid charging at night")
            << 0.0 << 9000.0 << 50.0 << -2000.0 << QList<double>{0, 0, 0, 9050, 2000, 0, 0};
        QTest::newRow("export-capped curtailment")
            << 3000.0 << 960.0 << 40.0 << 0.0 << QList<double>{1000, 0, 2000, 0, 0, 0, 0};
        QTest::newRow("PV and battery both exporting")
            << 4000.0 << 2960.0 << 40.0 << 800.0 << QList<double>{3000, 0, 1000, 0, 0, 0, 800};
        QTest::newRow("charge beyond the PV surplus")
            << 2000.0 << 1500.0 << 0.0 << -1000.0 << QList<double>{1500, 500, 0, 0, 500, 0, 0};
        QTest::newRow("aux only, idle battery at night")
            << 0.0 << 0.0 << 40.0 << 0.0 << QList<double>{0, 0, 0, 40, 0, 0, 0};
    }
    void handMadeStates() {
        QFETCH(double, pv);
        QFETCH(double, load);
        QFETCH(double, aux);
        QFETCH(double, bess);
        QFETCH(QList<double>, expected);
        const StepRecord r = balanced(pv, load, aux, bess);
        const PowerFlows f = allocateFlows(r);
        const double got[] = {f.pv_to_load_kw,   f.pv_to_bess_kw,   f.pv_to_grid_kw,
                              f.grid_to_load_kw, f.grid_to_bess_kw, f.bess_to_load_kw,
                              f.bess_to_grid_kw};
        for (int k = 0; k < 7; ++k) QCOMPARE(got[k], expected[k]);
        checkBalances(r, f);
    }

    void gridTakesMeasurementResidual() {
        StepRecord r = balanced(1000, 3000, 0, 0);
        r.grid_kw += 7;  // a measured grid that does not close the balance
        const PowerFlows f = allocateFlows(r);
        QCOMPARE(f.grid_to_load_kw, 2000.0);
        QCOMPARE(netGridKw(f), 2000.0);
    }

    void randomStatesNeverInventFlows() {
        std::mt19937_64 rng(42);
        std::uniform_real_distribution<double> pv(0, 6000), load(0, 16000), aux(0, 100),
            bess(-10000, 10000), pick(0, 1);
        for (int i = 0; i < 20000; ++i) {
            StepRecord r = balanced(pick(rng) < 0.2 ? 0.0 : pv(rng), load(rng), aux(rng),
                                    pick(rng) < 0.2 ? 0.0 : bess(rng));
            const PowerFlows f = allocateFlows(r);
            for (double v : {f.pv_to_load_kw, f.pv_to_bess_kw, f.pv_to_grid_kw, f.grid_to_load_kw,
                             f.grid_to_bess_kw, f.bess_to_load_kw, f.bess_to_grid_kw})
                QVERIFY2(v >= 0, qPrintable(QString("negative flow at case %1").arg(i)));
            checkBalances(r, f);
            // Priority order: no grid charging while PV still exports, no export while the grid
            // serves load, no battery export while the grid serves load.
            if (f.grid_to_bess_kw > 0) QCOMPARE(f.pv_to_grid_kw, 0.0);
            if (f.pv_to_grid_kw > 0) QCOMPARE(f.grid_to_load_kw, 0.0);
            if (f.bess_to_grid_kw > 0) QCOMPARE(f.grid_to_load_kw, 0.0);
            if (r.bess_kw >= 0) QCOMPARE(f.pv_to_bess_kw + f.grid_to_bess_kw, 0.0);
            if (r.bess_kw <= 0) QCOMPARE(f.bess_to_load_kw + f.bess_to_grid_kw, 0.0);
        }
    }

    void animationThreshold_data() {
        QTest::addColumn<double>("flow");
        QTest::addColumn<double>("rating");
        QTest::addColumn<bool>("animated");
        QTest::newRow("1 % of 10 MW, at") << 100.0 << 10000.0 << false;
        QTest::newRow("1 % of 10 MW, above") << 100.5 << 10000.0 << true;
        QTest::newRow("5 kW floor, at") << 5.0 << 100.0 << false;
        QTest::newRow("5 kW floor, above") << 5.1 << 100.0 << true;
        QTest::newRow("zero") << 0.0 << 0.0 << false;
    }
    void animationThreshold() {
        QFETCH(double, flow);
        QFETCH(double, rating);
        QFETCH(bool, animated);
        QCOMPARE(isAnimated(flow, rating), animated);
    }
};

int runFlowAllocationTests(int argc, char** argv) {
    TestFlowAllocation t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestFlowAllocation.moc"
