// Battery energy-reservoir model: physics.md 3.1 (BAT-1), the PVWatts inverter vectors INV-1 of 1.8
// applied to the PCS, limits, derating, window and energy-bookkeeping invariants, bad configs.
#include "model/InputError.h"
#include "sim/Battery.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace gridtwin;

namespace {

// BAT-1 set-up: Q = 20 MWh, P = 10 MW, eta_rt = 0.90, PCS and aux ignored, start 50 %.
BessConfig bat1Config() {
    BessConfig c;
    c.capacity_kwh = 20000;
    c.power_kw = 10000;
    c.round_trip_efficiency = 0.90;
    c.pcs_eta_nom = 1.0;
    c.aux_fixed_kw = 0;
    c.aux_per_throughput = 0;
    c.self_discharge_pct_per_month = 0;
    c.soc_initial_pct = 50;
    return c;
}

bool near(double a, double b, double rel) {
    return std::abs(a - b) <= rel * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

constexpr double kSecondH = 1.0 / 3600.0;

} // namespace

class TestBattery : public QObject {
    Q_OBJECT
private slots:
    void bat1() {
        Battery b(bat1Config());
        const double eta = std::sqrt(0.9);
        QVERIFY(near(b.chargeEfficiency(), 0.9486832980505138, 1e-15));
        auto r = b.step(-5000, 1.0);
        QCOMPARE(r.ac_kw, -5000.0);
        QCOMPARE(r.aux_kw, 0.0);
        QVERIFY(near(b.energyKwh(), 10000 + 5000 * eta, 1e-9));
        QVERIFY(std::abs(b.energyKwh() - 14743.4165) < 1e-4);   // physics.md, 7 digits in MWh
        QVERIFY(std::abs(b.socPct() - 73.71708) < 1e-5);
        r = b.step(5000, 1.0);
        QCOMPARE(r.ac_kw, 5000.0);
        QVERIFY(near(b.energyKwh(), 10000 + 5000 * eta - 5000 / eta, 1e-9));
        QVERIFY(std::abs(b.energyKwh() - 9472.9537) < 1e-4);
        QVERIFY(std::abs(b.socPct() - 47.36477) < 1e-5);
        QCOMPARE(b.chargedAcKwh(), 5000.0);
        QCOMPARE(b.dischargedAcKwh(), 5000.0);
        QVERIFY(near(b.lossesKwh(), 10000 - b.energyKwh(), 1e-12));
    }

    void selfDischarge_data() {
        QTest::addColumn<double>("dt_h");
        QTest::addColumn<int>("steps");
        QTest::newRow("1 h") << 1.0 << 720;
        QTest::newRow("15 min") << 0.25 << 2880;
        QTest::newRow("1 min") << 1.0 / 60 << 43200;
        QTest::newRow("one 30-day step") << 720.0 << 1;
    }
    void selfDischarge() {
        QFETCH(double, dt_h);
        QFETCH(int, steps);
        BessConfig c = bat1Config();
        c.self_discharge_pct_per_month = 2.0;
        c.soc_initial_pct = 90;
        Battery b(c);
        QVERIFY(std::abs(b.hourlyRetention() - 0.99997194108) < 5e-12); // physics.md BAT-1
        for (int i = 0; i < steps; ++i) b.step(0, dt_h);
        // 2 % per 30-day month: 30 days at rest keep 98 %.
        QVERIFY(near(b.energyKwh(), 0.9 * 20000 * 0.98, 1e-9));
        QVERIFY(near(b.selfDischargeKwh(), 0.9 * 20000 * 0.02, 1e-9));
        QVERIFY(near(b.lossesKwh(), b.selfDischargeKwh(), 1e-12));
    }

    void selfDischargeStopsAtSocMin() {
        BessConfig c = bat1Config();
        c.self_discharge_pct_per_month = 3.0;
        c.soc_initial_pct = 5.0;
        Battery b(c);
        for (int i = 0; i < 100; ++i) b.step(0, 1.0);
        QCOMPARE(b.energyKwh(), b.minEnergyKwh());
        b.setSocPct(5.001);
        b.step(0, 24.0 * 30);
        QCOMPARE(b.energyKwh(), b.minEnergyKwh());
    }

