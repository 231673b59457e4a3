// Readers of the carbon inputs (docs/carbon-inputs.md) and SHA-256 (FIPS 180-4 vectors).
#include "TestCarbon.h"

#include "carbon/CarbonPriceTable.h"
#include "carbon/FactorSeries.h"
#include "carbon/Instruments.h"
#include "carbon/Sha256.h"
#include "carbon/SlurmAccounting.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <QtTest>

#include <fstream>

using namespace gridtwin;

namespace {

// Runs f, expects an InputError whose location contains `where` and whose message contains `what`.
template <class F>
void expectInputError(F f, const QString& where, const QString& what) {
    try {
        f();
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromStdString(e.where()).contains(where),
                 qPrintable("where '" + QString::fromStdString(e.where()) + "' lacks '" + where + "'"));
        QVERIFY2(QString::fromStdString(e.what()).contains(what),
                 qPrintable("message '" + QString::fromUtf8(e.what()) + "' lacks '" + what + "'"));
        QVERIFY(!e.file().empty());
    }
}

std::int64_t utc(const char* text) { return *parseIsoUtc(text); }

} // namespace

void TestCarbon::sha256Vectors_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("digest");
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA256 two block") and the empty string.
    QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("empty") << QByteArray("") << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("448-bit") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                             << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestCarbon::sha256Vectors() {
    QFETCH(QByteArray, message);
    QFETCH(QString, digest);
    QCOMPARE(QString::fromStdString(Sha256::hex(std::string_view(message.constData(), static_cast<std::size_t>(message.size())))), digest);
    const std::string path = tempPath("msg.bin");
    std::ofstream(path, std::ios::binary).write(message.constData(), message.size());
    QCOMPARE(QString::fromStdString(Sha256::hexOfFile(path)), digest);
}

void TestCarbon::sha256ChunkedEqualsWhole() {
    // Chunk sizes that straddle the 64-byte block and the 56-byte padding boundary.
    std::string text;
    for (int i = 0; i < 1000; ++i) text += static_cast<char>('a' + i % 26);
    const std::string whole = Sha256::hex(text);
    for (const std::size_t chunk : {1u, 55u, 56u, 63u, 64u, 65u, 127u}) {
        Sha256 h;
        for (std::size_t i = 0; i < text.size(); i += chunk) h.update(std::string_view(text).substr(i, chunk));
        QCOMPARE(h.hexDigest(), whole);
    }
    QVERIFY_THROWS_EXCEPTION(InputError, Sha256::hexOfFile(tempPath("missing.bin")));
}

void TestCarbon::electricityMapsCurrentHeader() {
    const FactorSeries s = readFactorCsv(testDataPath("em_current.csv"));
    QCOMPARE(s.format, FactorFormat::ElectricityMapsCurrent);
    QCOMPARE(s.provider, std::string("Electricity Maps"));
    QCOMPARE(s.zone, std::string("IT-NO"));
    QCOMPARE(s.start_ms, utc("2023-01-01T00:00:00Z"));
    QCOMPARE(s.hours.size(), std::size_t{3});
    QCOMPARE(s.hours[0].direct_g_per_kwh, 312.5);
    QCOMPARE(s.hours[0].lifecycle_g_per_kwh, 380.25);
    QCOMPARE(s.hours[1].cfe_pct, 42.5);
    QCOMPARE(s.hours[2].renewable_pct, 40.25);
    QVERIFY(!s.hours[0].estimated);
    QVERIFY(s.hours[1].estimated);
    QVERIFY(s.hasLifecycle() && s.hasCfe());
    QCOMPARE(s.at(utc("2023-01-01T02:59:59Z"))->direct_g_per_kwh, 298.75);
    QVERIFY(s.at(utc("2023-01-01T03:00:00Z")) == nullptr);
}

void TestCarbon::electricityMapsOlderHeader() {
    const FactorSeries s = readFactorCsv(testDataPath("em_older.csv"));
    QCOMPARE(s.format, FactorFormat::ElectricityMapsOlder);
    QCOMPARE(s.zone, std::string("DE"));
    QCOMPARE(s.hours.size(), std::size_t{2});
    QCOMPARE(s.hours[1].direct_g_per_kwh, 241.0);
    QCOMPARE(s.hours[1].lifecycle_g_per_kwh, 300.5);  // "(LCA)"
    QCOMPARE(s.hours[0].cfe_pct, 55.5);               // "Low Carbon Percentage"
}

