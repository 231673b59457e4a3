// gridtwin-cli as a user runs it: exit codes, messages that say what is accepted, outputs.
#include <cmath>

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"


class TestCli : public QObject {
    Q_OBJECT
private slots:
    void refusesBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit_code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"simulat"} << 2 << "unknown command 'simulat'";
        QTest::newRow("unknown option") << QStringList{"simulate", "--stepp", "60"} << 2 << "unknown option '--stepp'";
        QTest::newRow("usage lists options") << QStringList{"simulate", "--bogus"} << 2 << "--controller none|peak-shaving|self-consumption";
        QTest::newRow("missing value") << QStringList{"simulate", "--step"} << 2 << "needs a value";
        QTest::newRow("bad step") << QStringList{"simulate", "--step", "abc"} << 2 << "expected a whole number of seconds";
        QTest::newRow("step too large") << QStringList{"simulate", "--step", "7200"} << 2 << "--step: expected a whole number of seconds from 1 to 3600, found '7200'";
        QTest::newRow("negative step") << QStringList{"simulate", "--step", "-5"} << 2 << "--step: expected a whole number of seconds from 1 to 3600, found '-5'";
        // 9223372036854775 s overflows the conversion to ms (UBSan stops the process).
        QTest::newRow("huge step") << QStringList{"simulate", "--step", "9223372036854775"} << 2 << "--step: expected a whole number of seconds from 1 to 3600, found '9223372036854775'";
        QTest::newRow("step not dividing the period") << QStringList{"simulate", "--from", "2025-06-01", "--to", "2025-06-02", "--step", "7"} << 2 << "a step that divides the period evenly";
        QTest::newRow("bad controller") << QStringList{"simulate", "--controller", "magic"} << 2 << "none, peak-shaving or self-consumption";
        QTest::newRow("bad date") << QStringList{"simulate", "--from", "2025-02-30"} << 2 << "--from: expected a UTC date";
        QTest::newRow("end before start") << QStringList{"simulate", "--from", "2025-02-01", "--to", "2025-01-01"} << 2 << "an end after the start";
        QTest::newRow("set without =") << QStringList{"simulate", "--set", "bess.capacity_kwh"} << 2 << "NAME=VALUE";
        QTest::newRow("unknown parameter") << QStringList{"simulate", "--set", "bess.capacity=5"} << 2 << "bess.capacity";
        QTest::newRow("out of range") << QStringList{"simulate", "--set", "bess.soc_min_pct=150"} << 2 << "bess.soc_min_pct";
        QTest::newRow("compare bad value") << QStringList{"simulate", "--compare", "controller.kind=peak-shaving"} << 2 << "--compare controller.kind: expected one of none, peak_shaving, self_consumption, found 'peak-shaving'";
        QTest::newRow("compare without =") << QStringList{"simulate", "--compare", "bess.capacity_kwh", "--json"} << 2 << "--compare: expected NAME=VALUE";
        QTest::newRow("empty out") << QStringList{"simulate", "--out", ""} << 2 << "--out: expected a CSV file name (stdout carries the KPI summary), found nothing";
        QTest::newRow("out to stdout") << QStringList{"simulate", "--out", "-"} << 2 << "--out: expected a CSV file name (stdout carries the KPI summary), found '-'";
        QTest::newRow("compare none with none") << QStringList{"simulate", "--controller", "none", "--compare"} << 2 << "the controller is none: give --controller peak-shaving|self-consumption or --compare NAME=VALUE";
        QTest::newRow("missing site file") << QStringList{"simulate", "--site", "/nonexistent/site.json"} << 1 << "/nonexistent/site.json";
    }
    void refusesBadArguments() {
        QFETCH(QStringList, args);
        QFETCH(int, exit_code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exit_code, exit_code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains("Sanitizer"));
    }

    // `parameters` lists every NAME of --set with the site's value and what is accepted (the
    // --set messages point there).
    void parametersListsTheSetNames() {
        QTemporaryDir dir;
        QFile f(dir.filePath("two-arrays.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema_version": 1, "bess": {"capacity_kwh": 30000}, "pv_arrays": [{}, {"tilt_deg": 10}]})");
        f.close();
        const Run r = cli({"parameters", "--site", f.fileName()});
        QCOMPARE(r.exit_code, 0);
        const QStringList lines = r.out.split('\n');
        const auto line = [&](const QString& name) {
            for (const QString& l : lines)
                if (l.startsWith(name + ' ')) return l.simplified();
            return QString();
        };
        QCOMPARE(line("bess.capacity_kwh"), "bess.capacity_kwh 30000 a number from 0.001 to 10000000 kWh - Usable nameplate energy of the battery");
        QCOMPARE(line("pv_arrays[0].tilt_deg").section(' ', 0, 1), "pv_arrays[0].tilt_deg 25");
        QCOMPARE(line("pv_arrays[1].tilt_deg").section(' ', 0, 1), "pv_arrays[1].tilt_deg 10");
        QCOMPARE(line("controller.kind").section(' ', 0, 6), "controller.kind peak_shaving one of none, peak_shaving, self_consumption");
        QCOMPARE(line("inputs.weather_file").section(' ', 0, 1), "inputs.weather_file (empty)");
        QVERIFY(r.err.isEmpty());
        const Run bad = cli({"parameters", "--site", dir.filePath("missing.json")});
        QCOMPARE(bad.exit_code, 1);
        QVERIFY2(bad.err.contains("missing.json: expected a readable site configuration file"), qPrintable(bad.err));
        const Run unknown = cli({"parameters", "--sites", "demo"});
        QCOMPARE(unknown.exit_code, 2);
        QVERIFY2(unknown.err.contains("unknown option '--sites'") && unknown.err.contains("--site demo|FILE"), qPrintable(unknown.err));
    }

    // Values the engine checks only when a run starts (across fields, or stricter than the
    // table's range) name the site file and JSON path like the loader's own errors.
    void siteFileErrorsNameTheFile_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("SoC window") << QByteArray(R"({"schema_version": 1, "bess": {"soc_min_pct": 96}})")
                                    << "site.json: $.bess.soc_max_pct: expected a percentage in (soc_min_pct = 96, 100], found '95'";
        QTest::newRow("no capacity") << QByteArray(R"({"schema_version": 1, "bess": {"capacity_kwh": 0}})")
                                     << "site.json: $.bess.capacity_kwh: expected a number from 0.001 to 10000000 kWh, found '0'";
        QTest::newRow("billing interval") << QByteArray(R"({"schema_version": 1, "grid": {"tariff": {"billing_interval_s": 700}}})")
                                          << "site.json: $.grid.tariff.billing_interval_s: expected a billing interval in s that divides a day (900 or 3600), found '700'";
        QTest::newRow("recharge above threshold") << QByteArray(R"({"schema_version": 1, "controller": {"peak_threshold_kw": 9000}})")
                                                  << "site.json: $.controller.recharge_below_kw: expected a power below controller.peak_threshold_kw = 9000 kW (recharging up to a higher import makes a new peak), found '9500'";
        QTest::newRow("idle above TDP") << QByteArray(R"({"schema_version": 1, "cluster": {"gpu_idle_w": 800}})")
                                        << "site.json: $.cluster.gpu_idle_w: expected a power >= 0 W and below gpu_tdp_w, found '800'";
    }
    void siteFileErrorsNameTheFile() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile f(dir.filePath("site.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const Run r = cli({"simulate", "--site", f.fileName(), "--from", "2025-06-01", "--to", "2025-06-02"});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // The same value from the command line is the command line's error, not the file's.
        const Run s = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-02", "--set", "cluster.gpu_idle_w=800"});
        QCOMPARE(s.exit_code, 2);
        QVERIFY2(s.err.contains("simulate: cluster.gpu_idle_w: expected a power >= 0 W and below gpu_tdp_w, found '800'"), qPrintable(s.err));
        // A value the engine always refuses is outside the table's range: refused before any run.
        const Run z = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-02", "--set", "bess.capacity_kwh=0"});
        QCOMPARE(z.exit_code, 2);
        QVERIFY2(z.err.contains("--set bess.capacity_kwh: expected a number from 0.001 to 10000000 kWh, found '0'"), qPrintable(z.err));
    }

    // Example files named in the docs' commands (docs/examples, installed as
    // /usr/share/doc/gridtwin/examples) exist under that name.
    void docsNameExistingExamples() {
        const QDir docs(QStringLiteral(GRIDTWIN_SHARED_DATA_DIR "/../docs"));
        QDirIterator it(docs.path(), {"*.md"}, QDir::Files, QDirIterator::Subdirectories);
        const QRegularExpression example("examples/([A-Za-z0-9_.-]+\\.json)");
        int named = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = example.globalMatch(text); m.hasNext();) {
                const QString name = m.next().captured(1);
                ++named;
                QVERIFY2(docs.exists("examples/" + name), qPrintable(f.fileName() + " names examples/" + name));
            }
        }
        QVERIFY(named >= 2); // sweep-ranges.md and guide/tuning.md
    }

    // A recorded IT load (item 6) named in a site file, as documented: the it_load_kw column of
    // a time-series CSV, here simulate's own --out, replays the same IT energy; a file without
    // that column is refused with file, line and what is expected.
    void recordedLoadFromSiteFile() {
        QTemporaryDir dir;
        const QStringList period{"--from", "2025-06-01", "--to", "2025-06-02", "--json"};
        const Run a = cli(QStringList{"simulate", "--out", dir.filePath("day.csv")} + period);
        QCOMPARE(a.exit_code, 0);
        QFile site(dir.filePath("site.json"));
        QVERIFY(site.open(QIODevice::WriteOnly));
        site.write(R"({"schema_version": 1, "cluster": {"recorded_load_file": "day.csv"}})");
        site.close();
        const Run b = cli(QStringList{"simulate", "--site", site.fileName()} + period);
        QCOMPARE(b.exit_code, 0);
        const QJsonObject ka = QJsonDocument::fromJson(a.out.toUtf8()).object();
        const QJsonObject kb = QJsonDocument::fromJson(b.out.toUtf8()).object();
        // The CSV holds kW to 1 W: 96 quarter hours differ by at most 96 x 0.0005 kW x 0.25 h.
        QVERIFY(ka["it_load_kwh"].toDouble() > 100000.0);
        QVERIFY(std::abs(ka["it_load_kwh"].toDouble() - kb["it_load_kwh"].toDouble()) < 0.012);

        QFile facility(dir.filePath("facility.csv"));
        QVERIFY(facility.open(QIODevice::WriteOnly));
        facility.write("time_utc,load_kw\n2025-06-01T00:00:00Z,12000\n2025-06-02T00:00:00Z,12000\n");
        facility.close();
        QVERIFY(site.open(QIODevice::WriteOnly | QIODevice::Truncate));
        site.write(R"({"schema_version": 1, "cluster": {"recorded_load_file": "facility.csv"}})");
        site.close();
        const Run c = cli(QStringList{"simulate", "--site", site.fileName()} + period);
        QCOMPARE(c.exit_code, 1);
        QVERIFY2(c.err.contains("facility.csv: line 1 (header): expected a column it_load_kw, found 'time_utc,load_kw'"), qPrintable(c.err));
    }

    // `COMMAND --help` (main's help and the man page say so) prints the command's usage to
    // stdout and exits 0; it was refused as an unknown option.
    void commandHelp_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("simulate") << "simulate" << "--compare NAME=VALUE";
        QTest::newRow("parameters") << "parameters" << "--site demo|FILE";
        QTest::newRow("sweep") << "sweep" << "--ranges FILE.json";
        QTest::newRow("import-log") << "import-log" << "--lenient";
        QTest::newRow("versions") << "versions" << "--audit";
    }
    void commandHelp() {
        QFETCH(QString, command);
        QFETCH(QString, option);
        const Run r = cli({command, "--help"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.out.startsWith("usage: gridtwin-cli " + command) && r.out.contains(option), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    // A named PVGIS TMY must be for the site's place (the README: "a user imports the PVGIS TMY
    // of their own site"): the bundled 45 N, 8 E file under a Berlin site is refused, CSV and
    // JSON alike; the same file at 45.2 N, 8.1 E (within 0.5 deg) is taken.
    void weatherFileMustMatchTheLocation_data() {
        QTest::addColumn<QString>("tmy");
        QTest::newRow("CSV") << "pvlib_tmy_45.000_8.000_2005_2023.csv";
        QTest::newRow("JSON") << "pvlib_tmy_45.000_8.000_2005_2023.json";
    }
    void weatherFileMustMatchTheLocation() {
        QFETCH(QString, tmy);
        QTemporaryDir dir;
        const QString weather = QStringLiteral(GRIDTWIN_SHARED_DATA_DIR "/weather/") + tmy;
        const auto run = [&](double lat, double lon) {
            QFile f(dir.filePath("site.json"));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return Run{-1, {}, {}};
            f.write(QString(R"({"schema_version": 1, "location": {"latitude_deg": %1, "longitude_deg": %2},
                                "inputs": {"weather_file": "%3"}})").arg(lat).arg(lon).arg(weather).toUtf8());
            f.close();
            return cli({"simulate", "--site", f.fileName(), "--from", "2025-07-01", "--to", "2025-07-02", "--json"});
        };
        const Run berlin = run(52.5, 13.4);
        QCOMPARE(berlin.exit_code, 1);
        QVERIFY2(berlin.err.contains(tmy + ": latitude, longitude of the TMY: expected a TMY for the site's "
                                           "location.latitude_deg 52.500, location.longitude_deg 13.400 (within 0.5 deg), found '45.000, 8.000'"),
                 qPrintable(berlin.err));
        const Run near = run(45.2, 8.1);
        QCOMPARE(near.exit_code, 0);
        QVERIFY(QJsonDocument::fromJson(near.out.toUtf8()).object()["pv_available_kwh"].toDouble() > 10000.0);
    }

    // Each documented --controller name selects that controller (a week of July at 15 min on
    // the reference site: only peak shaving holds the billing peak to its 11 500 kW threshold).
    void controllerOptionSelectsTheController_data() {
        QTest::addColumn<QString>("controller");
        QTest::addColumn<double>("peak_kw");
        QTest::addColumn<bool>("discharges");
        QTest::newRow("none") << "none" << 12427.46 << false;
        QTest::newRow("peak-shaving") << "peak-shaving" << 11500.0 << true;
        QTest::newRow("self-consumption") << "self-consumption" << 12427.46 << true;
    }
    void controllerOptionSelectsTheController() {
        QFETCH(QString, controller);
        QFETCH(double, peak_kw);
        QFETCH(bool, discharges);
        const Run r = cli({"simulate", "--from", "2025-07-01", "--to", "2025-07-08", "--controller", controller, "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject k = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(std::abs(k.value("peak_billing_import_kw").toDouble() - peak_kw) < 0.01, qPrintable(r.out));
        QCOMPARE(k.value("bess_discharge_kwh").toDouble() > 1.0, discharges);
    }

    void simulateWritesCsvAndKpis() {
        QTemporaryDir dir;
        const QString csv = dir.filePath("day.csv");
        const Run r = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-02", "--step", "900", "--out", csv, "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject k = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(k.value("steps").toInt(), 96);
        QVERIFY(k.value("load_kwh").toDouble() > 0);
        QVERIFY(k.contains("peak_billing_import_kw"));
        QVERIFY(k.contains("demand_charge_eur"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 97);
        QVERIFY(lines[0].startsWith("time_utc,pv_kw,pv_curtailed_kw,load_kw"));
        QVERIFY(lines[1].startsWith("2025-06-01T00:00:00Z,"));
        QVERIFY(lines[96].startsWith("2025-06-01T23:45:00Z,"));
        // The balance holds in every written row to the printed rounding.
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList c = lines[i].split(',');
            const double residual = c[3].toDouble() + c[6].toDouble() - c[1].toDouble() - c[8].toDouble() - c[5].toDouble();
            QVERIFY2(std::abs(residual) < 0.003, qPrintable(lines[i]));
        }
    }

    void compareReportsDeltas() {
        const Run r = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-08", "--compare"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains("Baseline"));
        QVERIFY(r.out.contains("Candidate"));
        QVERIFY(r.out.contains("delta"));
        // The comparison table: no percentage of a zero baseline (the idle battery's charge).
        const QStringList lines = r.out.split('\n');
        const auto row = [&](const QString& label) {
            for (const QString& l : lines)
                if (l.startsWith(label)) return l.simplified();
            return QString();
        };
        QVERIFY2(row("Battery charge (AC)").endsWith(" n/a kWh"), qPrintable(row("Battery charge (AC)")));
        QVERIFY2(row("Facility energy").endsWith(" 0 0.0% kWh"), qPrintable(row("Facility energy")));
        QVERIFY2(row("Peak billing-interval import").contains(QRegularExpression(" -[0-9]+\\.[0-9]% kW$")),
                 qPrintable(row("Peak billing-interval import")));
        const Run j = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-08", "--json", "--compare", "controller.kind=none"});
        QCOMPARE(j.exit_code, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        const double base = o["baseline"].toObject()["peak_billing_import_kw"].toDouble();
        const double cand = o["candidate"].toObject()["peak_billing_import_kw"].toDouble();
        QCOMPARE(o["delta"].toObject()["peak_billing_import_kw"].toDouble(), cand - base);
        QCOMPARE(o["candidate"].toObject()["bess_discharge_kwh"].toDouble(), 0.0);
        // --out with --compare writes the candidate (here: no battery control, bess_kw 0 throughout).
        QTemporaryDir dir;
        const QString csv = dir.filePath("candidate.csv");
        const Run w = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-02", "--out", csv, "--compare", "controller.kind=none"});
        QCOMPARE(w.exit_code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 97);
        QCOMPARE(rows[0].section(',', 5, 5), "bess_kw");
        for (int i = 1; i < rows.size(); ++i) QVERIFY2(rows[i].section(',', 5, 5) == "0", qPrintable(rows[i]));
    }

    void setChangesTheResult() {
        const Run a = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-03", "--json"});
        const Run b = cli({"simulate", "--from", "2025-06-01", "--to", "2025-06-03", "--json", "--set", "pv_arrays[0].dc_capacity_kwp=10000", "--set", "pv_arrays[0].inverter_ac_limit_kw=8400"});
        QCOMPARE(a.exit_code, 0);
        QCOMPARE(b.exit_code, 0);
        const double pv_a = QJsonDocument::fromJson(a.out.toUtf8()).object()["pv_available_kwh"].toDouble();
        const double pv_b = QJsonDocument::fromJson(b.out.toUtf8()).object()["pv_available_kwh"].toDouble();
        QVERIFY(pv_a > 0);
        // DC and inverter scaled together: the PVWatts chain is linear in size, so exactly twice.
        QVERIFY2(std::abs(pv_b / pv_a - 2.0) < 1e-3, qPrintable(QString("%1 vs %2").arg(pv_b).arg(pv_a)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
