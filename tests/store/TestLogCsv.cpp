#include "TestStore.h"

#include "io/TimeSeriesCsvReader.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"
#include "store/LogImportExport.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <iterator>
#include <map>

using namespace gridtwin;

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

constexpr std::int64_t kFar = std::numeric_limits<std::int64_t>::max();

std::map<std::string, std::vector<HistorianSample>> allSamples(Historian& h, int site) {
    std::map<std::string, std::vector<HistorianSample>> out;
    for (const ChannelInfo& c : h.channels(site)) out[c.name] = h.samples(c.id, 0, kFar);
    return out;
}

int channelByName(Historian& h, int site, const std::string& name) {
    for (const ChannelInfo& c : h.channels(site))
        if (c.name == name) return c.id;
    return 0;
}
} // namespace

void TestStore::readerValidSmall() {
    TimeSeriesCsvReader r(testDataPath("valid_small.csv"));
    QCOMPARE(r.extraColumns(), std::vector<std::string>{"inlet_temp_c"});
    QVERIFY(r.missingColumns().empty());
    QCOMPARE(r.presentFields(), kAllStepFields);
    std::vector<TimeSeriesRow> rows;
    TimeSeriesRow row;
    while (r.next(row)) rows.push_back(row);
    QCOMPARE(rows.size(), std::size_t(6));
    QVERIFY(r.issues().empty());
    QCOMPARE(rows[0].line, std::int64_t(2));
    QCOMPARE(rows[0].step.time_ms, *parseIsoUtc("2024-06-01T00:00:00Z"));
    QCOMPARE(rows[1].step.time_ms - rows[0].step.time_ms, 15 * 60 * kMsPerSecond);
    QCOMPARE(rows[1].step.bess_kw, 200.0);
    QCOMPARE(rows[1].step.reason, Reason::PeakShave);
    QCOMPARE(rows[3].step.reason, Reason::Recharge);
    QCOMPARE(rows[3].step.grid_kw, 1345.5);
    QCOMPARE(rows[2].extras.at(0), 22.25);
    QVERIFY(std::isnan(rows[3].extras.at(0))); // empty cell: no value
    QCOMPARE(rows[5].step.pv_kw, 120.25);
    QCOMPARE(rows[5].step.quality, Quality::Good);
    for (const TimeSeriesRow& x : rows) QCOMPARE(balanceResidualKw(x.step) + 1.0, 1.0); // file balances
}

void TestStore::importValidSmall() {
    Historian h(tempPath("h.db"));
    const ImportReport rep = importLogCsv(testDataPath("valid_small.csv"), h, "site", false);
    QCOMPARE(rep.rows_imported, std::size_t(6));
    QCOMPARE(rep.rows_skipped, std::size_t(0));
    QCOMPARE(rep.samples_written, std::size_t(6 * kStepFieldCount + 5)); // inlet_temp_c has one empty cell
    QVERIFY(rep.issues.empty());
    const auto data = allSamples(h, rep.site_id);
    QCOMPARE(data.size(), std::size_t(kStepFieldCount + 1));
    QCOMPARE(data.at("inlet_temp_c").size(), std::size_t(5));
    QCOMPARE(data.at("inlet_temp_c")[3].value, 22.5);
    QCOMPARE(data.at("load_kw")[2].value, 1300.0);
    QCOMPARE(data.at("reason")[1].value, static_cast<double>(static_cast<int>(Reason::PeakShave)));
    for (const ChannelInfo& c : h.channels(rep.site_id))
        if (c.name == "inlet_temp_c") QCOMPARE(c.unit, std::string("degC"));
    // Importing the same file again adds nothing.
    const ImportReport again = importLogCsv(testDataPath("valid_small.csv"), h, "site", false);
    QCOMPARE(again.samples_written, std::size_t(0));
    QCOMPARE(again.duplicates_ignored, std::size_t(6 * kStepFieldCount + 5));
}

