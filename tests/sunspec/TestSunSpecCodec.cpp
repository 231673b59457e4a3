// Catalogue offsets against the reference register tables (ecosystem.md 1.4, generated from the
// pinned sunspec/models JSON), catalogue errors, and decoding of hand-built register images.
#include "TestSunSpec.h"

#include "io/sunspec/SunSpecCodec.h"
#include "io/sunspec/SunSpecModelCatalog.h"
#include "model/InputError.h"

#include <QtTest>

#include <cmath>
#include <stdexcept>

using namespace gridtwin;

namespace {

const SunSpecModelCatalog& catalog() {
    static const SunSpecModelCatalog c = SunSpecModelCatalog::loadBundled();
    return c;
}

// "14=4200,15=0xFFFF": register offset (from ID) = value.
std::vector<std::uint16_t> image(int model_id, const QString& spec, int length = -1) {
    const SunSpecModelDef* def = catalog().find(model_id);
    std::vector<std::uint16_t> regs = emptySunSpecModel(*def);
    if (length >= 0) regs.resize(static_cast<std::size_t>(length));
    for (const QString& item : spec.split(',', Qt::SkipEmptyParts)) {
        const QStringList kv = item.split('=');
        bool ok1 = false, ok2 = false;
        const int off = kv.value(0).toInt(&ok1);
        const uint v = kv.value(1).toUInt(&ok2, 0);
        if (!ok1 || !ok2 || off >= static_cast<int>(regs.size())) qFatal("bad test image spec");
        regs[static_cast<std::size_t>(off)] = static_cast<std::uint16_t>(v);
    }
    return regs;
}

} // namespace

void TestSunSpec::catalogueOffsets_data() {
    QTest::addColumn<int>("model");
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("length");
    // Offsets "ID=0" from ecosystem.md 1.4 (pinned JSON, commit 7abdf89).
    QTest::newRow("1 SN") << 1 << "SN" << 50 << 16 << 66;
    QTest::newRow("1 DA") << 1 << "DA" << 66 << 1 << 66;
    QTest::newRow("103 W") << 103 << "W" << 14 << 1 << 50;
    QTest::newRow("103 W_SF") << 103 << "W_SF" << 15 << 1 << 50;
    QTest::newRow("103 WH") << 103 << "WH" << 24 << 2 << 50;
    QTest::newRow("103 St") << 103 << "St" << 38 << 1 << 50;
    QTest::newRow("101 Evt2") << 101 << "Evt2" << 42 << 2 << 50;
    QTest::newRow("124 OutWRte") << 124 << "OutWRte" << 12 << 1 << 24;
    QTest::newRow("124 InOutWRte_SF") << 124 << "InOutWRte_SF" << 25 << 1 << 24;
    QTest::newRow("203 TotWhExp") << 203 << "TotWhExp" << 38 << 2 << 105;
    QTest::newRow("203 TotWhImp") << 203 << "TotWhImp" << 46 << 2 << 105;
    QTest::newRow("204 TotWh_SF") << 204 << "TotWh_SF" << 54 << 1 << 105;
    QTest::newRow("201 Evt") << 201 << "Evt" << 105 << 2 << 105;
    QTest::newRow("701 Hz") << 701 << "Hz" << 17 << 2 << 153;
    QTest::newRow("701 W_SF") << 701 << "W_SF" << 116 << 1 << 153;
    QTest::newRow("701 MnAlrmInfo") << 701 << "MnAlrmInfo" << 123 << 32 << 153;
    QTest::newRow("802 SoC") << 802 << "SoC" << 11 << 1 << 62;
    QTest::newRow("802 W") << 802 << "W" << 47 << 1 << 62;
    QTest::newRow("802 W_SF") << 802 << "W_SF" << 63 << 1 << 62;
}

void TestSunSpec::catalogueOffsets() {
    QFETCH(int, model);
    QFETCH(QString, point);
    QFETCH(int, offset);
    QFETCH(int, size);
    QFETCH(int, length);
    QCOMPARE(catalog().size(), SunSpecModelCatalog::supportedModelIds().size());
    const SunSpecModelDef* def = catalog().find(model);
    QVERIFY(def);
    QCOMPARE(def->length, length);
    const SunSpecPointDef* p = def->point(point.toStdString());
    QVERIFY(p);
    QCOMPARE(p->offset, offset);
    QCOMPARE(p->size, size);
}

