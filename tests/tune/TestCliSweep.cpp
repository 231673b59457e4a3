// gridtwin-cli sweep and versions end to end: the Pareto table printed equals the CSV's Pareto
// rows, bad range files are refused naming the file and JSON path, usage errors exit 2.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(GRIDTWIN_CLI_PATH), args);
    p.waitForFinished(600'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& text) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(text);
    return path;
}

} // namespace

class TestCliSweep : public QObject {
    Q_OBJECT
private slots:
    void sweepPrintsFrontAndWritesCsv() {
        QTemporaryDir dir;
        const QString ranges = write(dir, "ranges.json", R"({"parameters": [
            {"name": "controller.peak_threshold_kw", "values": [10500, 11500]},
            {"name": "controller.soc_reserve_pct", "values": [10, 30]}], "objectives": ["cost", "peak"]})");
        const QString csv = dir.filePath(QStringLiteral("sweep.csv"));
        const Run r = cli({"sweep", "--site", "demo", "--ranges", ranges, "--from", "2025-07-01", "--to", "2025-08-01",
                           "--threads", "2", "--out", csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("4 of 4 variants done")));
        QVERIFY(r.out.contains(QStringLiteral("4 variants in")));
        QVERIFY(r.out.contains(QStringLiteral("minimising cost, peak")));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("variant,controller.peak_threshold_kw,controller.soc_reserve_pct,done,pareto,")));
        int front = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList c = lines[i].split(QLatin1Char(','));
            QCOMPARE(c[3], QStringLiteral("1"));
            front += c[4] == QLatin1String("1") ? 1 : 0;
        }
        QVERIFY(front >= 1);
        QVERIFY2(r.out.contains(QStringLiteral("Pareto front (%1 of 4 variants").arg(front)), qPrintable(r.out));
        // One table row per front variant after the two header lines.
        const QStringList out_lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(out_lines.size(), 3 + front);
    }

    void sweepRefusesBadInput_data() {
        QTest::addColumn<QByteArray>("ranges");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown parameter") << QByteArray(R"({"parameters": [{"name": "bess.capacity", "values": [1]}]})")
                                           << QStringList{} << 1 << "$.parameters[0].name";
        QTest::newRow("invalid JSON") << QByteArray("{\"parameters\": [\n,]}") << QStringList{} << 1 << "line 2";
        QTest::newRow("input-shaping parameter") << QByteArray(R"({"parameters": [{"name": "cluster.gpu_tdp_w", "values": [500, 700]}]})")
                                                 << QStringList{} << 1 << "cluster.gpu_tdp_w";
        QTest::newRow("bad threads") << QByteArray(R"({"parameters": [{"name": "controller.peak_threshold_kw", "values": [1]}]})")
                                     << QStringList{"--threads", "0"} << 2 << "--threads";
        QTest::newRow("unknown option") << QByteArray(R"({"parameters": [{"name": "controller.peak_threshold_kw", "values": [1]}]})")
                                        << QStringList{"--speed", "2"} << 2 << "--speed";
    }
    void sweepRefusesBadInput() {
        QFETCH(QByteArray, ranges);
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = write(dir, "r.json", ranges);
        const Run r = cli(QStringList{"sweep", "--ranges", file, "--from", "2025-07-01", "--to", "2025-07-02"} + extra);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (code == 1) QVERIFY2(r.err.contains(file), qPrintable(r.err));
    }

    // A value of the site file that the engine refuses (in every variant, or in the shared load
    // model) is reported once with the site file, JSON path, expected and found, plus the count.
    void sweepNamesTheSiteFile_data() {
        QTest::addColumn<QByteArray>("site");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("count");
        QTest::newRow("SoC window, every variant") << QByteArray(R"({"schema_version": 1, "bess": {"soc_min_pct": 96}})")
            << "site.json: $.bess.soc_max_pct: expected a percentage in (soc_min_pct = 96, 100], found '95'"
            << "sweep: 2 of 2 variants failed";
        QTest::newRow("load model, shared inputs") << QByteArray(R"({"schema_version": 1, "cluster": {"gpu_idle_w": 800}})")
            << "site.json: $.cluster.gpu_idle_w: expected a power >= 0 W and below gpu_tdp_w, found '800'" << "";
    }
    void sweepNamesTheSiteFile() {
        QFETCH(QByteArray, site);
        QFETCH(QString, message);
        QFETCH(QString, count);
        QTemporaryDir dir;
        const QString site_file = write(dir, "site.json", site);
        const QString ranges = write(dir, "r.json", R"({"parameters": [{"name": "controller.peak_threshold_kw", "values": [10500, 11500]}]})");
        const Run r = cli({"sweep", "--site", site_file, "--ranges", ranges, "--from", "2025-07-01", "--to", "2025-07-02",
                           "--threads", "2"});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(message), 1);
        QVERIFY2(r.err.contains(site_file + ": $."), qPrintable(r.err));
        QVERIFY2(!r.err.contains(ranges), qPrintable(r.err));
        if (!count.isEmpty()) {
            QVERIFY2(r.err.contains(count), qPrintable(r.err));
            QVERIFY2(r.err.contains("sweep: variant 0 (controller.peak_threshold_kw = 10500) failed: " + site_file), qPrintable(r.err));
        }
    }

    void sweepNeedsRanges() {
        const Run r = cli({"sweep", "--site", "demo"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--ranges")));
    }

    void versionsListsProject() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("p.sqlite"));
        const Run sim = cli({"simulate", "--from", "2025-07-01", "--to", "2025-07-02", "--db", db});
        QVERIFY2(sim.code == 0, qPrintable(sim.err));
        const Run r = cli({"versions", "--db", db, "--audit"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 configuration versions")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("gridtwin-cli")));
        QVERIFY(r.out.contains(QStringLiteral("audit log: 0 entries")));
        const Run missing = cli({"versions", "--db", dir.filePath(QStringLiteral("nope.sqlite"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "TestCliSweep.moc"