void TestStore::exportImportRoundTrip() {
    Historian h1(tempPath("h1.db"));
    const ImportReport rep = importLogCsv(testDataPath("valid_small.csv"), h1, "site", false);
    const std::string a = tempPath("a.csv"), b = tempPath("b.csv");
    exportLogCsv(h1, rep.site_id, 0, kFar, a);
    const std::string text = slurp(a);
    QVERIFY(text.rfind("time_utc,pv_kw,pv_curtailed_kw,load_kw,it_load_kw,bess_kw,bess_aux_kw,soc_pct,grid_kw,"
                       "price_eur_per_mwh,carbon_g_per_kwh,ambient_c,reason,inlet_temp_c\n", 0) == 0);
    QVERIFY(text.find("2024-06-01T00:45:00Z,10.500,0,1250.000,") != std::string::npos);
    QVERIFY(text.find(",recharge,\n") != std::string::npos); // empty extra cell kept empty

    Historian h2(tempPath("h2.db"));
    const ImportReport rep2 = importLogCsv(a, h2, "copy", false);
    QCOMPARE(rep2.rows_imported, std::size_t(6));
    QVERIFY(rep2.issues.empty());
    const auto s1 = allSamples(h1, rep.site_id), s2 = allSamples(h2, rep2.site_id);
    QCOMPARE(s2.size(), s1.size());
    for (const auto& [name, v1] : s1) {
        const auto& v2 = s2.at(name);
        QCOMPARE(v2.size(), v1.size());
        for (std::size_t i = 0; i < v1.size(); ++i) {
            QCOMPARE(v2[i].time_ms, v1[i].time_ms);
            QCOMPARE(v2[i].value, v1[i].value); // exact: the format keeps these decimals
        }
    }
    exportLogCsv(h2, rep2.site_id, 0, kFar, b);
    QCOMPARE(slurp(b), text);

    // A period: [00:15, 00:45) holds two rows.
    const std::string p = tempPath("p.csv");
    exportLogCsv(h1, rep.site_id, *parseIsoUtc("2024-06-01T00:15:00Z"), *parseIsoUtc("2024-06-01T00:45:00Z"), p);
    const std::string part = slurp(p);
    QCOMPARE(std::count(part.begin(), part.end(), '\n'), std::ptrdiff_t(3));
    QVERIFY(part.find("\n2024-06-01T00:15:00Z,") != std::string::npos);
    QVERIFY(part.find("\n2024-06-01T00:30:00Z,") != std::string::npos);
}

void TestStore::badFileStrict_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("missing columns") << "missing_columns.csv" << "line 1" << QStringList{"load_kw", "soc_pct"};
    QTest::newRow("no time column") << "no_time.csv" << "line 1" << QStringList{"time_utc"};
    QTest::newRow("bad number") << "bad_number.csv" << "line 3, column 4 (load_kw)" << QStringList{"'abc'", "a number"};
    QTest::newRow("bad time") << "bad_time.csv" << "line 4, column 1 (time_utc)" << QStringList{"2024-13-01T00:30:00Z"};
    QTest::newRow("bad reason") << "bad_reason.csv" << "line 3, column 13 (reason)" << QStringList{"'shaving'"};
    QTest::newRow("column count") << "column_count.csv" << "line 4" << QStringList{"13 columns", "9 columns"};
    QTest::newRow("time backwards") << "backwards.csv" << "line 5, column 1 (time_utc)"
                                    << QStringList{"2024-06-01T00:10:00Z", "after 2024-06-01T00:30:00Z"};
    QTest::newRow("duplicate time") << "duplicate.csv" << "line 4, column 1 (time_utc)" << QStringList{"after 2024-06-01T00:15:00Z"};
    QTest::newRow("local time") << "local_time_dst.csv" << "line 2, column 1 (time_utc)"
                                << QStringList{"time_utc must be UTC (end with Z)", "2024-10-27T01:30:00"};
}

void TestStore::badFileStrict() {
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QStringList, mentions);
    const std::string path = testDataPath(file.toUtf8().constData());
    Historian h(tempPath("h.db"));
    try {
        importLogCsv(path, h, "site", false);
        QFAIL("a bad file was imported in strict mode");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), path);
        QVERIFY2(e.where().find(where.toStdString()) != std::string::npos, e.what());
        for (const QString& m : mentions) QVERIFY2(std::string(e.what()).find(m.toStdString()) != std::string::npos, e.what());
    }
}

