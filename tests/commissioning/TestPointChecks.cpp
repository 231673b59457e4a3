// Commissioning point checks (core/io/sunspec/PointChecks) on the register images of the
// simulated site's devices (the same images gridtwin-devsim serves): a healthy plant passes,
// and each seeded fault (reversed sign, wrong scale factor, phase CT reversed) fails the check
// that names it.
#include "io/sunspec/PointChecks.h"
#include "io/sunspec/SunSpecCodec.h"
#include "io/sunspec/SunSpecSiteMap.h"
#include "model/SiteConfig.h"

#include <QTest>

#include <functional>
#include <sstream>

using namespace gridtwin;

namespace {

SunSpecScannedDevice device(int unit, SunSpecDeviceImage& img, std::initializer_list<int> ids) {
    SunSpecScannedDevice d;
    d.unit_id = unit;
    for (int id : ids) {
        SunSpecScannedModel m;
        m.info.id = id;
        m.known = img.definition(id) != nullptr;
        if (m.known) m.values = decodeSunSpecModel(*img.definition(id), img.model(id));
        d.models.push_back(m);
    }
    return d;
}

// PV 3 MW delivered, BESS charging at 2 MW, facility load 12 MW: the meter imports 11 MW.
struct Plant {
    SunSpecModelCatalog catalog = SunSpecModelCatalog::loadBundled();
    SunSpecSiteMap map{referenceSite(), catalog};
    Plant() {
        StepRecord r;
        r.pv_kw = 3000;
        r.load_kw = 12000;
        r.bess_kw = -2000;
        r.grid_kw = 11000;
        r.soc_pct = 55;
        map.update(r, 1);
    }
    SunSpecScanResult scan() {
        SunSpecScanResult s;
        s.devices.push_back(device(1, map.inverter(), {1, 103, 701}));
        s.devices.push_back(device(2, map.storage(), {1, 124, 802}));
        s.devices.push_back(device(3, map.meter(), {1, 203}));
        return s;
    }
};

const PointCheck* find(const PointCheckReport& r, const std::string& point, int unit) {
    for (const PointCheck& c : r.checks)
        if (c.point == point && c.unit_id == unit) return &c;
    return nullptr;
}

} // namespace

class TestPointChecks : public QObject {
    Q_OBJECT
private slots:
    void healthyPlantPasses() {
        Plant p;
        const PointCheckReport r = runPointChecks(p.scan(), "127.0.0.1:1502, units 1-3");
        std::ostringstream text;
        writePointCheckText(text, r);
        QVERIFY2(r.passed(), text.str().c_str());
        QVERIFY(r.count(CheckOutcome::Pass) >= 10);
        // The checks that matter ran (not skipped).
        QCOMPARE(find(r, "meter W + inverter W + storage W", 0)->outcome, CheckOutcome::Pass);
        // 11 MW import + 3 MW PV - 2 MW charging = 12 MW facility load.
        QCOMPARE(find(r, "meter W + inverter W + storage W", 0)->measured, std::string("site load 1.2e+07 W"));
        QCOMPARE(find(r, "meter Hz vs inverter Hz", 0)->outcome, CheckOutcome::Pass);
        QCOMPARE(find(r, "meter V vs inverter V", 0)->outcome, CheckOutcome::Pass);
        QCOMPARE(find(r, "W vs ChaSt", 2)->outcome, CheckOutcome::Pass);
        QCOMPARE(find(r, "W vs WphA+WphB+WphC", 3)->outcome, CheckOutcome::Pass);
        QCOMPARE(find(r, "SoC", 2)->measured, std::string("55 %"));
        QVERIFY(text.str().find("0 failed") != std::string::npos);
    }

    void seededFaultFails_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("unit");
        QTest::newRow("meter sign reversed") << 0 << "meter W + inverter W + storage W" << 0;
        QTest::newRow("meter phase CT reversed") << 1 << "W vs WphA+WphB+WphC" << 3;
        QTest::newRow("storage sign reversed") << 2 << "W vs ChaSt" << 2;
        QTest::newRow("meter Hz scale factor") << 3 << "Hz" << 3;
        QTest::newRow("meter Hz vs inverter") << 3 << "meter Hz vs inverter Hz" << 0;
        QTest::newRow("PV inverter importing") << 4 << "W" << 1;
        QTest::newRow("SoC above 100 %") << 5 << "SoC" << 2;
    }
    void seededFaultFails() {
        QFETCH(int, fault);
        QFETCH(QString, point);
        QFETCH(int, unit);
        Plant p;
        switch (fault) {
        case 0: p.map.meter().set(203, "W", -11e6); for (const char* ph : {"WphA", "WphB", "WphC"}) p.map.meter().set(203, ph, -11e6 / 3); break;
        case 1: p.map.meter().set(203, "WphB", -11e6 / 3); break;
        case 2: p.map.storage().set(802, "W", 2e6); break;
        case 3: p.map.meter().setRaw(203, "Hz_SF", static_cast<std::uint16_t>(-1)); break;
        case 4: p.map.inverter().set(103, "W", -3e6); p.map.inverter().set(701, "W", -3e6); break;
        case 5: p.map.storage().setRaw(802, "SoC", 1500); break;
        }
        const PointCheckReport r = runPointChecks(p.scan());
        const PointCheck* c = find(r, point.toStdString(), unit);
        QVERIFY2(c, qPrintable(point));
        std::ostringstream text;
        writePointCheckText(text, r);
        QVERIFY2(c->outcome == CheckOutcome::Fail, text.str().c_str());
        QVERIFY(!c->note.empty());
        QVERIFY(!r.passed());
    }

    void idleBatteryAndMissingMeterAreSkipped() {
        Plant p;
        p.map.storage().set(802, "W", 0);
        SunSpecScanResult s = p.scan();
        s.devices.pop_back(); // no meter
        const PointCheckReport r = runPointChecks(s);
        QCOMPARE(find(r, "W vs ChaSt", 2)->outcome, CheckOutcome::Skipped);
        const PointCheck* balance = find(r, "meter W + inverter W + storage W", 0);
        QCOMPARE(balance->outcome, CheckOutcome::Skipped);
        QVERIFY(balance->note.find("meter") != std::string::npos);
        QVERIFY(r.passed()); // skipped checks do not fail the plant
    }

    void csvReport() {
        Plant p;
        p.map.storage().set(802, "W", 2e6);
        const PointCheckReport r = runPointChecks(p.scan());
        std::ostringstream out;
        writePointCheckCsv(out, r);
        std::istringstream in(out.str());
        std::string line;
        std::getline(in, line);
        QCOMPARE(line, std::string("unit_id,model_id,category,point,outcome,measured,expected,note"));
        std::size_t rows = 0, fails = 0;
        while (std::getline(in, line)) {
            ++rows;
            if (line.find(",fail,") != std::string::npos) ++fails;
        }
        QCOMPARE(rows, r.checks.size());
        QCOMPARE(fails, r.count(CheckOutcome::Fail));
        QVERIFY(out.str().find("2,802,sign,W vs ChaSt,fail,\"2e+06 W, ChaSt CHARGING\"") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPointChecks)
#include "TestPointChecks.moc"