void TestSunSpec::catalogueBadInput_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("where");
    const QString head = R"({"id": 900, "group": {"name": "x", "points": [)"
                         R"({"name": "ID", "type": "uint16", "size": 1}, {"name": "L", "type": "uint16", "size": 1})";
    // nlohmann counts the end of input it tried to read as one byte past the text (11 bytes).
    QTest::newRow("not json") << R"({"id": 900,)" << "byte 12";
    QTest::newRow("no id") << R"({"group": {"name": "x", "points": []}})" << "$.id";
    QTest::newRow("id text") << R"({"id": "103", "group": {}})" << "$.id";
    QTest::newRow("no points") << R"({"id": 900, "group": {"name": "x"}})" << "$.group.points";
    QTest::newRow("bad type") << head + R"(, {"name": "W", "type": "int17", "size": 1}]}})" << "$.group.points[2].type";
    QTest::newRow("size vs type") << head + R"(, {"name": "E", "type": "acc32", "size": 1}]}})" << "$.group.points[2].size";
    QTest::newRow("missing sf") << head + R"(, {"name": "W", "type": "int16", "size": 1, "sf": "W_SF"}]}})"
                                << "$.group.points[2].sf";
    QTest::newRow("ID not first") << R"({"id": 900, "group": {"name": "x", "points": [)"
                                     R"({"name": "L", "type": "uint16", "size": 1}, {"name": "ID", "type": "uint16", "size": 1}]}})"
                                  << "$.group.points[0..1].name";
    QTest::newRow("symbol value") << head + R"(, {"name": "St", "type": "enum16", "size": 1, "symbols": [{"name": "ON", "value": "1"}]}]}})"
                                  << "$.group.points[2].symbols[0].value";
}

void TestSunSpec::catalogueBadInput() {
    QFETCH(QString, json);
    QFETCH(QString, where);
    try {
        SunSpecModelCatalog::parseModel(json.toStdString(), "model_900.json");
        QFAIL("no error");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.file()), QString("model_900.json"));
        QCOMPARE(QString::fromStdString(e.where()), where);
    }
    try {
        SunSpecModelCatalog::loadDirectory("/nonexistent-dir");
        QFAIL("no error");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.file()), QString("/nonexistent-dir/model_1.json"));
    }
}

