#include "model/TimeUtc.h"

#include <QtTest>

using namespace gridtwin;

class TestTimeUtc : public QObject {
    Q_OBJECT
private slots:
    void parseAndFormat_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected_ms");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0) << "1970-01-01T00:00:00Z";
        QTest::newRow("date only") << "2024-03-01" << qint64(1709251200000) << "2024-03-01T00:00:00Z";
        QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << qint64(1709208000000)
                                  << "2024-02-29T12:00:00Z";
        QTest::newRow("offset") << "2024-02-29T13:30:00+01:30" << qint64(1709208000000)
                                << "2024-02-29T12:00:00Z";
        QTest::newRow("millis") << "2003-10-17T19:30:30.250Z" << qint64(1066419030250)
                                << "2003-10-17T19:30:30.250Z";
        QTest::newRow("space, no seconds") << "2024-12-31 23:59" << qint64(1735689540000)
                                           << "2024-12-31T23:59:00Z";
    }
    void parseAndFormat() {
        QFETCH(QString, text);
        QFETCH(qint64, expected_ms);
        QFETCH(QString, formatted);
        const auto ms = parseIsoUtc(text.toStdString());
        QVERIFY(ms.has_value());
        QCOMPARE(*ms, expected_ms);
        QCOMPARE(QString::fromStdString(formatIsoUtc(*ms)), formatted);
    }
    void rejectsMalformed_data() {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "2024", "2023-02-29", "2024-13-01", "2024-01-01T25:00Z",
                                "2024-01-01T10:00:00Q", "2024-01-01T10:00:00Z junk", "20240101"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsMalformed() {
        QFETCH(QString, text);
        QVERIFY(!parseIsoUtc(text.toStdString()).has_value());
    }
    void civilRoundTripAcrossCenturies() {
        for (std::int64_t day = -800000; day < 800000; day += 997) {
            const std::int64_t ms = day * kMsPerDay + 12345678;
            QCOMPARE(msFromCivil(civilFromMs(ms)), ms);
        }
    }
};

QTEST_APPLESS_MAIN(TestTimeUtc)
#include "TestTimeUtc.moc"