void TestCarbon::genericFactors() {
    const std::string p = writeTemp("g.csv", "time_utc,carbon_g_per_kwh,cfe_pct\n2025-01-01T00:00:00Z,100,50\n"
                                             "2025-01-01T01:00:00Z,200.5,25\n");
    const FactorSeries s = readFactorCsv(p);
    QCOMPARE(s.format, FactorFormat::Generic);
    QCOMPARE(s.hours[1].direct_g_per_kwh, 200.5);
    QCOMPARE(s.hours[1].cfe_pct, 25.0);
    QVERIFY(!s.hasLifecycle());
    // write -> read round trip
    writeGenericFactorCsv(s, tempPath("g2.csv"));
    const FactorSeries r = readFactorCsv(tempPath("g2.csv"));
    QCOMPARE(r.hours.size(), s.hours.size());
    QCOMPARE(r.hours[1].direct_g_per_kwh, 200.5);
    QCOMPARE(r.hours[0].cfe_pct, 50.0);
}

void TestCarbon::badFactorFiles_data() {
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const QString h = "time_utc,carbon_g_per_kwh\n";
    QTest::newRow("no value column") << "time_utc,price\n2025-01-01T00:00:00Z,1\n" << "line 1 (header)" << "carbon_g_per_kwh";
    QTest::newRow("bad number") << h + "2025-01-01T00:00:00Z,12x\n" << "line 2, column 2 (carbon_g_per_kwh)" << "12x";
    QTest::newRow("negative") << h + "2025-01-01T00:00:00Z,-3\n" << "line 2, column 2" << ">= 0";
    QTest::newRow("bad time") << h + "2025-01-01T00:00:00Z,1\n2025-13-01T00:00:00Z,1\n" << "line 3, column 1 (time_utc)" << "ISO 8601";
    QTest::newRow("not on hour") << h + "2025-01-01T00:30:00Z,1\n" << "line 2, column 1" << "full UTC hour";
    QTest::newRow("gap") << h + "2025-01-01T00:00:00Z,1\n2025-01-01T03:00:00Z,1\n" << "line 3" << "gap of 2 h";
    QTest::newRow("duplicate") << h + "2025-01-01T00:00:00Z,1\n2025-01-01T00:00:00Z,1\n" << "line 3" << "duplicate";
    QTest::newRow("cell count") << h + "2025-01-01T00:00:00Z,1,7\n" << "line 2" << "2 fields";
    QTest::newRow("cfe over 100") << "time_utc,carbon_g_per_kwh,cfe_pct\n2025-01-01T00:00:00Z,1,101\n" << "line 2, column 3 (cfe_pct)" << "0 to 100";
    QTest::newRow("no rows") << h << "line" << "at least one data row";
    QTest::newRow("estimated flag") << "time_utc,carbon_g_per_kwh,estimated\n2025-01-01T00:00:00Z,1,maybe\n" << "line 2, column 3 (estimated)" << "yes or no";
}

void TestCarbon::badFactorFiles() {
    QFETCH(QString, content);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const std::string p = writeTemp("bad.csv", content.toStdString());
    expectInputError([&] { readFactorCsv(p); }, where, what);
}

void TestCarbon::instruments() {
    const std::string p = writeTemp("i.csv",
        "id,kind,technology,zone,start_utc,end_utc,volume_mwh,factor_g_per_kwh,cancelled,same_market,direct_line,evidence\n"
        "RM,residual_mix,,IT,,,,457,yes,yes,no,AIB 2024\n"
        "P1,ppa_physical,solar,IT,2025-01-01T10:00:00Z,2025-01-01T11:00:00Z,1.25,0,yes,yes,no,contract C-1\n"
        "V1,ppa_virtual,wind,IT,2025-01-01T00:00:00Z,2025-02-01T00:00:00Z,700,0,yes,yes,no,\n"
        "G1,go,hydro,NO2,2025-01-01T00:00:00Z,2026-01-01T00:00:00Z,5000,0,no,no,no,statement S-9\n");
    const InstrumentSet s = readInstrumentsCsv(p);
    QCOMPARE(s.residual_mix_g_per_kwh, 457.0);
    QVERIFY(s.supplier_g_per_kwh < 0);
    QCOMPARE(s.volumes.size(), std::size_t{3});
    QCOMPARE(s.volumes[0].kind, InstrumentKind::PpaPhysical);
    QCOMPARE(s.volumes[0].volume_kwh, 1250.0);
    QVERIFY(s.volumes[0].hourly());
    QVERIFY(!s.volumes[1].hourly());
    QCOMPARE(s.volumes[1].kind, InstrumentKind::PpaVirtual);
    QCOMPARE(s.volumes[2].kind, InstrumentKind::GuaranteeOfOrigin);
    QVERIFY(!s.volumes[2].cancelled && !s.volumes[2].same_market);
    QCOMPARE(s.volumes[2].line, 5);
    QCOMPARE(s.volumes[0].evidence, std::string("contract C-1"));
}

