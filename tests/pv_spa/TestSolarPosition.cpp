// NREL SPA against the published vectors of reference/physics.md section 1.1 (SPA-1..SPA-5 and the
// CAMS McClear cross-check), plus bad-input checks.
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/pv/SolarPosition.h"

#include <QtTest>
#include <cmath>
#include <map>

using namespace gridtwin;
using namespace gridtwin::pv;

namespace {

// Golden, CO (NREL SRRL), the SPA-1..SPA-3 site and settings.
SolarPositionInput goldenInput(int year, int month, int day) {
    SolarPositionInput in;
    // 12:30:30 MST (UTC-7) = 19:30:30 UTC
    in.time_ms = msFromCivil(CivilTime{year, month, day, 19, 30, 30, 0});
    in.latitude_deg = 39.742476;
    in.longitude_deg = -105.1786;
    in.elevation_m = 1830.14;
    in.pressure_mbar = 820.0;
    in.temperature_c = 11.0;
    in.delta_t_s = 67.0;
    in.atmos_refract_deg = 0.5667;
    return in;
}

double hms(int h, int m, int s) {
    return h + m / 60.0 + s / 3600.0;
}

std::map<QString, double> spa1Values() {
    const SpaIntermediates s = computeSolarPositionDetailed(goldenInput(2003, 10, 17));
    return {
        {"JD", s.jd},
        {"JDE", s.jde},
        {"JC", s.jc},
        {"JCE", s.jce},
        {"JME", s.jme},
        {"L", s.l_deg},
        {"B", s.b_deg},
        {"R", s.r_au},
        {"Theta", s.theta_deg},
        {"beta", s.beta_deg},
        {"X0", s.x0},
        {"X1", s.x1},
        {"X2", s.x2},
        {"X3", s.x3},
        {"X4", s.x4},
        {"dPsi", s.delta_psi_deg},
        {"dEps", s.delta_epsilon_deg},
        {"eps0", s.epsilon0_arcsec},
        {"eps", s.epsilon_deg},
        {"dTau", s.delta_tau_deg},
        {"lambda", s.lambda_deg},
        {"nu0", s.nu0_deg},
        {"nu", s.nu_deg},
        {"alpha", s.alpha_deg},
        {"delta", s.delta_deg},
        {"H", s.h_deg},
        {"xi", s.xi_deg},
        {"dAlpha", s.delta_alpha_deg},
        {"alphaP", s.alpha_prime_deg},
        {"deltaP", s.delta_prime_deg},
        {"HP", s.h_prime_deg},
        {"e0", s.e0_deg},
        {"dE", s.delta_e_deg},
        {"e", s.e_deg},
        {"zenith", s.position.apparent_zenith_deg},
        {"Gamma", s.gamma_deg},
        {"Phi", s.position.azimuth_deg},
        {"incidence", incidenceAngleDeg(s.position, 30.0, -10.0)},
        {"eot", s.position.equation_of_time_min},
    };
}

} // namespace