void TestSunSpec::decodeVectors_data() {
    QTest::addColumn<int>("model");
    QTest::addColumn<QString>("regs");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("implemented");
    QTest::addColumn<double>("value");
    QTest::newRow("103 W, W_SF -1") << 103 << "14=4200,15=0xFFFF" << -1 << "W" << true << 420.0;
    QTest::newRow("103 W negative, SF 2") << 103 << "14=0xFF38,15=2" << -1 << "W" << true << -20000.0;
    QTest::newRow("103 W sentinel 0x8000") << 103 << "14=0x8000,15=0" << -1 << "W" << false << 0.0;
    QTest::newRow("103 W_SF sentinel") << 103 << "14=100,15=0x8000" << -1 << "W" << false << 0.0;
    QTest::newRow("103 W_SF garbage 20") << 103 << "14=1,15=20" << -1 << "W" << false << 0.0;
    QTest::newRow("103 Hz 50.02") << 103 << "16=5002,17=0xFFFE" << -1 << "Hz" << true << 50.02;
    QTest::newRow("103 A uint16 sentinel") << 103 << "2=0xFFFF,6=0" << -1 << "A" << false << 0.0;
    QTest::newRow("103 A 65534") << 103 << "2=0xFFFE,6=0" << -1 << "A" << true << 65534.0;
    QTest::newRow("103 WH acc32 x 10^3") << 103 << "24=1,25=2,26=3" << -1 << "WH" << true << 65538000.0;
    QTest::newRow("103 WH acc32 zero") << 103 << "24=0,25=0,26=0" << -1 << "WH" << false << 0.0;
    // A device reporting a smaller L: W itself cut off, or W present but its W_SF cut off.
    QTest::newRow("103 short block, no W") << 103 << "2=5" << 14 << "W" << false << 0.0;
    QTest::newRow("103 short block, no W_SF") << 103 << "14=5" << 15 << "W" << false << 0.0;
    QTest::newRow("103 short block, W_SF kept") << 103 << "14=5,15=1" << 16 << "W" << true << 50.0;
    QTest::newRow("203 W import") << 203 << "18=12345,22=0" << -1 << "W" << true << 12345.0;
    QTest::newRow("203 TotWhImp") << 203 << "46=0,47=1000,54=1" << -1 << "TotWhImp" << true << 10000.0;
    QTest::newRow("802 SoC 50.5") << 802 << "11=505,56=0xFFFF" << -1 << "SoC" << true << 50.5;
    QTest::newRow("802 W -10 MW") << 802 << "47=0xD8F0,63=3" << -1 << "W" << true << -10000000.0;
    QTest::newRow("124 OutWRte 50.00") << 124 << "12=5000,25=0xFFFE" << -1 << "OutWRte" << true << 50.0;
    QTest::newRow("701 W_SF at 116") << 701 << "10=4200,116=3" << -1 << "W" << true << 4200000.0;
    QTest::newRow("802 NCyc uint32") << 802 << "14=0x0001,15=0x86A0" << -1 << "NCyc" << true << 100000.0;
    QTest::newRow("802 NCyc uint32 sentinel") << 802 << "14=0xFFFF,15=0xFFFF" << -1 << "NCyc" << false << 0.0;
}

void TestSunSpec::decodeVectors() {
    QFETCH(int, model);
    QFETCH(QString, regs);
    QFETCH(int, length);
    QFETCH(QString, point);
    QFETCH(bool, implemented);
    QFETCH(double, value);
    const SunSpecModelValues v = decodeSunSpecModel(*catalog().find(model), image(model, regs, length));
    const SunSpecPointValue* p = v.point(point.toStdString());
    QVERIFY(p);
    QCOMPARE(p->implemented, implemented);
    QCOMPARE(v.value(point.toStdString()).has_value(), implemented);
    if (implemented) QVERIFY2(std::abs(p->value - value) <= 1e-9 * std::max(1.0, std::abs(value)), qPrintable(QString::number(p->value)));
}

void TestSunSpec::wordOrder32And64() {
    const SunSpecModelDef& m701 = *catalog().find(701);
    // 701 Hz uint32 = 50000 x 10^-3; TotWhInj uint64 = 0x0000000100000002.
    std::vector<std::uint16_t> hi = image(701, "17=0x0000,18=0xC350,115=0xFFFD,19=0,20=1,21=0,22=2,120=0");
    std::vector<std::uint16_t> lo = image(701, "17=0xC350,18=0x0000,115=0xFFFD,19=2,20=0,21=1,22=0,120=0");
    const SunSpecModelValues a = decodeSunSpecModel(m701, hi, WordOrder::HighFirst);
    const SunSpecModelValues b = decodeSunSpecModel(m701, lo, WordOrder::LowFirst);
    QCOMPARE(*a.value("Hz"), 50.0);
    QCOMPARE(*b.value("Hz"), 50.0);
    QCOMPARE(*a.value("TotWhInj"), 4294967298.0);
    QCOMPARE(*b.value("TotWhInj"), 4294967298.0);
    // The same registers read in the wrong order are a different (large) number, not 50 Hz.
    QCOMPARE(*decodeSunSpecModel(m701, hi, WordOrder::LowFirst).value("Hz"), 0xC3500000u * 1e-3);
    // int32 sentinel 0x80000000 and sign of int32 (no int32 in these models: use a local definition).
    SunSpecModelDef def = SunSpecModelCatalog::parseModel(
        R"({"id": 64000, "group": {"name": "t", "points": [{"name": "ID", "type": "uint16", "size": 1},)"
        R"({"name": "L", "type": "uint16", "size": 1}, {"name": "P", "type": "int32", "size": 2}]}})", "t.json");
    std::vector<std::uint16_t> r{64000, 2, 0xFFFF, 0xFFFE};
    QCOMPARE(*decodeSunSpecModel(def, r).value("P"), -2.0);
    QCOMPARE(*decodeSunSpecModel(def, std::vector<std::uint16_t>{64000, 2, 0xFFFE, 0xFFFF}, WordOrder::LowFirst).value("P"), -2.0);
    r = {64000, 2, 0x8000, 0x0000};
    QVERIFY(!decodeSunSpecModel(def, r).value("P"));
}

