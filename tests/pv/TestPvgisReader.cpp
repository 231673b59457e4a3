// PVGIS TMY reader: physics.md 2.1/2.2 checksums, CSV == JSON, CRLF, and bad-file messages.
#include "io/PvgisTmyReader.h"
#include "model/InputError.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace gridtwin;

namespace {
const std::string kCsv = GRIDTWIN_SHARED_DATA_DIR "/weather/pvlib_tmy_45.000_8.000_2005_2023.csv";
const std::string kJson = GRIDTWIN_SHARED_DATA_DIR "/weather/pvlib_tmy_45.000_8.000_2005_2023.json";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string writeTemp(const QTemporaryDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.path().toStdString() + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string replaceOnce(std::string text, const std::string& from, const std::string& to) {
    const auto p = text.find(from);
    if (p == std::string::npos) throw std::logic_error("test fixture text not found: " + from);
    return text.replace(p, from.size(), to);
}

/// 1-based line number of the first line containing needle.
int lineOf(const std::string& text, const std::string& needle) {
    const auto p = text.find(needle);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(p), '\n'));
}

bool sameHours(const WeatherYear& a, const WeatherYear& b) {
    for (std::size_t i = 0; i < a.hours.size(); ++i) {
        const WeatherHour &x = a.hours[i], &y = b.hours[i];
        if (x.ghi_w_m2 != y.ghi_w_m2 || x.dni_w_m2 != y.dni_w_m2 || x.dhi_w_m2 != y.dhi_w_m2 ||
            x.temp_air_c != y.temp_air_c || x.wind_mps != y.wind_mps || x.pressure_pa != y.pressure_pa)
            return false;
    }
    return true;
}
} // namespace

class TestPvgisReader : public QObject {
    Q_OBJECT
private slots:
    void hourIndex() {
        QCOMPARE(tmyHourIndex(1, 1, 0), 0);
        QCOMPARE(tmyHourIndex(12, 31, 23), 8759);
        QCOMPARE(tmyHourIndex(3, 1, 0), (31 + 28) * 24);
        QCOMPARE(tmyHourIndex(2, 29, 0), -1);
        QCOMPARE(tmyHourIndex(4, 31, 0), -1);
    }

    void csvChecksums() {
        const WeatherYear w = readPvgisTmyCsv(kCsv);
        QCOMPARE(w.latitude_deg, 45.0);
        QCOMPARE(w.longitude_deg, 8.0);
        QCOMPARE(w.elevation_m, 250.0);
        QCOMPARE(w.irradiance_time_offset_h, 0.1761);
        QCOMPARE(w.file_path, kCsv);
        QVERIFY2(w.source_label.find("45.000N 8.000E") != std::string::npos, w.source_label.c_str());
        double ghi = 0, dni = 0, dhi = 0, temp = 0, wind = 0, tmin = 1e9, tmax = -1e9, gmax = 0;
        for (const WeatherHour& h : w.hours) {
            ghi += static_cast<double>(h.ghi_w_m2);
            dni += static_cast<double>(h.dni_w_m2);
            dhi += static_cast<double>(h.dhi_w_m2);
            temp += static_cast<double>(h.temp_air_c);
            wind += static_cast<double>(h.wind_mps);
            tmin = std::min(tmin, static_cast<double>(h.temp_air_c));
            tmax = std::max(tmax, static_cast<double>(h.temp_air_c));
            gmax = std::max(gmax, static_cast<double>(h.ghi_w_m2));
        }
        // physics.md 2.1 [derived] checksums (float storage costs < 1e-5 kWh over the year)
        QVERIFY(std::fabs(ghi / 1000.0 - 1435.861) < 1e-5);
        QVERIFY(std::fabs(dni / 1000.0 - 1591.56516) < 1e-5);
        QVERIFY(std::fabs(dhi / 1000.0 - 570.947) < 1e-5);
        QVERIFY(std::fabs(temp / 8760.0 - 13.5641) < 5e-5);
        QVERIFY(std::fabs(wind / 8760.0 - 1.20945) < 5e-6);
        QCOMPARE(static_cast<float>(tmin), -2.34f);
        QCOMPARE(static_cast<float>(tmax), 34.33f);
        QCOMPARE(gmax, 971.0);
        // sample row 20060624:1100,31.0,41.15,912.0,768.74,199.0,...
        const WeatherHour& s = w.hours[static_cast<std::size_t>(tmyHourIndex(6, 24, 11))];
        QCOMPARE(s.ghi_w_m2, 912.0f);
        QCOMPARE(s.dni_w_m2, 768.74f);
        QCOMPARE(s.dhi_w_m2, 199.0f);
        QCOMPARE(s.temp_air_c, 31.0f);
        // first and last rows: "-0.0" beam is read as zero; pressure in Pa
        QCOMPARE(w.hours[0].dni_w_m2, 0.0f);
        QVERIFY(!std::signbit(w.hours[0].dni_w_m2));
        QCOMPARE(w.hours[0].pressure_pa, 99870.0f);
        QCOMPARE(w.hours[8759].temp_air_c, 2.1f);
    }

