#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/RecordedLoadSeries.h"

#include <QtTest>

#include <fstream>

using namespace gridtwin;

namespace {

const std::int64_t kT0 = msFromCivil({2024, 6, 1});
constexpr std::int64_t kMin = 60'000;

const char* kGood =
    "time_utc,load_kw,it_load_kw,reason\n"
    "2024-06-01T00:00:00Z,130,100,\"idle, holding\"\n"
    "2024-06-01T00:15:00Z,250,200,PeakShaving\n"
    "2024-06-01T00:30:00Z,70,50,None\n"
    "2024-06-01T00:45:00Z,10,0,None\n";

} // namespace

class TestRecordedLoadSeries : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    std::string write(const QString& name, const QByteArray& content) {
        const std::string path = dir_.filePath(name).toStdString();
        std::ofstream(path, std::ios::binary) << content.toStdString();
        return path;
    }

private slots:
    void stepHoldMean_data() {
        QTest::addColumn<int>("from_min");
        QTest::addColumn<int>("to_min");
        QTest::addColumn<double>("mean_kw");
        // Samples hold: 100 on [0,15), 200 on [15,30), 50 on [30,45), 0 on [45,60) minutes.
        QTest::newRow("whole hour") << 0 << 60 << (100 + 200 + 50 + 0) / 4.0;
        QTest::newRow("inside one sample") << 1 << 14 << 100.0;
        QTest::newRow("10..20") << 10 << 20 << (5 * 100 + 5 * 200) / 10.0;
        QTest::newRow("20..40") << 20 << 40 << (10 * 200 + 10 * 50) / 20.0;
        QTest::newRow("5..50") << 5 << 50 << (10 * 100 + 15 * 200 + 15 * 50 + 5 * 0) / 45.0;
        QTest::newRow("last sample held") << 46 << 60 << 0.0;
    }
    void stepHoldMean() {
        QFETCH(int, from_min);
        QFETCH(int, to_min);
        QFETCH(double, mean_kw);
        RecordedLoadSeries s(write("good.csv", kGood), kT0, kT0 + 60 * kMin);
        QCOMPARE(s.sampleCount(), std::size_t(4));
        QCOMPARE(s.coveredEndMs(), kT0 + 60 * kMin);
        QCOMPARE(s.meanItLoadKw(kT0 + from_min * kMin, kT0 + to_min * kMin), mean_kw);
    }

    void forwardSteps() {
        // 1-min steps forward, then a jump back: the cursor must find its way.
        RecordedLoadSeries s(write("good.csv", kGood), kT0, kT0 + 60 * kMin);
        double sum = 0.0;
        for (int m = 0; m < 60; ++m) sum += s.meanItLoadKw(kT0 + m * kMin, kT0 + (m + 1) * kMin);
        QCOMPARE(sum / 60.0, 87.5);
        QCOMPARE(s.meanItLoadKw(kT0 + 16 * kMin, kT0 + 16 * kMin), 200.0); // instantaneous
        QCOMPARE(s.meanItLoadKw(kT0 + 7 * kMin, kT0 + 22 * kMin), (8 * 100 + 7 * 200) / 15.0);
    }

    void badFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "time_utc,load_kw,it_load_kw\n2024-06-01T00:00:00Z,1,1\n";
        QTest::newRow("empty") << QByteArray("") << "line 1" << "header";
        QTest::newRow("time not first") << QByteArray("it_load_kw,time_utc\n1,2024-06-01\n")
                                        << "line 1, column 1 (header)" << "time_utc";
        QTest::newRow("missing column") << QByteArray("time_utc,load_kw\n2024-06-01T00:00:00Z,5\n")
                                        << "line 1 (header)" << "it_load_kw";
        QTest::newRow("bad time") << head + "2024-06-01T00:15:00Q,1,2\n"
                                  << "line 3, column 1 (time_utc)" << "ISO 8601";
        QTest::newRow("extra column") << head + "2024-06-01T00:15:00Z,1,12,5\n"
                                    << "line 3" << "3 columns";
        QTest::newRow("not a number") << head + "2024-06-01T00:15:00Z,1,12kW\n"
                                      << "line 3, column 3 (it_load_kw)" << "a number in kW";
        QTest::newRow("empty number") << head + "2024-06-01T00:15:00Z,1,\n"
                                      << "line 3, column 3 (it_load_kw)" << "a number in kW";
        QTest::newRow("nan") << head + "2024-06-01T00:15:00Z,1,nan\n"
                             << "line 3, column 3 (it_load_kw)" << "a number in kW";
        QTest::newRow("negative") << head + "2024-06-01T00:15:00Z,1,-3\n"
                                  << "line 3, column 3 (it_load_kw)" << ">= 0";
        QTest::newRow("backwards") << head + "2024-06-01T00:15:00Z,1,1\n2024-06-01T00:10:00Z,1,1\n"
                                   << "line 4, column 1 (time_utc)" << "a time after 2024-06-01T00:15:00Z";
        QTest::newRow("duplicate") << head + "2024-06-01T00:00:00Z,1,1\n"
                                   << "line 3, column 1 (time_utc)" << "a time after 2024-06-01T00:00:00Z";
        QTest::newRow("one sample") << head << "line 3" << "at least two samples";
    }
    void badFiles() {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        const std::string path = write("bad.csv", content);
        try {
            RecordedLoadSeries s(path, kT0, kT0 + kMin);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(QString::fromStdString(e.where()), where);
            QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
        }
    }

    void periodNotCovered_data() {
        QTest::addColumn<int>("from_min");
        QTest::addColumn<int>("to_min");
        QTest::newRow("starts before the first sample") << -1 << 30;
        QTest::newRow("ends after the last sample's hold") << 0 << 61;
    }
    void periodNotCovered() {
        QFETCH(int, from_min);
        QFETCH(int, to_min);
        try {
            RecordedLoadSeries s(write("good.csv", kGood), kT0 + from_min * kMin, kT0 + to_min * kMin);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains("samples covering 2024-06-01T00:00:00Z to "
                                                               "2024-06-01T01:00:00Z"),
                     e.what());
        }
    }

    void missingFile() {
        QVERIFY_THROWS_EXCEPTION(InputError, RecordedLoadSeries("/nonexistent/load.csv", kT0, kT0 + kMin));
    }
};

int runRecordedLoadSeriesTests(int argc, char** argv) {
    TestRecordedLoadSeries t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestRecordedLoadSeries.moc"