void TestSunSpec::stringsEnumsBitfields() {
    // Mn "SunSpecTest" as in pysunspec2's client test: 2 characters per register, high byte first.
    std::vector<std::uint16_t> c = image(1, "2=0x5375,3=0x6E53,4=0x7065,5=0x6354,6=0x6573,7=0x7400");
    const SunSpecModelValues v = decodeSunSpecModel(*catalog().find(1), c);
    QCOMPARE(QString::fromStdString(v.point("Mn")->text), QString("SunSpecTest"));
    QVERIFY(!v.point("Md")->implemented); // first byte NUL
    const SunSpecModelValues inv = decodeSunSpecModel(*catalog().find(103), image(103, "38=4"));
    QCOMPARE(QString::fromStdString(inv.point("St")->text), QString("MPPT"));
    const SunSpecModelValues st = decodeSunSpecModel(*catalog().find(124), image(124, "5=3"));
    QCOMPARE(QString::fromStdString(st.point("StorCtl_Mod")->text), QString("CHARGE|DiSCHARGE"));
    QVERIFY(!decodeSunSpecModel(*catalog().find(124), image(124, "5=0xFFFF")).point("StorCtl_Mod")->implemented);
}

void TestSunSpec::encodeRoundTripAndRange() {
    const SunSpecModelDef& m103 = *catalog().find(103);
    std::vector<std::uint16_t> regs = emptySunSpecModel(m103);
    QCOMPARE(regs[0], std::uint16_t{103});
    QCOMPARE(regs[1], std::uint16_t{50});
    QCOMPARE(regs[14], std::uint16_t{0x8000}); // W not implemented until set
    QCOMPARE(regs[2], std::uint16_t{0xFFFF});  // A (uint16)
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, setSunSpecValue(m103, "W", 1000.0, regs)); // W_SF unset
    setSunSpecRaw(*m103.point("W_SF"), 0xFFFE, regs); // -2
    setSunSpecValue(m103, "W", -123.45, regs);
    QCOMPARE(regs[14], static_cast<std::uint16_t>(-12345));
    QCOMPARE(*decodeSunSpecModel(m103, regs).value("W"), -123.45);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, setSunSpecValue(m103, "W", 400.0, regs)); // 40000 > int16
    QCOMPARE(sunSpecScaledRaw(SunSpecType::Int16, 32767, 0), std::int64_t{32767});
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, sunSpecScaledRaw(SunSpecType::Int16, -32768, 0)); // the sentinel
    QCOMPARE(sunSpecScaledRaw(SunSpecType::Uint16, 65534, 0), std::int64_t{65534});
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, sunSpecScaledRaw(SunSpecType::Uint16, 65535, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, sunSpecScaledRaw(SunSpecType::Uint16, -1, 0));
    // acc32 wraps at 2^32 on a device: the all-ones count is a valid reading, 0 is "not accumulated".
    QCOMPARE(sunSpecScaledRaw(SunSpecType::Acc32, 4294967295.0, 0), std::int64_t{4294967295});
    setSunSpecRaw(*m103.point("WH"), 0x00010002, regs, WordOrder::LowFirst);
    QCOMPARE(regs[24], std::uint16_t{0x0002});
    QCOMPARE(regs[25], std::uint16_t{0x0001});
    setSunSpecString(*catalog().find(1)->point("Mn"), "GridTwin", regs);
    QCOMPARE(regs[2], std::uint16_t{0x4772}); // "Gr"
}