    void jsonEqualsCsv() {
        const WeatherYear c = readPvgisTmyCsv(kCsv);
        const WeatherYear j = readPvgisTmyJson(kJson);
        QVERIFY(sameHours(c, j));
        QCOMPARE(j.latitude_deg, c.latitude_deg);
        QCOMPARE(j.longitude_deg, c.longitude_deg);
        QCOMPARE(j.elevation_m, c.elevation_m);
        QCOMPARE(j.irradiance_time_offset_h, c.irradiance_time_offset_h);
        QCOMPARE(QString::fromStdString(j.source_label),
                 QStringLiteral("PVGIS TMY 45.000N 8.000E (SARAH3/ERA5 2005-2023)"));
        // dispatch by extension
        QVERIFY(sameHours(readPvgisTmy(kJson), c));
        QVERIFY(sameHours(readPvgisTmy(kCsv), c));
    }

    void crlfAndContentSniffing() {
        QTemporaryDir dir;
        std::string text = slurp(kCsv), crlf;
        for (const char ch : text) {
            if (ch == '\n') crlf += '\r';
            crlf += ch;
        }
        const WeatherYear a = readPvgisTmyCsv(kCsv);
        const WeatherYear b = readPvgisTmyCsv(writeTemp(dir, "crlf.csv", crlf));
        QVERIFY(sameHours(a, b));
        QCOMPARE(b.irradiance_time_offset_h, 0.1761);
        // no extension: picked by content
        QVERIFY(sameHours(readPvgisTmy(writeTemp(dir, "tmy_noext", crlf)), a));
        QVERIFY(sameHours(readPvgisTmy(writeTemp(dir, "json_noext", slurp(kJson))), a));
        // older PVGIS files have no time-offset line
        const WeatherYear old = readPvgisTmyCsv(
            writeTemp(dir, "old.csv", replaceOnce(text, "Irradiance Time Offset (h): 0.1761\n", "")));
        QCOMPARE(old.irradiance_time_offset_h, 0.0);
        QVERIFY(sameHours(old, a));
    }

    void referenceWeather() {
        const WeatherYear w = loadReferenceWeather();
        QCOMPARE(w.latitude_deg, 45.0);
        QVERIFY(sameHours(w, readPvgisTmyCsv(kCsv)));
        QCOMPARE(QString::fromStdString(w.source_label),
                 QStringLiteral("PVGIS 5.3 TMY 45.000N 8.000E (SARAH3/ERA5 2005-2023)"));
    }