void TestCarbon::badInstruments_data() {
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const QString h = "id,kind,start_utc,end_utc,volume_mwh,factor_g_per_kwh,cancelled,same_market\n";
    QTest::newRow("missing column") << "id,kind,start_utc,end_utc,volume_mwh,cancelled,same_market\n" << "line 1 (header)" << "factor_g_per_kwh";
    QTest::newRow("unknown kind") << h + "A,rec,2025-01-01,2025-02-01,1,0,yes,yes\n" << "line 2, column 2 (kind)" << "go, ppa_physical";
    QTest::newRow("end before start") << h + "A,go,2025-02-01,2025-01-01,1,0,yes,yes\n" << "line 2, column 4 (end_utc)" << "end after";
    QTest::newRow("negative volume") << h + "A,go,2025-01-01,2025-02-01,-1,0,yes,yes\n" << "line 2, column 5 (volume_mwh)" << ">= 0";
    QTest::newRow("empty volume") << h + "A,go,2025-01-01,2025-02-01,,0,yes,yes\n" << "line 2, column 5" << "volume in MWh";
    QTest::newRow("bad flag") << h + "A,go,2025-01-01,2025-02-01,1,0,sure,yes\n" << "line 2, column 7 (cancelled)" << "yes or no";
    QTest::newRow("two residual") << h + "R,residual_mix,,,,400,yes,yes\nS,residual_mix,,,,401,yes,yes\n" << "line 3, column 2" << "at most one";
    QTest::newRow("bad time") << h + "A,go,2025-01-xx,2025-02-01,1,0,yes,yes\n" << "line 2, column 3 (start_utc)" << "ISO 8601";
}

void TestCarbon::badInstruments() {
    QFETCH(QString, content);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const std::string p = writeTemp("bad.csv", content.toStdString());
    expectInputError([&] { readInstrumentsCsv(p); }, where, what);
}

void TestCarbon::slurmElapsed_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("d-hh:mm:ss") << "1-02:03:04" << qint64(93784);
    QTest::newRow("hh:mm:ss") << "02:03:04" << qint64(7384);
    QTest::newRow("mm:ss") << "03:04" << qint64(184);
    QTest::newRow("d-hh") << "2-05" << qint64(2 * 86400 + 5 * 3600);
    QTest::newRow("d-hh:mm") << "1-00:30" << qint64(86400 + 1800);
    QTest::newRow("long hours") << "100:00:00" << qint64(360000);
    QTest::newRow("bad minutes") << "01:75:00" << qint64(-1);
    QTest::newRow("letters") << "1-ab:00:00" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("four parts") << "1:2:3:4" << qint64(-1);
}

void TestCarbon::slurmElapsed() {
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QCOMPARE(static_cast<qint64>(parseSlurmElapsedS(text.toStdString())), seconds);
}

void TestCarbon::sacctParsing() {
    const auto jobs = readSacct(testDataPath("sacct_sample.txt"));
    // Steps (.batch, .extern) and the never-started PENDING job are left out.
    QCOMPARE(jobs.size(), std::size_t{5});
    QCOMPARE(jobs[0].job_id, std::string("1001"));
    QCOMPARE(jobs[0].account, std::string("proj-llm"));
    QCOMPARE(jobs[0].gpus, 8);
    QCOMPARE(jobs[0].end_ms - jobs[0].start_ms, std::int64_t{93784000});
    QCOMPARE(jobs[0].gpuHours(), 8 * 93784.0 / 3600.0);
    QVERIFY(qFuzzyCompare(jobs[0].consumed_energy_kwh, 1.5e6 / 3.6e6));
    QCOMPARE(jobs[1].state, std::string("CANCELLED"));
    QCOMPARE(jobs[1].gpus, 2);                       // generic entry wins over the typed one
    QCOMPARE(jobs[1].consumed_energy_kwh, -1.0);
    QCOMPARE(jobs[2].job_id, std::string("1003_7")); // array task kept
    QCOMPARE(jobs[2].gpus, 1);                       // typed entry only
    QCOMPARE(jobs[2].consumed_energy_kwh, 1.0);      // 3600K J
    QCOMPARE(jobs[3].state, std::string("RUNNING"));
    QCOMPARE(jobs[3].end_ms, utc("2025-01-01T14:00:00Z")); // start + Elapsed
    QCOMPARE(jobs[4].gpus, 0);
    QCOMPARE(jobs[4].line, 9);
}