    void pcsCurve_data() {
        QTest::addColumn<double>("eta_nom");
        QTest::addColumn<double>("power_kw");
        QTest::addColumn<double>("ac_kw");
        QTest::addColumn<double>("expected_eta");
        // pvlib inverter.pvwatts(pdc, pdc0 = 100, eta_nom = 0.95), vectors INV-1. Discharging, the
        // DC side is the inverter input: power_kw = pac0 = 95, pdc0 = 100, AC out / DC in.
        QTest::newRow("discharge 90 % dc") << 0.95 << 95.0 << 85.58556604752516
                                           << 85.58556604752516 / 90;
        QTest::newRow("discharge 50 % dc") << 0.95 << 95.0 << 47.60843624 << 47.60843624 / 50;
        QTest::newRow("discharge rated") << 0.95 << 95.0 << 95.0 << 0.95;
        // Charging, the AC side is the input: power_kw = 100 is pdc0 of the same curve.
        QTest::newRow("charge 90 %") << 0.95 << 100.0 << -90.0 << 85.58556604752516 / 90;
        QTest::newRow("charge 50 %") << 0.95 << 100.0 << -50.0 << 47.60843624 / 50;
        QTest::newRow("charge rated") << 0.95 << 100.0 << -100.0 << 0.95;
        // pvwatts(0.001, 1) = 0: below the tare nothing comes out.
        QTest::newRow("charge under tare") << 0.96 << 1.0 << -0.001 << 0.0;
        QTest::newRow("lossless discharge") << 1.0 << 100.0 << 3.0 << 1.0;
        QTest::newRow("lossless charge") << 1.0 << 100.0 << -77.0 << 1.0;
    }
    void pcsCurve() {
        QFETCH(double, eta_nom);
        QFETCH(double, power_kw);
        QFETCH(double, ac_kw);
        QFETCH(double, expected_eta);
        BessConfig c = bat1Config();
        c.pcs_eta_nom = eta_nom;
        c.power_kw = power_kw;
        Battery b(c);
        const double eta = b.pcsEfficiency(ac_kw);
        QVERIFY2(near(eta, expected_eta, 1e-9), qPrintable(QString::number(eta, 'g', 17)));
    }

    void pcsCurveInverse_data() {
        QTest::addColumn<double>("eta_nom");
        QTest::newRow("0.98") << 0.98;
        QTest::newRow("0.95") << 0.95;
        QTest::newRow("lossless") << 1.0;
    }
    void pcsCurveInverse() {
        QFETCH(double, eta_nom);
        const PcsCurve curve = eta_nom < 1 ? PcsCurve::pvwatts(eta_nom, 1000) : PcsCurve::lossless();
        QCOMPARE(curve.input(0.0), 0.0);
        QVERIFY(near(curve.output(1000), eta_nom * 1000, 1e-12)); // eta(zeta = 1) = eta_nom
        for (double in = 10; in <= 1000; in += 10) {
            const double out = curve.output(in);
            QVERIFY(out < in || eta_nom >= 1);
            QVERIFY(near(curve.input(out), in, 1e-12));
        }
    }

    void ratedStepWithPcs() {
        // At rated power the PVWatts form gives exactly eta_nom, so one hour moves
        // P eta_nom eta_c into the battery, or P / (eta_nom eta_d) out of it.
        BessConfig c = bat1Config();
        c.capacity_kwh = 40000;
        c.pcs_eta_nom = 0.98;
        Battery b(c);
        b.step(-10000, 1.0);
        QVERIFY(near(b.energyKwh(), 20000 + 10000 * 0.98 * std::sqrt(0.9), 1e-12));
        b.setSocPct(50);
        b.step(10000, 1.0);
        QVERIFY(near(b.energyKwh(), 20000 - 10000 / (0.98 * std::sqrt(0.9)), 1e-12));
    }

