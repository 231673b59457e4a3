#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/HourlySeries.h"

#include <QtTest>

#include "ConfigTestUtil.h"

#include <numeric>

using namespace gridtwin;

namespace {
double mean(const HourlySeries& s, std::int64_t from, std::int64_t to) {
    double sum = 0.0;
    int n = 0;
    for (std::int64_t t = from; t < to; t += kMsPerHour, ++n) sum += s.valueAt(t);
    return sum / n;
}
} // namespace

class TestHourlySeries : public QObject {
    Q_OBJECT
private slots:
    void valueAtAndCovers() {
        HourlySeries s;
        s.start_ms = iso("2024-01-01T00:00:00Z");
        s.values = {10.0f, 20.0f, 30.0f};
        QCOMPARE(s.valueAt(s.start_ms), 10.0);
        QCOMPARE(s.valueAt(s.start_ms + kMsPerHour - 1), 10.0);
        QCOMPARE(s.valueAt(iso("2024-01-01T01:30:00Z")), 20.0);
        QCOMPARE(s.valueAt(iso("2024-01-01T02:59:59Z")), 30.0);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, s.valueAt(iso("2024-01-01T03:00:00Z")));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, s.valueAt(s.start_ms - 1));
        QVERIFY(s.covers(s.start_ms, s.start_ms + 3 * kMsPerHour));
        QVERIFY(s.covers(iso("2024-01-01T00:30:00Z"), iso("2024-01-01T02:15:00Z")));
        QVERIFY(!s.covers(s.start_ms - 1, s.start_ms + kMsPerHour));
        QVERIFY(!s.covers(s.start_ms, s.start_ms + 3 * kMsPerHour + 1));
        QVERIFY(!HourlySeries{}.covers(0, 0));
    }

    void builtinProfiles() {
        const std::int64_t y0 = iso("2024-01-01T00:00:00Z");
        const std::int64_t y1 = iso("2025-01-01T00:00:00Z");
        const HourlySeries price = builtinPriceProfile(y0 + 1, y1);
        const HourlySeries carbon = builtinCarbonProfile(y0, y1);
        for (const HourlySeries* s : {&price, &carbon}) {
            QVERIFY(s->builtin_example);
            QVERIFY(s->label.find("built-in example profile, not measured data") != std::string::npos);
            QCOMPARE(s->start_ms, y0);
            QCOMPARE(s->values.size(), std::size_t{366 * 24});
            QVERIFY(s->covers(y0, y1));
        }
        // Summer weekend middays go slightly negative, as European day-ahead prices do.
        QVERIFY(*std::min_element(price.values.begin(), price.values.end()) > -50.0f);
        QVERIFY(*std::max_element(price.values.begin(), price.values.end()) < 250.0f);
        QVERIFY(*std::min_element(carbon.values.begin(), carbon.values.end()) > 50.0f);
        QCOMPARE(QString::fromStdString(price.unit), QStringLiteral("EUR/MWh"));
        QCOMPARE(QString::fromStdString(carbon.unit), QStringLiteral("gCO2e/kWh"));
        // Deterministic: a sub-range built separately holds the same values.
        const HourlySeries june = builtinPriceProfile(iso("2024-06-10T00:00:00Z"), iso("2024-06-11T00:00:00Z"));
        QCOMPARE(june.values.size(), std::size_t{24});
        QCOMPARE(june.valueAt(iso("2024-06-10T07:00:00Z")), price.valueAt(iso("2024-06-10T07:00:00Z")));
        // Shapes: winter above summer; evening peak above the midday solar dip; plausible levels.
        const double jan_p = mean(price, y0, iso("2024-02-01T00:00:00Z"));
        const double jul_p = mean(price, iso("2024-07-01T00:00:00Z"), iso("2024-08-01T00:00:00Z"));
        QVERIFY(jan_p > jul_p + 20.0);
        QVERIFY(jul_p > 30.0 && jan_p < 200.0);
        QVERIFY(price.valueAt(iso("2024-06-12T18:00:00Z")) > price.valueAt(iso("2024-06-12T11:00:00Z")) + 50.0);
        QVERIFY(price.valueAt(iso("2024-06-12T07:00:00Z")) > price.valueAt(iso("2024-06-12T02:00:00Z")));
        QVERIFY(carbon.valueAt(iso("2024-06-12T18:00:00Z")) > carbon.valueAt(iso("2024-06-12T11:00:00Z")) + 80.0);
        const double jan_c = mean(carbon, y0, iso("2024-02-01T00:00:00Z"));
        const double jul_c = mean(carbon, iso("2024-07-01T00:00:00Z"), iso("2024-08-01T00:00:00Z"));
        QVERIFY(jan_c > jul_c + 50.0);
        QVERIFY(jul_c > 100.0 && jan_c < 500.0);
    }

    void readValid_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("price");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("Ember prices") << "price_ember.csv" << true << "2015-01-01T00:00:00Z"
                                      << QList<double>{43.43, 38.08, -5.5};
        QTest::newRow("generic prices") << "price_generic.csv" << true << "2024-03-31T00:00:00Z"
                                        << QList<double>{90.5, 80.0};
        QTest::newRow("Electricity Maps current header, BOM, quoted cell")
            << "carbon_em_current.csv" << false << "2023-01-01T00:00:00Z" << QList<double>{251.4, 249.0};
        QTest::newRow("Electricity Maps older header") << "carbon_em_older.csv" << false
                                                       << "2021-06-01T10:00:00Z" << QList<double>{301.5, 288.25, 270.0};
        QTest::newRow("generic carbon") << "carbon_generic.csv" << false << "2024-01-01T00:00:00Z"
                                        << QList<double>{120.0};
    }
    void readValid() {
        QFETCH(QString, file);
        QFETCH(bool, price);
        QFETCH(QString, start);
        QFETCH(QList<double>, values);
        const std::string path = dataFile(file);
        const HourlySeries s = price ? readPriceCsv(path) : readCarbonCsv(path);
        QCOMPARE(QString::fromStdString(formatIsoUtc(s.start_ms)), start);
        QCOMPARE(static_cast<qsizetype>(s.values.size()), values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(s.values[static_cast<std::size_t>(i)], static_cast<float>(values[i]));
        QVERIFY(!s.builtin_example);
        QVERIFY(s.label.find(path) != std::string::npos);
        QCOMPARE(QString::fromStdString(s.unit), price ? QStringLiteral("EUR/MWh") : QStringLiteral("gCO2e/kWh"));
    }

    void readBroken_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("price");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected_part");
        QTest::addColumn<QString>("found");
        QTest::newRow("gap") << "price_gap.csv" << true << "line 3, column 1 (time_utc)"
                             << "the next hour 2024-03-31T01:00:00Z (not a gap of 1 h)" << "2024-03-31T02:00:00Z";
        QTest::newRow("duplicate") << "price_duplicate.csv" << true << "line 4, column 1 (time_utc)"
                                   << "not a duplicate of the previous hour" << "2024-03-31T01:00:00Z";
        QTest::newRow("backwards") << "price_backwards.csv" << true << "line 4, column 1 (time_utc)"
                                   << "not time going backwards" << "2024-03-31T02:00:00Z";
        QTest::newRow("bad number") << "price_badnumber.csv" << true << "line 3, column 2 (price_eur_per_mwh)"
                                    << "a number in EUR/MWh" << "8O";
        QTest::newRow("bad time") << "price_badtime.csv" << true << "line 3, column 1 (time_utc)"
                                  << "an ISO 8601 UTC time" << "2024-03-31 1am";
        QTest::newRow("half hour") << "price_halfhour.csv" << true << "line 2, column 1 (time_utc)"
                                   << "a time on the full UTC hour" << "2024-03-31T00:30:00Z";
        QTest::newRow("no time column") << "price_noheader.csv" << true << "line 1 (header)"
                                        << "a column of UTC times" << "time,value";
        QTest::newRow("no rows") << "price_norows.csv" << true << "line 2" << "at least one data row"
                                 << "end of file";
        QTest::newRow("LCA only, no direct column") << "carbon_lca_only.csv" << false << "line 1 (header)"
            << "direct carbon intensity" << QString::fromUtf8("Datetime (UTC),Country,Carbon Intensity gCO\u2082eq/kWh (LCA)");
        QTest::newRow("negative carbon intensity") << "carbon_negative.csv" << false << "line 3, column 2 (carbon_g_per_kwh)"
                                                   << "a number >= 0 in gCO2e/kWh" << "-5";
        QTest::newRow("missing file") << "nope.csv" << false << "" << "a readable CSV file"
                                      << "no such file or no permission";
    }
    void readBroken() {
        QFETCH(QString, file);
        QFETCH(bool, price);
        QFETCH(QString, where);
        QFETCH(QString, expected_part);
        QFETCH(QString, found);
        const std::string path = dataFile(file);
        try {
            if (price) readPriceCsv(path);
            else readCarbonCsv(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(path));
            QCOMPARE(QString::fromStdString(e.where()), where);
            QVERIFY2(e.expected().find(expected_part.toStdString()) != std::string::npos, e.what());
            QCOMPARE(QString::fromStdString(e.found()), found);
        }
    }
};

int runTestHourlySeries(int argc, char** argv) {
    TestHourlySeries t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestHourlySeries.moc"