    void badCsv_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("line_of"); // text whose line the message must name ("" = none)
        QTest::addColumn<QStringList>("must_contain");
        const QString row = "20060624:1100,31.0,41.15,912.0,768.74,199.0";
        QTest::newRow("unparsable number") << "num.csv" << row << "20060624:1100,31.0,41.15,9x2.0,768.74,199.0"
                                           << "20060624:1100" << QStringList{"column 4 (G(h))", "a number", "'9x2.0'"};
        QTest::newRow("missing column") << "col.csv" << row << "20060624:1100,31.0,912.0,768.74,199.0"
                                        << "20060624:1100" << QStringList{"column 10 (SP)", "10 comma-separated fields", "9 fields"};
        QTest::newRow("GHI too high") << "high.csv" << row << "20060624:1100,31.0,41.15,1600.0,768.74,199.0"
                                      << "20060624:1100" << QStringList{"column 4 (G(h))", "between 0 and 1500", "'1600'"};
        QTest::newRow("GHI negative") << "neg.csv" << row << "20060624:1100,31.0,41.15,-5.0,768.74,199.0"
                                      << "20060624:1100" << QStringList{"column 4 (G(h))", "'-5'"};
        QTest::newRow("duplicate hour") << "dup.csv" << "20180101:0100," << "20180101:0000,"
                                        << "20180101:0000,1.98" << QStringList{"column 1 (time(UTC))", "one row per hour", "first at line 19"};
        QTest::newRow("29 February") << "feb29.csv" << "20070228:0000," << "20070229:0000,"
                                     << "20070229:0000" << QStringList{"column 1 (time(UTC))", "29 February", "'20070229:0000'"};
        QTest::newRow("bad stamp") << "stamp.csv" << "20180101:0500," << "2018-01-01 05:00,"
                                   << "2018-01-01 05:00" << QStringList{"column 1 (time(UTC))", "YYYYMMDD:HHMM"};
        QTest::newRow("missing header column") << "hdr.csv" << "time(UTC),T2m,RH,G(h)," << "time(UTC),T2m,RH,GHI,"
                                               << "time(UTC)" << QStringList{"a column 'G(h)'"};
        QTest::newRow("no header") << "nohdr.csv" << "time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP\n" << ""
                                   << "20180101:0000" << QStringList{"header line", "20180101:0000"};
        QTest::newRow("no latitude") << "nolat.csv" << "Latitude (decimal degrees): 45.000\n" << ""
                                     << "" << QStringList{"Latitude"};
    }
    void badCsv() {
        QFETCH(QString, name);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, line_of);
        QFETCH(QStringList, must_contain);
        QTemporaryDir dir;
        const std::string text = replaceOnce(slurp(kCsv), from.toStdString(), to.toStdString());
        const std::string path = writeTemp(dir, name.toStdString(), text);
        const int line = line_of.isEmpty() ? 0 : lineOf(text, line_of.toStdString());
        must_contain << QString::fromStdString(path);
        try {
            readPvgisTmyCsv(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            const QString msg = QString::fromUtf8(e.what());
            for (const QString& part : must_contain)
                QVERIFY2(msg.contains(part), qPrintable(msg + "  <- missing: " + part));
            if (line > 0)
                QVERIFY2(msg.contains(QRegularExpression(QStringLiteral("line %1[,:]").arg(line))),
                         qPrintable(msg + QStringLiteral("  <- missing line %1").arg(line)));
        }
    }

    void truncatedCsv_data() {
        QTest::addColumn<int>("keep_rows");
        QTest::addColumn<int>("cut_chars"); // characters removed from the last kept row
        QTest::addColumn<QStringList>("must_contain");
        QTest::newRow("5000 rows") << 5000 << 0 << QStringList{"line 5019, column time(UTC)", "8760 hourly rows", "5000 rows", "none for"};
        QTest::newRow("cut mid-row") << 5000 << 20 << QStringList{"line 5018, column", "10 comma-separated fields"};
    }
    void truncatedCsv() {
        QFETCH(int, keep_rows);
        QFETCH(int, cut_chars);
        QFETCH(QStringList, must_contain);
        const std::string text = slurp(kCsv);
        std::size_t p = 0;
        for (int i = 0; i < 18 + keep_rows; ++i) p = text.find('\n', p) + 1; // 18 header-block lines
        std::string cut = text.substr(0, p - static_cast<std::size_t>(cut_chars));
        QTemporaryDir dir;
        const std::string path = writeTemp(dir, "trunc.csv", cut);
        try {
            readPvgisTmyCsv(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            for (const QString& part : must_contain)
                QVERIFY2(QString::fromUtf8(e.what()).contains(part), e.what());
        }
    }

    void badJson_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("must_contain");
        QTest::newRow("string instead of number") << "\"G(h)\": 0.0" << "\"G(h)\": \"x\"" << "$.outputs.tmy_hourly[0].G(h): expected a number";
        QTest::newRow("missing latitude") << "\"latitude\"" << "\"lat\"" << "$.inputs.location.latitude";
        QTest::newRow("not json") << "{" << "[[" << "valid JSON";
    }
    void badJson() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, must_contain);
        QTemporaryDir dir;
        const std::string path = writeTemp(dir, "bad.json", replaceOnce(slurp(kJson), from.toStdString(), to.toStdString()));
        try {
            readPvgisTmyJson(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(must_contain), e.what());
            QCOMPARE(e.file(), path);
        }
    }

    void missingFile() {
        try {
            readPvgisTmy("/nonexistent/tmy.csv");
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), std::string("/nonexistent/tmy.csv"));
        }
    }
};

int runPvgisReaderTests(int argc, char** argv) {
    TestPvgisReader t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestPvgisReader.moc"