    void powerLimits_data() {
        QTest::addColumn<double>("capacity_kwh");
        QTest::addColumn<double>("power_kw");
        QTest::addColumn<double>("c_rate");
        QTest::addColumn<double>("expected_kw");
        QTest::newRow("reference: PCS = 0.5 C") << 20000.0 << 10000.0 << 0.5 << 10000.0;
        QTest::newRow("C-rate binds") << 20000.0 << 10000.0 << 0.25 << 5000.0;
        QTest::newRow("PCS binds") << 20000.0 << 4000.0 << 1.0 << 4000.0;
        QTest::newRow("2 C small") << 100.0 << 500.0 << 2.0 << 200.0;
    }
    void powerLimits() {
        QFETCH(double, capacity_kwh);
        QFETCH(double, power_kw);
        QFETCH(double, c_rate);
        QFETCH(double, expected_kw);
        BessConfig c = bat1Config();
        c.capacity_kwh = capacity_kwh;
        c.power_kw = power_kw;
        c.max_c_rate = c_rate;
        Battery b(c);
        const auto l = b.limits(kSecondH);
        QCOMPARE(l.max_discharge_kw, expected_kw);
        QCOMPARE(l.max_charge_kw, expected_kw);
        QCOMPARE(l.discharge_limit, Reason::PowerLimit);
        QCOMPARE(l.charge_limit, Reason::PowerLimit);
        QCOMPARE(b.step(10 * expected_kw, kSecondH).ac_kw, expected_kw);
        QCOMPARE(b.step(-10 * expected_kw, kSecondH).ac_kw, -expected_kw);
        QCOMPARE(b.step(0.5 * expected_kw, kSecondH).ac_kw, 0.5 * expected_kw);
    }

    void derating_data() {
        QTest::addColumn<double>("soc_pct");
        QTest::addColumn<double>("dis_fraction");
        QTest::addColumn<double>("chg_fraction");
        // Window 5..95 %, band 5 %: linear to 0 at each end.
        QTest::newRow("at soc_min") << 5.0 << 0.0 << 1.0;
        QTest::newRow("in low band") << 6.0 << 0.2 << 1.0;
        QTest::newRow("mid low band") << 7.5 << 0.5 << 1.0;
        QTest::newRow("band edge low") << 10.0 << 1.0 << 1.0;
        QTest::newRow("middle") << 50.0 << 1.0 << 1.0;
        QTest::newRow("band edge high") << 90.0 << 1.0 << 1.0;
        QTest::newRow("mid high band") << 92.5 << 1.0 << 0.5;
        QTest::newRow("in high band") << 94.0 << 1.0 << 0.2;
        QTest::newRow("at soc_max") << 95.0 << 1.0 << 0.0;
        QTest::newRow("below window (resync)") << 2.0 << 0.0 << 1.0;
        QTest::newRow("above window (resync)") << 98.0 << 1.0 << 0.0;
    }
    void derating() {
        QFETCH(double, soc_pct);
        QFETCH(double, dis_fraction);
        QFETCH(double, chg_fraction);
        Battery b(bat1Config());
        b.setSocPct(soc_pct);
        const auto l = b.limits(kSecondH);
        QVERIFY(near(l.max_discharge_kw, 10000 * dis_fraction, 1e-9));
        QVERIFY(near(l.max_charge_kw, 10000 * chg_fraction, 1e-9));
        QCOMPARE(l.discharge_limit, dis_fraction < 1 ? Reason::SocLimit : Reason::PowerLimit);
        QCOMPARE(l.charge_limit, chg_fraction < 1 ? Reason::SocLimit : Reason::PowerLimit);
    }

    void energyLimitsTheStep() {
        // No band, 1 h steps: 15 % of 20 MWh above soc_min gives at most 3000 eta_d kW of AC.
        BessConfig c = bat1Config();
        c.derate_band_pct = 0;
        c.soc_initial_pct = 20;
        Battery b(c);
        auto l = b.limits(1.0);
        QVERIFY(near(l.max_discharge_kw, 3000 * std::sqrt(0.9), 1e-12));
        QCOMPARE(l.discharge_limit, Reason::SocLimit);
        QCOMPARE(l.charge_limit, Reason::PowerLimit);
        const auto r = b.step(1e9, 1.0);
        QVERIFY(near(r.ac_kw, 3000 * std::sqrt(0.9), 1e-12));
        QCOMPARE(b.energyKwh(), b.minEnergyKwh());
        QCOMPARE(b.limits(1.0).max_discharge_kw, 0.0);
        // From 90 %: 5 % room takes 1000 / eta_c kW of AC in one hour.
        b.setSocPct(90);
        l = b.limits(1.0);
        QVERIFY(near(l.max_charge_kw, 1000 / std::sqrt(0.9), 1e-12));
        QCOMPARE(l.charge_limit, Reason::SocLimit);
        b.step(-1e9, 1.0);
        QCOMPARE(b.energyKwh(), b.maxEnergyKwh());
    }

