// Capacity fade against DEG-1 (SAM calendar) and DEG-2 (BLAST-Lite LFP) of physics.md 3.2.
#include "sim/Degradation.h"

#include <QtTest>

#include <cmath>

using namespace gridtwin;

namespace {
constexpr double kT25 = 298.15;
}

class TestDegradation : public QObject {
    Q_OBJECT
private slots:
    void samCalendar_data() {
        QTest::addColumn<double>("temperature_k");
        QTest::addColumn<double>("soc");
        QTest::addColumn<double>("q365_pct");
        QTest::addColumn<double>("q3650_pct");
        QTest::newRow("296 K, 50 %") << 296.0 << 0.5 << 100.9437 << 98.6598;
        QTest::newRow("296 K, 100 %") << 296.0 << 1.0 << 96.9181 << 85.9295;
        QTest::newRow("25 C, 50 %") << kT25 << 0.5 << 100.7530 << 98.0565;
        QTest::newRow("35 C, 100 %") << 308.15 << 1.0 << 90.1593 << 64.5563;
    }
    void samCalendar() {
        QFETCH(double, temperature_k);
        QFETCH(double, soc);
        QFETCH(double, q365_pct);
        QFETCH(double, q3650_pct);
        SamCalendarFade year, decade;
        year.advance(365, temperature_k, soc);
        decade.advance(3650, temperature_k, soc);
        QVERIFY(std::abs(year.capacityPct() - q365_pct) < 5e-5);   // vectors carry 4 decimals
        QVERIFY(std::abs(decade.capacityPct() - q3650_pct) < 5e-5);
        // Daily steps of the incremental form track dq = k sqrt(t) to 0.1 % of dq (Euler overshoot).
        SamCalendarFade daily;
        for (int d = 0; d < 3650; ++d) daily.advance(1, temperature_k, soc);
        QVERIFY(std::abs((102 - daily.capacityPct()) / (102 - q3650_pct) - 1) < 1e-3);
        QVERIFY(daily.capacityPct() < q3650_pct);
    }

    void samRate() {
        SamCalendarFade f;
        QVERIFY(std::abs(f.rate(296, 0.5) / 5.528769e-4 - 1) < 1e-6);
        QVERIFY(std::abs(f.rate(296, 1.0) / 2.66e-3 - 1) < 1e-12);
    }

    void anodePotential_data() {
        QTest::addColumn<double>("soc");
        QTest::addColumn<double>("ua_v");
        QTest::newRow("0") << 0.0 << 0.684354;
        QTest::newRow("0.5") << 0.5 << 0.123304;
        QTest::newRow("1") << 1.0 << 0.086382;
    }
    void anodePotential() {
        QFETCH(double, soc);
        QFETCH(double, ua_v);
        QVERIFY(std::abs(blastAnodePotentialV(soc) - ua_v) < 5e-7);
    }

    void blastCalendar_data() {
        QTest::addColumn<double>("temperature_k");
        QTest::addColumn<double>("soc");
        QTest::addColumn<double>("loss365_pct");
        QTest::addColumn<double>("loss3650_pct");
        QTest::newRow("25 C, 50 %") << kT25 << 0.5 << 1.1016 << 3.6986;
        QTest::newRow("25 C, 100 %") << kT25 << 1.0 << 1.7120 << 5.7478;
        QTest::newRow("15 C, 50 %") << 288.15 << 0.5 << 0.5708 << 1.9164;
        QTest::newRow("35 C, 50 %") << 308.15 << 0.5 << 2.0374 << 6.8402;
    }
    void blastCalendar() {
        QFETCH(double, temperature_k);
        QFETCH(double, soc);
        QFETCH(double, loss365_pct);
        QFETCH(double, loss3650_pct);
        BlastLfpFade year, decade;
        year.advance(365, 0, temperature_k, soc, 0, 0);
        decade.advance(3650, 0, temperature_k, soc, 0, 0);
        QVERIFY(std::abs(year.calendarLoss() * 100 - loss365_pct) < 5e-5);
        QVERIFY(std::abs(decade.calendarLoss() * 100 - loss3650_pct) < 5e-5);
        QCOMPARE(year.cycleLoss(), 0.0);
    }

    void blastCycle_data() {
        QTest::addColumn<double>("temperature_k");
        QTest::addColumn<double>("loss365_pct");
        QTest::addColumn<double>("loss3650_pct");
        QTest::newRow("25 C") << kT25 << 2.8731 << 19.3352;
        QTest::newRow("15 C") << 288.15 << 3.7073 << 24.9491;
        QTest::newRow("35 C") << 308.15 << 2.2637 << 15.2344;
    }
    void blastCycle() {
        QFETCH(double, temperature_k);
        QFETCH(double, loss365_pct);
        QFETCH(double, loss3650_pct);
        // DoD 0.8, 0.5 C.
        BlastLfpFade a, b;
        a.advance(0, 365, temperature_k, 0.5, 0.8, 0.5);
        b.advance(0, 3650, temperature_k, 0.5, 0.8, 0.5);
        QVERIFY(std::abs(a.cycleLoss() * 100 - loss365_pct) < 5e-5);
        QVERIFY(std::abs(b.cycleLoss() * 100 - loss3650_pct) < 5e-5);
    }

    void blastRatesAndTotal() {
        BlastLfpFade f;
        QVERIFY(std::abs(f.calendarRate(kT25, 0.5) / 4.946233e-4 - 1) < 1e-6);
        QVERIFY(std::abs(f.cycleRate(kT25, 0.8, 0.5) / 2.171548e-4 - 1) < 1e-6);
        f.advance(365, 365, kT25, 0.5, 0.8, 0.5);
        QVERIFY(std::abs(f.capacityFraction() - (1 - 0.011016 - 0.028731)) < 1e-6);
    }

    void powerStateIsTheDerivative() {
        // From y0 = k x0^p a small dx must add k ((x0 + dx)^p - x0^p).
        const double k = 2e-4, p = 0.828, x0 = 100, dx = 1e-3;
        const double y0 = k * std::pow(x0, p);
        const double exact = k * (std::pow(x0 + dx, p) - std::pow(x0, p));
        QVERIFY(std::abs(powerStateIncrement(y0, k, p, dx) / exact - 1) < 1e-5);
        QCOMPARE(powerStateIncrement(0, k, p, 4.0), k * std::pow(4.0, p));
        QCOMPARE(powerStateIncrement(y0, k, p, 0.0), 0.0);
    }
};

int runTestDegradation(int argc, char** argv) {
    TestDegradation t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestDegradation.moc"
