// Controllers against hand-computed vectors (physics.md 5.1 DISP-1) and their composition rules.
#include "control/PeakShavingController.h"
#include "control/SelfConsumptionController.h"
#include "sim/Battery.h"

#include <QtTest>

#include <cmath>

using namespace gridtwin;

class TestControllers : public QObject {
    Q_OBJECT
private slots:
    // DISP-1: Q = 20 MWh, P = 10 MW, eta_c = eta_d = sqrt(0.9), window 10-90 %, start 10 MWh,
    // dt = 1 h, threshold 10 MW (shave above, recharge below).
    void disp1ThresholdDispatch() {
        BessConfig b;
        b.capacity_kwh = 20000;
        b.power_kw = 10000;
        b.max_c_rate = 0.5;
        b.round_trip_efficiency = 0.9;
        b.pcs_eta_nom = 1.0; // lossless PCS
        b.soc_min_pct = 10;
        b.soc_max_pct = 90;
        b.soc_initial_pct = 50;
        b.derate_band_pct = 0;
        b.aux_fixed_kw = 0;
        b.aux_per_throughput = 0;
        b.self_discharge_pct_per_month = 0;
        Battery battery(b);
        ControllerConfig c;
        c.kind = ControllerKind::PeakShaving;
        c.peak_threshold_kw = 10000;
        c.recharge_below_kw = 10000;
        c.month_peak_floor = false;
        PeakShavingController ctl(c);

        const double load[] = {10000, 12000, 15000, 14000, 9000, 8000};
        const double pv[] = {0, 2000, 4000, 1000, 0, 0};
        const double bess_expected[] = {0, 0, 1000, 3000, -1000, -2000};
        const double energy_expected_mwh[] = {10.0000, 10.0000, 8.9459, 5.7836, 6.7323, 8.6297};
        const Reason reason_expected[] = {Reason::Idle, Reason::Idle, Reason::PeakShave,
                                          Reason::PeakShave, Reason::Recharge, Reason::Recharge};
        for (int i = 0; i < 6; ++i) {
            ControlInput in;
            in.dt_h = 1.0;
            in.grid_without_bess_kw = load[i] - pv[i];
            in.soc_pct = battery.socPct();
            BessRequest req;
            ctl.apply(in, req);
            const auto res = battery.step(req.target_kw, 1.0);
            QVERIFY2(std::fabs(res.ac_kw - bess_expected[i]) < 1e-9, qPrintable(QString::number(i)));
            QCOMPARE(req.reason, reason_expected[i]);
            const double grid_kw = load[i] - pv[i] - res.ac_kw;
            QVERIFY(std::fabs(grid_kw - 10000) < 1e-9);
            // The vector is printed to 4 decimals of MWh.
            QVERIFY2(std::fabs(battery.energyKwh() / 1000 - energy_expected_mwh[i]) < 5e-5,
                     qPrintable(QString("step %1: %2 MWh").arg(i).arg(battery.energyKwh() / 1000, 0, 'f', 6)));
        }
        QVERIFY(std::fabs(battery.socPct() - 43.148) < 5e-4);
    }

    void monthPeakFloorRaisesThreshold() {
        ControllerConfig c;
        c.peak_threshold_kw = 10000;
        c.recharge_below_kw = 8000;
        c.month_peak_floor = true;
        PeakShavingController ctl(c);
        ControlInput in;
        in.grid_without_bess_kw = 12500;
        in.period_peak_kw = 11000; // the month already has an 11 MW billing peak
        BessRequest req;
        ctl.apply(in, req);
        QCOMPARE(req.target_kw, 1500.0);
        QCOMPARE(req.reason, Reason::MonthPeakFloor);
        c.month_peak_floor = false;
        PeakShavingController plain(c);
        BessRequest req2;
        plain.apply(in, req2);
        QCOMPARE(req2.target_kw, 2500.0);
        QCOMPARE(req2.reason, Reason::PeakShave);
    }

    // A billing interval that started low may import above the threshold for the rest of it:
    // allowed = (threshold - f * mean_so_far) / (1 - f).
    void billingIntervalAwareness() {
        ControllerConfig c;
        c.peak_threshold_kw = 10000;
        c.recharge_below_kw = 5000;
        c.month_peak_floor = false;
        PeakShavingController ctl(c);
        ControlInput in;
        in.grid_without_bess_kw = 13000;
        // Half of a 15-min interval gone at 8000 kW: allowed = (10000 - 4000) / 0.5 = 12000.
        in.interval = {450'000, 450'000, 8000.0 * 450'000};
        QCOMPARE(in.interval.elapsedFraction(), 0.5);
        QCOMPARE(in.interval.meanKw(), 8000.0);
        BessRequest req;
        ctl.apply(in, req);
        QCOMPARE(req.target_kw, 1000.0);
        // The interval mean lands exactly on the threshold: 0.5 * 8000 + 0.5 * 12000 = 10000.
        QCOMPARE(0.5 * 8000 + 0.5 * (in.grid_without_bess_kw - req.target_kw), 10000.0);
    }

    void bandBetweenRechargeAndThresholdIsIdle() {
        ControllerConfig c;
        c.peak_threshold_kw = 10000;
        c.recharge_below_kw = 8000;
        PeakShavingController ctl(c);
        for (double g : {8000.0, 9000.0, 10000.0}) {
            ControlInput in;
            in.grid_without_bess_kw = g;
            BessRequest req;
            ctl.apply(in, req);
            QCOMPARE(req.target_kw, 0.0);
            QCOMPARE(req.reason, Reason::Idle);
        }
    }

    void selfConsumptionKeepsReserve() {
        ControllerConfig c;
        c.kind = ControllerKind::SelfConsumption;
        c.grid_target_kw = 0;
        c.soc_reserve_pct = 20;
        SelfConsumptionController ctl(c);
        ControlInput in;
        in.grid_without_bess_kw = 3000;
        in.soc_pct = 50;
        BessRequest req;
        ctl.apply(in, req);
        QCOMPARE(req.target_kw, 3000.0);
        QCOMPARE(req.reason, Reason::SelfConsumption);
        in.soc_pct = 19.9;
        BessRequest req2;
        ctl.apply(in, req2);
        QCOMPARE(req2.target_kw, 0.0);
        QCOMPARE(req2.reason, Reason::SocReserve);
        in.grid_without_bess_kw = -2000; // PV surplus: charging is allowed below the reserve
        BessRequest req3;
        ctl.apply(in, req3);
        QCOMPARE(req3.target_kw, -2000.0);
    }

    void requestBoundsCompose() {
        BessRequest req;
        req.limitDischarge(500, Reason::ExportCap);
        req.propose(2000, Reason::PeakShave);
        QCOMPARE(req.target_kw, 500.0); // earlier bounds hold against later proposals
        req.limitCharge(100, Reason::ImportCap);
        req.propose(-1000, Reason::Recharge);
        QCOMPARE(req.target_kw, -100.0);
        req.limitDischarge(50, Reason::SocLimit);
        QCOMPARE(req.max_kw, 50.0);
    }

    void factoryBuildsEachKind() {
        ControllerConfig c;
        c.kind = ControllerKind::None;
        QCOMPARE(QString(makeController(c)->name()), QString("none"));
        c.kind = ControllerKind::PeakShaving;
        QCOMPARE(QString(makeController(c)->name()), QString("peak-shaving"));
        c.kind = ControllerKind::SelfConsumption;
        QCOMPARE(QString(makeController(c)->name()), QString("self-consumption"));
    }
};

QTEST_APPLESS_MAIN(TestControllers)
#include "TestControllers.moc"