void TestCarbon::badSacct_data() {
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const QString h = "JobID|Account|Start|End|Elapsed|AllocTRES\n";
    QTest::newRow("no AllocTRES") << "JobID|Account|Start|End\n1|a|2025-01-01T00:00:00|2025-01-01T01:00:00\n" << "line 1 (header)" << "AllocTRES";
    QTest::newRow("comma separated") << "JobID,Account,Start,End,AllocTRES\n" << "line 1 (header)" << "JobID";
    QTest::newRow("bad start") << h + "1|a|yesterday|2025-01-01T01:00:00|01:00:00|gres/gpu=1\n" << "line 2, column 3 (Start)" << "ISO 8601";
    QTest::newRow("end before start") << h + "1|a|2025-01-01T02:00:00|2025-01-01T01:00:00|01:00:00|gres/gpu=1\n" << "line 2, column 4 (End)" << "not before";
    QTest::newRow("bad elapsed") << h + "1|a|2025-01-01T00:00:00|2025-01-01T01:00:00|1h|gres/gpu=1\n" << "line 2, column 5 (Elapsed)" << "[DD-[HH:]]MM:SS";
    QTest::newRow("bad gpu count") << h + "1|a|2025-01-01T00:00:00|2025-01-01T01:00:00|01:00:00|gres/gpu=two\n" << "line 2, column 6 (AllocTRES)" << "gres/gpu=8";
    QTest::newRow("field count") << h + "1|a|2025-01-01T00:00:00|2025-01-01T01:00:00|01:00:00\n" << "line 2" << "6 fields";
    QTest::newRow("running without elapsed") << "JobID|Account|Start|End|AllocTRES\n1|a|2025-01-01T00:00:00|Unknown|gres/gpu=1\n" << "line 2, column 4 (End)" << "Elapsed";
}

void TestCarbon::badSacct() {
    QFETCH(QString, content);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const std::string p = writeTemp("bad.txt", content.toStdString());
    expectInputError([&] { readSacct(p); }, where, what);
}

void TestCarbon::priceTable() {
    const std::string p = writeTemp("p.csv", "quarter,price_eur_per_t,kind,source,published\n"
                                             "2025-Q4,75,ets_average,Veyt,\n2026-Q1,75.36,cbam_official,IR 2025/2548,2026-04-07\n");
    const CarbonPriceTable t = readCarbonPriceTable(p);
    QCOMPARE(t.quarters.size(), std::size_t{2});
    QCOMPARE(t.find(2026, 1)->price_eur_per_t, 75.36);
    QCOMPARE(t.find(2026, 1)->published, std::string("2026-04-07"));
    QVERIFY(t.find(2026, 2) == nullptr);
}

void TestCarbon::badPriceTable_data() {
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const QString h = "quarter,price_eur_per_t,kind,source\n";
    QTest::newRow("bad quarter") << h + "2026-Q5,1,illustrative,x\n" << "line 2, column 1 (quarter)" << "2026-Q1";
    QTest::newRow("bad price") << h + "2026-Q1,abc,illustrative,x\n" << "line 2, column 2 (price_eur_per_t)" << "abc";
    QTest::newRow("bad kind") << h + "2026-Q1,1,guess,x\n" << "line 2, column 3 (kind)" << "illustrative";
    QTest::newRow("duplicate") << h + "2026-Q1,1,illustrative,x\n2026-Q1,2,illustrative,x\n" << "line 3, column 1" << "each quarter once";
    QTest::newRow("no source") << h + "2026-Q1,1,illustrative,\n" << "line 2, column 4 (source)" << "source";
}

void TestCarbon::badPriceTable() {
    QFETCH(QString, content);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const std::string p = writeTemp("bad.csv", content.toStdString());
    expectInputError([&] { readCarbonPriceTable(p); }, where, what);
}