    void auxLoad() {
        Battery b(BessConfig{}); // reference site: 40 kW + 0.5 % of |P|
        QCOMPARE(b.step(0, kSecondH).aux_kw, 40.0);
        QVERIFY(near(b.step(8000, kSecondH).aux_kw, 80.0, 1e-12));
        QVERIFY(near(b.step(-2000, kSecondH).aux_kw, 50.0, 1e-12));
        QCOMPARE(b.step(std::numeric_limits<double>::quiet_NaN(), kSecondH).ac_kw, 0.0);
        QCOMPARE(b.step(100, 0.0).ac_kw, 0.0);
    }

    void windowHoldsOverRandomSteps() {
        Battery b(BessConfig{}); // reference site with the PCS curve and self-discharge
        std::mt19937_64 rng(20240601);
        std::uniform_real_distribution<double> request(-15000, 15000);
        const double dts[] = {kSecondH, 1.0 / 60, 0.25, 1.0};
        std::uniform_int_distribution<int> pick(0, 3);
        const double e_start = b.energyKwh();
        for (int i = 0; i < 10000; ++i) {
            const double dt = dts[pick(rng)];
            const auto l = b.limits(dt);
            const auto r = b.step(request(rng), dt);
            QVERIFY(r.ac_kw <= l.max_discharge_kw && -r.ac_kw <= l.max_charge_kw);
            QVERIFY(near(r.aux_kw, 40 + 0.005 * std::abs(r.ac_kw), 1e-12));
            QVERIFY2(b.energyKwh() >= b.minEnergyKwh() && b.energyKwh() <= b.maxEnergyKwh(),
                     qPrintable(QString("step %1: E = %2").arg(i).arg(b.energyKwh(), 0, 'g', 17)));
        }
        // First law: what went in minus what came out minus losses stays in the battery.
        QVERIFY(b.lossesKwh() > b.selfDischargeKwh());
        QVERIFY(near(b.energyKwh() - e_start,
                     b.chargedAcKwh() - b.dischargedAcKwh() - b.lossesKwh(), 1e-9));
    }

    void energyBookkeeping() {
        // Lossless PCS and soc_min 0 (so the self-discharge floor never binds): the change of E
        // must equal charged eta_c - discharged / eta_d - self-discharge, all summed here.
        BessConfig c = bat1Config();
        c.self_discharge_pct_per_month = 2.0;
        c.soc_min_pct = 0;
        Battery b(c);
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> request(-12000, 12000);
        const double dts[] = {kSecondH, 0.25, 1.0, 3.0};
        std::uniform_int_distribution<int> pick(0, 3);
        const double eta = std::sqrt(0.9);
        double charged = 0, discharged = 0, self_discharge = 0;
        const double e_start = b.energyKwh();
        for (int i = 0; i < 10000; ++i) {
            const double dt = dts[pick(rng)];
            const double ac = b.step(request(rng), dt).ac_kw;
            if (ac > 0) discharged += ac * dt;
            else charged -= ac * dt;
            // E_after = E_mid * (1 - 0.02)^(dt / 720), so the rest loss was E_after (1/ret - 1).
            const double retention = std::pow(0.98, dt / 720.0);
            self_discharge += b.energyKwh() * (1.0 / retention - 1.0);
        }
        QVERIFY(near(charged, b.chargedAcKwh(), 1e-12));
        QVERIFY(near(discharged, b.dischargedAcKwh(), 1e-12));
        QVERIFY(near(self_discharge, b.selfDischargeKwh(), 1e-9));
        QVERIFY(charged > 1e5 && discharged > 1e5 && self_discharge > 1.0);
        QVERIFY(std::abs((b.energyKwh() - e_start) -
                         (charged * eta - discharged / eta - self_discharge)) < 1e-6);
    }