class TestSolarPosition : public QObject {
    Q_OBJECT
private slots:
    // SPA-1: every intermediate of the NREL spa_tester case (2003-10-17 12:30:30 MST, Golden).
    void spa1Intermediates_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        const double ang = 1e-5;
        auto row = [](const char* n, double v, double tol) {
            QTest::newRow(n) << QString::fromLatin1(n) << v << tol;
        };
        row("JD", 2452930.312847, 1e-6);
        row("JDE", 2452930.313623, 1e-6);
        // JC/JCE/JME were published from the rounded JD/JDE, so they inherit its 1e-6 d.
        row("JC", 0.0379277986858, 1e-6 / 36525.0);
        row("JCE", 0.037927819916852, 1e-6 / 36525.0);
        row("JME", 0.003792781991685, 1e-6 / 365250.0);
        row("L", 24.0182616917, 1e-9);
        row("B", -0.0001011219, 1e-10);
        row("R", 0.9965422974, 1e-10);
        row("Theta", 204.0182616917, 1e-9);
        row("beta", 0.0001011219, 1e-10);
        row("X0", 17185.861179, 1e-6);
        row("X1", 1722.893218, 1e-6);
        row("X2", 18234.075703, 1e-6);
        row("X3", 18420.071012, 1e-6);
        row("X4", 51.686951, 1e-6);
        row("dPsi", -0.00399840, 1e-8);
        row("dEps", 0.00166657, 1e-8);
        row("eps0", 84379.672625, 1e-6);
        row("eps", 23.440465, 1e-6);
        row("dTau", -0.005711, 1e-6);
        row("lambda", 204.0085519281, 1e-9);
        row("nu0", 318.515579, 1e-6);
        row("nu", 318.511910, 1e-6);
        row("alpha", 202.227408, 1e-6);
        row("delta", -9.31434, ang);
        row("H", 11.10590, ang);
        row("xi", 0.002451, 1e-6);
        row("dAlpha", -0.000369, 1e-6);
        row("alphaP", 202.22704, ang);
        row("deltaP", -9.316179, 1e-6);
        row("HP", 11.10627, ang);
        row("e0", 39.872046, 1e-6);
        row("dE", 0.016332, 1e-6);
        row("e", 39.888378, 1e-6);
        row("zenith", 50.111622, 1e-6);
        row("Gamma", 14.340241, 1e-6);
        row("Phi", 194.340241, 1e-6);
        row("incidence", 25.18700, ang);
        row("eot", 14.64151, 1e-5); // pvlib expected_solpos equation_of_time [min]
    }
    void spa1Intermediates() {
        QFETCH(QString, name);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        static const std::map<QString, double> values = spa1Values();
        const auto it = values.find(name);
        QVERIFY(it != values.end());
        if (!(std::fabs(it->second - expected) <= tolerance))
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 +- %4")
                                 .arg(name)
                                 .arg(it->second, 0, 'g', 15)
                                 .arg(expected, 0, 'g', 15)
                                 .arg(tolerance)));
    }

    // SPA-1 public outputs through the plain API, and the relations between them.
    void spa1Public() {
        const SolarPosition p = computeSolarPosition(goldenInput(2003, 10, 17));
        QVERIFY(std::fabs(p.apparent_zenith_deg - 50.11162) < 1e-5);
        QVERIFY(std::fabs(p.zenith_deg - (90.0 - 39.872046)) < 1e-5);
        QVERIFY(std::fabs(p.azimuth_deg - 194.34024) < 1e-5);
        QVERIFY(std::fabs(p.elevation_deg + p.zenith_deg - 90.0) < 1e-12);
        QVERIFY(std::fabs(p.apparent_elevation_deg + p.apparent_zenith_deg - 90.0) < 1e-12);
        QVERIFY(std::fabs(p.earth_sun_distance_au - 0.9965422974) < 1e-10);
        QVERIFY(std::fabs(p.declination_deg + 9.31434) < 1e-5);
        // A horizontal surface sees the sun at its apparent zenith angle.
        QVERIFY(std::fabs(incidenceAngleDeg(p, 0.0, 0.0) - p.apparent_zenith_deg) < 1e-9);
    }

    // Julian day from UTC ms, including times before 1970 (floor division of negative ms).
    void julianDay_data() {
        QTest::addColumn<qint64>("time_ms");
        QTest::addColumn<double>("jd");
        QTest::newRow("J2000.0") << qint64(946728000000) << 2451545.0; // 2000-01-01T12:00Z
        QTest::newRow("Unix epoch") << qint64(0) << 2440587.5;
        QTest::newRow("1969-12-31T12:00Z") << qint64(-43200000) << 2440587.0;
        QTest::newRow("1 ms before epoch") << qint64(-1) << 2440587.5 - 1.0 / 86400000.0;
        QTest::newRow("1900-01-01T00:00Z") << qint64(-2208988800000) << 2415020.5;
    }
    void julianDay() {
        QFETCH(qint64, time_ms);
        QFETCH(double, jd);
        SolarPositionInput in;
        in.time_ms = time_ms;
        const SpaIntermediates s = computeSolarPositionDetailed(in);
        QVERIFY2(std::fabs(s.jd - jd) < 1e-9, qPrintable(QString::number(s.jd, 'f', 10)));
        QVERIFY(std::fabs(s.jde - (jd + 69.0 / 86400.0)) < 1e-9); // default delta T 69 s
    }

    // SPA-2 (pvlib expected_solpos_multi, day 2) and SPA-3 (spa_py_example.py, year 2004).
    // pvlib produced SPA-2 with its default delta T estimate (Espenak-Meeus for 2003-10, about
    // 64.5 s), not 67 s: with 67 s the azimuth is 194.311095, 3.7e-5 deg off the published value.
    void spa2and3_data() {
        QTest::addColumn<double>("deltaT");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("day");
        QTest::addColumn<double>("elevation");
        QTest::addColumn<double>("apparentElevation");
        QTest::addColumn<double>("azimuth");
        QTest::addColumn<double>("incidence"); // NaN: not published
        QTest::newRow("SPA-2 2003-10-18") << deltaTSeconds(2003, 10) << 2003 << 18 << 39.505196
                                          << 39.521740 << 194.311132 << std::nan("");
        QTest::newRow("SPA-3 2004-10-17")
            << 67.0 << 2004 << 17 << 39.59209464796398 << 39.60858878898177 << 194.3119618059468
            << 25.42168493680471;
    }
    void spa2and3() {
        QFETCH(double, deltaT);
        QFETCH(int, year);
        QFETCH(int, day);
        QFETCH(double, elevation);
        QFETCH(double, apparentElevation);
        QFETCH(double, azimuth);
        QFETCH(double, incidence);
        SolarPositionInput in = goldenInput(year, 10, day);
        in.delta_t_s = deltaT;
        const SolarPosition p = computeSolarPosition(in);
        QVERIFY2(std::fabs(p.elevation_deg - elevation) < 1e-5,
                 qPrintable(QString::number(p.elevation_deg, 'g', 15)));
        QVERIFY2(std::fabs(p.apparent_elevation_deg - apparentElevation) < 1e-5,
                 qPrintable(QString::number(p.apparent_elevation_deg, 'g', 15)));
        QVERIFY(std::fabs(p.apparent_zenith_deg - (90.0 - apparentElevation)) < 1e-5);
        QVERIFY2(std::fabs(p.azimuth_deg - azimuth) < 1e-5,
                 qPrintable(QString::number(p.azimuth_deg, 'g', 15)));
        if (!std::isnan(incidence)) {
            const double i = incidenceAngleDeg(p, 30.0, -10.0);
            QVERIFY2(std::fabs(i - incidence) < 1e-5, qPrintable(QString::number(i, 'g', 15)));
        }
    }

    // SPA-4 (NREL web calculator via pvlib), SPA-1 rise/set (spa_tester) and SPA-3 (spa.c example).
    void riseSetTransit_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<double>("tz");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("deltaT");
        QTest::addColumn<double>("sunrise");
        QTest::addColumn<double>("sunset");
        QTest::addColumn<double>("transit"); // NaN: not published
        QTest::addColumn<double>("tolerance_s");
        const double lat = 39.742476;
        const double lon = -105.1786;
        QTest::newRow("south 1996-07-05")
            << 1996 << 7 << 5 << 0.0 << -35.0 << 0.0 << 65.0 << hms(7, 8, 15) << hms(17, 1, 4)
            << hms(12, 4, 36) << 1.0;
        QTest::newRow("south 2004-12-04")
            << 2004 << 12 << 4 << 0.0 << -35.0 << 0.0 << 65.0 << hms(4, 38, 57) << hms(19, 2, 3)
            << hms(11, 50, 22) << 1.0;
        QTest::newRow("golden 2015-01-02")
            << 2015 << 1 << 2 << -7.0 << lat << lon << 65.0 << hms(7, 21, 55) << hms(16, 47, 43)
            << hms(12, 4, 45) << 1.0;
        QTest::newRow("golden 2015-08-02")
            << 2015 << 8 << 2 << -7.0 << lat << lon << 65.0 << hms(5, 0, 27) << hms(19, 13, 58)
            << hms(12, 6, 58) << 1.0;
        QTest::newRow("SPA-1 2003-10-17")
            << 2003 << 10 << 17 << -7.0 << lat << lon << 67.0 << hms(6, 12, 43) << hms(17, 20, 19)
            << std::nan("") << 1.0;
        QTest::newRow("SPA-3 2004-10-17")
            << 2004 << 10 << 17 << -7.0 << lat << lon << 67.0 << 6.22578372122376
            << 17.320379610556166 << 11.765833793714224 << 1e-3; // full-precision spa.c output
    }
    void riseSetTransit() {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(double, tz);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, deltaT);
        QFETCH(double, sunrise);
        QFETCH(double, sunset);
        QFETCH(double, transit);
        QFETCH(double, tolerance_s);
        const SunRiseSetTransit r = sunRiseSetTransit(year, month, day, tz, lat, lon, deltaT);
        const double tol_h = tolerance_s / 3600.0;
        QVERIFY2(std::fabs(r.sunrise_h - sunrise) <= tol_h,
                 qPrintable(QString::number((r.sunrise_h - sunrise) * 3600.0) + " s"));
        QVERIFY2(std::fabs(r.sunset_h - sunset) <= tol_h,
                 qPrintable(QString::number((r.sunset_h - sunset) * 3600.0) + " s"));
        if (!std::isnan(transit))
            QVERIFY2(std::fabs(r.transit_h - transit) <= tol_h,
                     qPrintable(QString::number((r.transit_h - transit) * 3600.0) + " s"));
    }

    // Beyond the polar circle in winter the sun does not rise: NaN, transit still defined.
    void polarNight() {
        const SunRiseSetTransit r = sunRiseSetTransit(2020, 12, 21, 1.0, 78.22, 15.65, 69.0);
        QVERIFY(std::isnan(r.sunrise_h));
        QVERIFY(std::isnan(r.sunset_h));
        QVERIFY(r.transit_h > 11.0 && r.transit_h < 13.0); // near 12:00 at lon 15.65 in UTC+1
    }

    // SPA-5: Espenak-Meeus delta T polynomials (pvlib test_spa.py).
    void deltaT_data() {
        QTest::addColumn<double>("year");
        QTest::addColumn<double>("month");
        QTest::addColumn<double>("expected");
        const double years[] = {-499, 500,  1000, 1500, 1800, 1860, 1900, 1950,
                                1970, 1985, 1990, 2000, 2005, 2050, 2150};
        const double months[] = {1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 12, 12};
        const double expected[] = {17184.831, 5708.8051,  1573.0419, 198.01820, 13.596506,
                                   7.8316585, -2.1171894, 29.289261, 40.824887, 54.724581,
                                   57.426651, 64.108015,  65.038015, 94.952955, 330.50693};
        for (int i = 0; i < 15; ++i)
            QTest::newRow(qPrintable(QString::number(years[i])))
                << years[i] << months[i] << expected[i];
        QTest::newRow("1985-02 (9 digits)") << 1985.0 << 2.0 << 54.413442486;
    }
    void deltaT() {
        QFETCH(double, year);
        QFETCH(double, month);
        QFETCH(double, expected);
        const double dt = deltaTSeconds(year, month);
        // The list values carry 8 significant digits; allow that rounding as well as 1e-6.
        const double tol = std::fabs(expected) * 1e-6;
        QVERIFY2(std::fabs(dt - expected) <= tol, qPrintable(QString::number(dt, 'g', 12)));
    }

    // CAMS McClear (tests/pv/data) mid-interval zenith at Lyngby; CAMS has its own geometry code.
    void camsLyngby_data() {
        QTest::addColumn<int>("minute");
        QTest::addColumn<double>("zenith");
        QTest::newRow("12:00:30") << 0 << 35.0308;
        QTest::newRow("12:01:30") << 1 << 35.0828;
        QTest::newRow("12:02:30") << 2 << 35.1357;
        QTest::newRow("12:03:30") << 3 << 35.1896;
    }
    void camsLyngby() {
        QFETCH(int, minute);
        QFETCH(double, zenith);
        SolarPositionInput in;
        in.time_ms = msFromCivil(CivilTime{2020, 6, 1, 12, minute, 30, 0});
        in.latitude_deg = 55.7906;
        in.longitude_deg = 12.5251;
        in.elevation_m = 39.0;
        const SolarPosition p = computeSolarPosition(in);
        QVERIFY2(std::fabs(p.zenith_deg - zenith) <= 0.01,
                 qPrintable(QString::number(p.zenith_deg, 'g', 10)));
    }

    void rejectsBadInput_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("found");
        QTest::newRow("latitude 91") << 0 << "SolarPositionInput.latitude_deg"
                                     << "91";
        QTest::newRow("longitude NaN") << 1 << "SolarPositionInput.longitude_deg"
                                       << "nan";
        QTest::newRow("pressure -1") << 2 << "SolarPositionInput.pressure_mbar"
                                     << "-1";
        QTest::newRow("temperature -300") << 3 << "SolarPositionInput.temperature_c"
                                          << "-300";
        QTest::newRow("deltaT month 13") << 4 << "deltaTSeconds.month"
                                         << "13";
        QTest::newRow("29 Feb 2023") << 5 << "sunRiseSetTransit.day"
                                     << "29";
        QTest::newRow("tz +20 h") << 6 << "sunRiseSetTransit.tz_offset_h"
                                  << "20";
    }
    void rejectsBadInput() {
        QFETCH(int, which);
        QFETCH(QString, where);
        QFETCH(QString, found);
        SolarPositionInput in = goldenInput(2003, 10, 17);
        try {
            switch (which) {
            case 0:
                in.latitude_deg = 91.0;
                computeSolarPosition(in);
                break;
            case 1:
                in.longitude_deg = std::nan("");
                computeSolarPosition(in);
                break;
            case 2:
                in.pressure_mbar = -1.0;
                computeSolarPosition(in);
                break;
            case 3:
                in.temperature_c = -300.0;
                computeSolarPosition(in);
                break;
            case 4:
                deltaTSeconds(2000.0, 13.0);
                break;
            case 5:
                sunRiseSetTransit(2023, 2, 29, 0.0, 50.0, 8.0, 69.0);
                break;
            default:
                sunRiseSetTransit(2023, 2, 28, 20.0, 50.0, 8.0, 69.0);
                break;
            }
            QFAIL("no InputError thrown");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.where()), where);
            QCOMPARE(QString::fromStdString(e.found()), found);
            QVERIFY(!e.expected().empty());
        }
    }
};

QTEST_APPLESS_MAIN(TestSolarPosition)
#include "TestSolarPosition.moc"
