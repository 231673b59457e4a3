// gridtwin-cli with the historian: simulate --db, import-log, export-log, db-check, as a user
// runs them (exit codes, messages, files).
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// The line of db-check's report for one channel: "  grid_kw  kW  96  first  last  source".
QStringList channelLine(const QString& report, const QString& channel) {
    for (const QString& line : report.split('\n')) {
        const QStringList cells = line.split(' ', Qt::SkipEmptyParts);
        if (!cells.isEmpty() && cells[0] == channel) return cells;
    }
    return {};
}
} // namespace

class TestCliHistorian : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString day_csv_; // simulate --out of the run stored in day_db_
    QString day_db_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        day_csv_ = dir_.filePath("day.csv");
        day_db_ = dir_.filePath("day.sqlite");
        const Run r = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-02", "--step", "900", "--out", day_csv_,
                           "--db", day_db_, "--json"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QCOMPARE(readAll(day_csv_).count('\n'), 97); // header + 96 quarter hours
    }

    void simulateDbExportsTheSameCsv() {
        const QString out = dir_.filePath("export.csv");
        const Run r = cli({"export-log", "--db", day_db_, "--out", out});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        const QByteArray exported = readAll(out);
        QCOMPARE(exported.count('\n'), 97);
        QCOMPARE(exported, readAll(day_csv_));
        // '-' writes the same text to standard output.
        const Run s = cli({"export-log", "--db", day_db_, "--out", "-"});
        QCOMPARE(s.exit_code, 0);
        QCOMPARE(s.out.toUtf8(), readAll(day_csv_));
    }

    void exportPeriodIsHalfOpen() {
        // 06:00 inclusive to 12:00 exclusive = 24 quarter hours = lines 25..48 of the full file.
        const Run r = cli({"export-log", "--db", day_db_, "--site", "Reference AI compute site", "--from",
                           "2025-06-01T06:00:00Z", "--to", "2025-06-01T12:00:00Z", "--out", "-"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        const QStringList full = QString::fromUtf8(readAll(day_csv_)).split('\n', Qt::SkipEmptyParts);
        QStringList expected{full[0]};
        for (int i = 25; i <= 48; ++i) expected << full[i];
        QCOMPARE(r.out.split('\n', Qt::SkipEmptyParts), expected);
        QVERIFY(expected[1].startsWith("2025-06-01T06:00:00Z,"));
        QVERIFY(expected[24].startsWith("2025-06-01T11:45:00Z,"));
    }

    void dbCheckReportsSimulatedDay() {
        const Run r = cli({"db-check", "--db", day_db_});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("schema version: 2\n"));
        QVERIFY(r.out.contains("sites: 1\n"));
        // 12 standard channels, one config version recorded by simulate.
        QVERIFY2(r.out.contains("site 1 'Reference AI compute site': 12 channels, 1 config versions"), qPrintable(r.out));
        for (const char* channel : {"pv_kw", "grid_kw", "soc_pct", "reason"}) {
            const QStringList cells = channelLine(r.out, channel);
            QVERIFY2(cells.size() >= 5, channel);
            QCOMPARE(cells[2], QStringLiteral("96"));
            QCOMPARE(cells[3], QStringLiteral("2025-06-01T00:00:00Z"));
            QCOMPARE(cells[4], QStringLiteral("2025-06-01T23:45:00Z"));
        }
        QVERIFY(r.out.contains("total samples: 1152\n")); // 96 steps x 12 channels
        QVERIFY(r.out.contains("integrity_check: ok\n"));
    }

    void importRoundTripsExactly() {
        const QString db = dir_.filePath("imported.sqlite");
        const Run imp = cli({"import-log", day_csv_, "--db", db, "--site", "plant"});
        QVERIFY2(imp.exit_code == 0, qPrintable(imp.err));
        QVERIFY2(imp.out.contains("96 rows imported, 0 rows skipped, 1152 samples written"), qPrintable(imp.out));
        const QString out = dir_.filePath("roundtrip.csv");
        const Run exp = cli({"export-log", "--db", db, "--site", "plant", "--out", out});
        QVERIFY2(exp.exit_code == 0, qPrintable(exp.err));
        QCOMPARE(readAll(out), readAll(day_csv_));
        // Importing again stores nothing new: every sample is a duplicate.
        const Run again = cli({"import-log", day_csv_, "--db", db, "--site", "plant"});
        QCOMPARE(again.exit_code, 0);
        QVERIFY2(again.out.contains("0 samples written, 1152 duplicate samples ignored"), qPrintable(again.out));
    }

    void brokenCsvStrictStoresNothing() {
        QTemporaryDir tmp;
        const QString bad = tmp.filePath("bad.csv");
        QList<QByteArray> lines = readAll(day_csv_).split('\n');
        // Line 5 of the file (4th data row): grid_kw (column 9) is not a number.
        QList<QByteArray> cells = lines[4].split(',');
        cells[8] = "12x";
        lines[4] = cells.join(',');
        writeAll(bad, lines.join('\n'));
        const QString db = tmp.filePath("strict.sqlite");
        const Run r = cli({"import-log", bad, "--db", db});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains(bad + ": line 5, column 9 (grid_kw): expected a number, found '12x'"), qPrintable(r.err));
        const Run check = cli({"db-check", "--db", db});
        QCOMPARE(check.exit_code, 0);
        QVERIFY2(check.out.contains("total samples: 0\n"), qPrintable(check.out));
        QVERIFY(check.out.contains("sites: 0\n"));
    }

    void brokenCsvLenientImportsGoodRows() {
        QTemporaryDir tmp;
        const QString bad = tmp.filePath("bad.csv");
        QList<QByteArray> lines = readAll(day_csv_).split('\n');
        const QByteArray bad_time = lines[4].left(20); // 2025-06-01T00:45:00Z
        QList<QByteArray> cells = lines[4].split(',');
        cells[8] = "12x";
        lines[4] = cells.join(',');
        writeAll(bad, lines.join('\n'));
        const QString db = tmp.filePath("lenient.sqlite");
        const Run r = cli({"import-log", bad, "--db", db, "--lenient"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("line 5, column grid_kw: skipped: expected a number, found '12x'"), qPrintable(r.err));
        QVERIFY2(r.out.contains("95 rows imported, 1 rows skipped, 1140 samples written"), qPrintable(r.out));
        // The site defaults to the file name; the export is the original minus the bad row.
        const Run exp = cli({"export-log", "--db", db, "--site", "bad", "--out", "-"});
        QVERIFY2(exp.exit_code == 0, qPrintable(exp.err));
        QList<QByteArray> expected = readAll(day_csv_).split('\n');
        QVERIFY(expected[4].startsWith(bad_time));
        expected.removeAt(4);
        QCOMPARE(exp.out.toUtf8(), expected.join('\n'));
    }

    void refusesBadFiles_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("export missing db") << QStringList{"export-log", "--db", "/nonexistent/x.sqlite", "--out", "-"}
                                           << "/nonexistent/x.sqlite: expected an existing historian file";
        QTest::newRow("check missing db") << QStringList{"db-check", "--db", "/nonexistent/x.sqlite"} << "/nonexistent/x.sqlite";
        QTest::newRow("check a csv") << QStringList{"db-check", "--db", "@DAY_CSV@"} << "@DAY_CSV@";
        QTest::newRow("unknown site") << QStringList{"export-log", "--db", "@DAY_DB@", "--site", "nope", "--out", "-"}
                                      << "one of the stored sites ('Reference AI compute site'), found 'nope'";
        QTest::newRow("missing csv") << QStringList{"import-log", "/nonexistent/log.csv", "--db", "@TMP_DB@"} << "/nonexistent/log.csv";
    }
    void refusesBadFiles() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        auto fill = [&](QString s) {
            return s.replace("@DAY_CSV@", day_csv_).replace("@DAY_DB@", day_db_).replace("@TMP_DB@", tmp.filePath("t.sqlite"));
        };
        for (QString& a : args) a = fill(a);
        const Run r = cli(args);
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains(fill(message)), qPrintable(r.err));
        QVERIFY(!r.err.contains("Sanitizer"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("import no file") << QStringList{"import-log", "--db", "x.sqlite"} << "missing the CSV file";
        QTest::newRow("import two files") << QStringList{"import-log", "a.csv", "b.csv", "--db", "x.sqlite"} << "only one CSV file";
        QTest::newRow("import no db") << QStringList{"import-log", "a.csv"} << "missing --db";
        QTest::newRow("import db no value") << QStringList{"import-log", "a.csv", "--db"} << "needs a value";
        QTest::newRow("import unknown option") << QStringList{"import-log", "a.csv", "--db", "x.sqlite", "--strict"} << "unknown option '--strict'";
        QTest::newRow("export no out") << QStringList{"export-log", "--db", "x.sqlite"} << "missing --out";
        QTest::newRow("export no db") << QStringList{"export-log", "--out", "-"} << "missing --db";
        QTest::newRow("export bad date") << QStringList{"export-log", "--db", "x.sqlite", "--out", "-", "--from", "2025-13-01"} << "--from: expected a UTC date";
        QTest::newRow("export end before start") << QStringList{"export-log", "--db", "x.sqlite", "--out", "-", "--from", "2025-06-02", "--to", "2025-06-01"} << "an end after the start";
        QTest::newRow("check no db") << QStringList{"db-check"} << "missing --db";
        QTest::newRow("check positional") << QStringList{"db-check", "x.sqlite"} << "unexpected argument 'x.sqlite'";
        QTest::newRow("db-site without db") << QStringList{"simulate", "--db-site", "plant"} << "--db-site needs --db";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists("x.sqlite")); // usage errors create no file
    }

    void helpListsTheCommands() {
        const Run r = cli({"--help"});
        QCOMPARE(r.exit_code, 0);
        for (const char* c : {"import-log", "export-log", "db-check"}) QVERIFY(r.out.contains(c));
    }
};

QTEST_GUILESS_MAIN(TestCliHistorian)
#include "TestCliHistorian.moc"