    void badConfig_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("where");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("capacity 0") << "capacity_kwh" << 0.0 << "$.bess.capacity_kwh";
        QTest::newRow("capacity NaN") << "capacity_kwh" << nan << "$.bess.capacity_kwh";
        QTest::newRow("power negative") << "power_kw" << -1.0 << "$.bess.power_kw";
        QTest::newRow("c-rate 0") << "max_c_rate" << 0.0 << "$.bess.max_c_rate";
        QTest::newRow("rte 0") << "round_trip_efficiency" << 0.0 << "$.bess.round_trip_efficiency";
        QTest::newRow("rte > 1") << "round_trip_efficiency" << 1.1 << "$.bess.round_trip_efficiency";
        QTest::newRow("pcs 0") << "pcs_eta_nom" << 0.0 << "$.bess.pcs_eta_nom";
        QTest::newRow("pcs > 1") << "pcs_eta_nom" << 1.5 << "$.bess.pcs_eta_nom";
        QTest::newRow("soc_min < 0") << "soc_min_pct" << -1.0 << "$.bess.soc_min_pct";
        QTest::newRow("soc_max > 100") << "soc_max_pct" << 100.5 << "$.bess.soc_max_pct";
        QTest::newRow("soc_max <= soc_min") << "soc_max_pct" << 5.0 << "$.bess.soc_max_pct";
        QTest::newRow("initial outside") << "soc_initial_pct" << 99.0 << "$.bess.soc_initial_pct";
        QTest::newRow("band negative") << "derate_band_pct" << -1.0 << "$.bess.derate_band_pct";
        QTest::newRow("band too wide") << "derate_band_pct" << 91.0 << "$.bess.derate_band_pct";
        QTest::newRow("aux negative") << "aux_fixed_kw" << -0.1 << "$.bess.aux_fixed_kw";
        QTest::newRow("aux share 1") << "aux_per_throughput" << 1.0 << "$.bess.aux_per_throughput";
        QTest::newRow("self-discharge 100") << "self_discharge_pct_per_month" << 100.0
                                            << "$.bess.self_discharge_pct_per_month";
    }
    void badConfig() {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, where);
        BessConfig c;
        const std::string f = field.toStdString();
        double* slot = f == "capacity_kwh"                   ? &c.capacity_kwh
                       : f == "power_kw"                     ? &c.power_kw
                       : f == "max_c_rate"                   ? &c.max_c_rate
                       : f == "round_trip_efficiency"        ? &c.round_trip_efficiency
                       : f == "pcs_eta_nom"                  ? &c.pcs_eta_nom
                       : f == "soc_min_pct"                  ? &c.soc_min_pct
                       : f == "soc_max_pct"                  ? &c.soc_max_pct
                       : f == "soc_initial_pct"              ? &c.soc_initial_pct
                       : f == "derate_band_pct"              ? &c.derate_band_pct
                       : f == "aux_fixed_kw"                 ? &c.aux_fixed_kw
                       : f == "aux_per_throughput"           ? &c.aux_per_throughput
                       : f == "self_discharge_pct_per_month" ? &c.self_discharge_pct_per_month
                                                             : nullptr;
        QVERIFY(slot != nullptr);
        *slot = value;
        try {
            Battery b(c, "site.json");
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.where()), where);
            QCOMPARE(QString::fromStdString(e.file()), QString("site.json"));
            QVERIFY(!e.expected().empty());
            QVERIFY(QString(e.what()).startsWith("site.json: " + where + ": expected "));
            if (value == value) QCOMPARE(std::stod(e.found()), value);
        }
    }

    void badSocResync() {
        Battery b(BessConfig{});
        QVERIFY_THROWS_EXCEPTION(InputError, b.setSocPct(100.5));
        QVERIFY_THROWS_EXCEPTION(InputError, b.setSocPct(std::numeric_limits<double>::quiet_NaN()));
        QCOMPARE(b.socPct(), 50.0);
    }
};

int runTestBattery(int argc, char** argv) {
    TestBattery t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestBattery.moc"