void TestStore::badFileLenient_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("is_error");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing columns") << "missing_columns.csv" << 3 << 0 << 1 << "" << false << "load_kw, soc_pct";
    QTest::newRow("bad number") << "bad_number.csv" << 3 << 1 << 3 << "load_kw" << true << "'abc'";
    QTest::newRow("bad time") << "bad_time.csv" << 3 << 1 << 4 << "time_utc" << true << "ISO 8601";
    QTest::newRow("bad reason") << "bad_reason.csv" << 2 << 1 << 3 << "reason" << true << "'shaving'";
    QTest::newRow("column count") << "column_count.csv" << 3 << 1 << 4 << "" << true << "13 columns";
    QTest::newRow("time backwards") << "backwards.csv" << 4 << 1 << 5 << "time_utc" << true << "backwards by 1200 s";
    QTest::newRow("duplicate time") << "duplicate.csv" << 4 << 1 << 4 << "time_utc" << true << "duplicate timestamp";
    QTest::newRow("gap") << "gap.csv" << 5 << 0 << 5 << "time_utc" << false << "gap of 3600 s (median step 900 s)";
    QTest::newRow("local time warning") << "local_time_dst.csv" << 5 << 1 << 2 << "time_utc" << false << "must be UTC";
    QTest::newRow("DST repeated hour") << "local_time_dst.csv" << 5 << 1 << 5 << "time_utc" << true << "daylight-saving";
}

void TestStore::badFileLenient() {
    QFETCH(QString, file);
    QFETCH(int, imported);
    QFETCH(int, skipped);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(bool, is_error);
    QFETCH(QString, message);
    Historian h(tempPath("h.db"));
    const ImportReport rep = importLogCsv(testDataPath(file.toUtf8().constData()), h, "site", true);
    QCOMPARE(static_cast<int>(rep.rows_imported), imported);
    QCOMPARE(static_cast<int>(rep.rows_skipped), skipped);
    bool found = false;
    for (const ImportIssue& i : rep.issues) {
        if (i.line == line && i.column == column.toStdString() &&
            (i.severity == IssueSeverity::Error) == is_error && i.message.find(message.toStdString()) != std::string::npos)
            found = true;
    }
    QString all;
    for (const ImportIssue& i : rep.issues) all += QString("\n  line %1 [%2] %3").arg(i.line).arg(QString::fromStdString(i.column), QString::fromStdString(i.message));
    QVERIFY2(found, qPrintable("issue not reported; issues:" + all));
    // The valid rows, and only they, are stored.
    const int grid = channelByName(h, rep.site_id, "grid_kw");
    QVERIFY(grid != 0);
    QCOMPARE(static_cast<int>(h.samples(grid, 0, kFar).size()), imported);
    if (file == "missing_columns.csv") {
        QCOMPARE(channelByName(h, rep.site_id, "load_kw"), 0); // absent columns get no samples
        QCOMPARE(rep.missing_columns, (std::vector<std::string>{"load_kw", "soc_pct"}));
    }
}

void TestStore::strictImportStoresNothingOnError() {
    Historian h(tempPath("h.db"));
    QVERIFY_THROWS_EXCEPTION(InputError, importLogCsv(testDataPath("bad_number.csv"), h, "site", false));
    QVERIFY(h.channels(h.siteId("site")).empty());
}

void TestStore::gapIsWarningInStrictMode() {
    Historian h(tempPath("h.db"));
    const ImportReport rep = importLogCsv(testDataPath("gap.csv"), h, "site", false);
    QCOMPARE(rep.rows_imported, std::size_t(5));
    QCOMPARE(rep.issues.size(), std::size_t(1));
    QCOMPARE(rep.issues[0].severity, IssueSeverity::Warning);
    QCOMPARE(rep.issues[0].line, std::int64_t(5));
}

void TestStore::lenientStopsAtIssueCap() {
    const std::string path = tempPath("many_bad.csv");
    {
        std::ofstream out(path);
        out << "time_utc,pv_kw\n";
        for (int i = 0; i < 5; ++i) out << "2024-06-01T00:0" << i << ":00Z,x" << i << "\n";
    }
    CsvReadOptions opt;
    opt.lenient = true;
    opt.max_issues = 3;
    TimeSeriesCsvReader r(path, opt);
    TimeSeriesRow row;
    try {
        while (r.next(row)) {
        }
        QFAIL("more bad rows than the cap were accepted");
    } catch (const InputError& e) {
        QVERIFY2(e.where().find("line 5") != std::string::npos, e.what()); // the 4th bad row
        QCOMPARE(e.expected(), std::string("at most 3 bad rows"));
    }
}
