#include "SiteConfigDocs.h"

#include "io/SourceSpec.h"
#include "model/InputError.h"
#include "model/LiveSourceText.h"
#include "model/ParameterTable.h"
#include "model/SiteConfigJson.h"
#include "model/TimeUtc.h"
#include "sim/Battery.h"
#include "sim/GpuClusterLoad.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace gridtwin;
using nlohmann::json;

namespace {

const std::string kRoot = GRIDTWIN_SOURCE_ROOT;

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

// Compares a checked-in generated file with its generator; GRIDTWIN_REGENERATE=1 rewrites it.
void checkGenerated(const std::string& relative, const std::string& expected) {
    const std::string path = kRoot + "/" + relative;
    if (qEnvironmentVariableIsSet("GRIDTWIN_REGENERATE")) writeText(path, expected);
    QVERIFY2(readText(path) == expected,
             (relative + " is out of date: run GRIDTWIN_REGENERATE=1 ./test_config").c_str());
}

SiteConfig variedSite() {
    SiteConfig s;
    s.name = "Two roofs";
    s.pv_arrays.resize(2);
    s.pv_arrays[1].name = "Carport";
    s.pv_arrays[1].tilt_deg = 10.5;
    s.pv_arrays[1].transposition = TranspositionModel::HayDavies;
    s.pv_arrays[1].cell_temperature = CellTemperatureModel::Pvsyst;
    s.grid.tariff.demand_period = DemandPeriod::Annual;
    s.grid.tariff.billing_interval_s = 3600;
    s.controller.kind = ControllerKind::SelfConsumption;
    s.controller.month_peak_floor = false;
    s.cluster.iteration_layer = true;
    s.location.time_zone = "Europe/Stockholm";
    s.seed = 42;
    s.bess.round_trip_efficiency = 0.8765432109876543;
    s.data_sources.live_source = "devices";
    s.data_sources.devices = {FieldDeviceConfig{DeviceRole::Meter, "10.0.0.7", 502, 247, 250},
                              FieldDeviceConfig{DeviceRole::Storage, "bess-gw.local", 1502, 12, 2000}};
    return s;
}

} // namespace

class TestSiteConfig : public QObject {
    Q_OBJECT
private slots:
    void tableInvariants() {
        std::set<std::string> paths;
        const SiteConfig defaults;
        for (const auto& p : siteParameters()) {
            QVERIFY2(paths.insert(p.path).second, p.path.c_str());
            QVERIFY2(checkParameterValue(p, p.default_value).empty(), p.path.c_str());
            QVERIFY2(!p.description.empty() && p.description.find('\n') == std::string::npos, p.path.c_str());
            QVERIFY2(p.get(defaults, 0) == p.default_value, p.path.c_str());
            if (p.kind == ParameterKind::Number || p.kind == ParameterKind::Integer) QVERIFY(p.min < p.max);
        }
        // Every scalar of SiteConfig except schema_version (checked by hand against SiteConfig.h).
        QCOMPARE(paths.size(), std::size_t{76});
        // The device table: five fields per device, defaults of FieldDeviceConfig{}.
        SiteConfig one;
        one.data_sources.devices = {FieldDeviceConfig{}};
        QCOMPARE(deviceParameters().size(), std::size_t{5});
        for (const auto& p : deviceParameters()) {
            QVERIFY2(p.perDevice() && !p.perPvArray() && findParameter(p.path) == nullptr, p.path.c_str());
            QVERIFY2(paths.insert(p.path).second, p.path.c_str());
            QVERIFY2(checkParameterValue(p, p.default_value).empty(), p.path.c_str());
            QVERIFY2(p.get(one, 0) == p.default_value, p.path.c_str());
            QVERIFY2(!p.description.empty() && p.description.find('\n') == std::string::npos, p.path.c_str());
            QCOMPARE(findDeviceParameter(p.path), &p);
        }
        QCOMPARE(findDeviceParameter("data_sources.devices[].unit_id")->expectedText(),
                 std::string("an integer from 1 to 247"));
        QCOMPARE(findDeviceParameter("data_sources.devices[].poll_interval_ms")->expectedText(),
                 std::string("an integer from 100 to 3600000 ms"));
        QCOMPARE(formatParameterValue(findParameter("data_sources.live_source")->default_value), std::string("sim"));
        // The reference site lists the gridtwin-devsim devices: inverter 1, storage 2, meter 3 on :1502.
        const auto& devs = referenceSite().data_sources.devices;
        QCOMPARE(devs.size(), std::size_t{3});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(static_cast<int>(devs[static_cast<std::size_t>(i)].role), i);
            QCOMPARE(devs[static_cast<std::size_t>(i)].unit_id, i + 1);
            QCOMPARE(devs[static_cast<std::size_t>(i)].port, 1502);
        }
        QCOMPARE(formatParameterValue(findParameter("bess.capacity_kwh")->default_value), std::string("20000"));
        QCOMPARE(formatParameterValue(findParameter("pv_arrays[].system_losses_pct")->default_value),
                 std::string("14.075660688264469"));
        QCOMPARE(formatParameterValue(findParameter("controller.kind")->default_value), std::string("peak_shaving"));
    }

    void setAndGet_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("read_back");
        QTest::newRow("number") << "bess.capacity_kwh" << "30000" << "30000";
        QTest::newRow("pv array") << "pv_arrays[0].tilt_deg" << "32.5" << "32.5";
        QTest::newRow("negative") << "pv_arrays[0].gamma_pdc_per_c" << "-0.004" << "-0.004";
        QTest::newRow("enum, any case") << "grid.tariff.demand_period" << "Annual" << "annual";
        QTest::newRow("enum pv") << "pv_arrays[0].transposition" << "hay_davies" << "hay_davies";
        QTest::newRow("bool off") << "controller.month_peak_floor" << "off" << "false";
        QTest::newRow("integer") << "grid.tariff.billing_interval_s" << "3600" << "3600";
        QTest::newRow("seed") << "seed" << "7" << "7";
        QTest::newRow("zone") << "location.time_zone" << "Europe/Berlin" << "Europe/Berlin";
        QTest::newRow("file") << "inputs.price_file" << "prices.csv" << "prices.csv";
        QTest::newRow("live source") << "data_sources.live_source" << "devices" << "devices";
        QTest::newRow("live source gateway") << "data_sources.live_source" << "devices:10.0.0.2:502:1,0,3"
                                             << "devices:10.0.0.2:502:1,0,3";
    }
    void setAndGet() {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, read_back);
        SiteConfig s = referenceSite();
        QVERIFY(getParameterText(s, path.toStdString()) != read_back.toStdString());
        setParameter(s, path.toStdString(), text.toStdString());
        QCOMPARE(QString::fromStdString(getParameterText(s, path.toStdString())), read_back);
    }

    // Values the engine refuses whenever a run starts (Battery::validate, GpuClusterLoad) are
    // outside the table's range, so --set and a site file refuse them at load with the table's
    // message; the table's own minimum is one the engine accepts.
    void engineMinimumIsTheTables_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("minimum");
        QTest::newRow("capacity") << "bess.capacity_kwh" << "a number from 0.001 to 10000000 kWh" << "0.001";
        QTest::newRow("power") << "bess.power_kw" << "a number from 0.001 to 10000000 kW" << "0.001";
        QTest::newRow("nodes") << "cluster.node_count" << "an integer from 1 to 1000000" << "1";
        QTest::newRow("utilisation") << "cluster.target_utilisation" << "a number from 0.01 to 1" << "0.01";
    }
    void engineMinimumIsTheTables() {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QFETCH(QString, minimum);
        SiteConfig s;
        try {
            setParameter(s, path.toStdString(), "0");
            QFAIL("--set NAME=0 accepted");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.where()), "--set " + path);
            QCOMPARE(QString::fromStdString(e.expected()), expected);
        }
        const std::string group = path.section('.', 0, 0).toStdString();
        const std::string field = path.section('.', 1).toStdString();
        try {
            siteConfigFromJson(json{{"schema_version", 1}, {group, {{field, 0}}}}, "site.json");
            QFAIL("site file with 0 accepted");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("site.json"));
            QCOMPARE(QString::fromStdString(e.where()), "$." + path);
            QCOMPARE(QString::fromStdString(e.expected()), expected);
            QCOMPARE(QString::fromStdString(e.found()), QStringLiteral("0"));
        }
        setParameter(s, path.toStdString(), minimum.toStdString());
        Battery::validate(s.bess, "site.json");
        const std::int64_t start_ms = *parseIsoUtc("2025-06-01T00:00:00Z");
        const GpuClusterLoad load(s.cluster, s.seed, start_ms, start_ms + 3'600'000);
        QVERIFY(load.maxItKw() > load.idleItKw());
    }

    void setTyped() {
        SiteConfig s;
        setParameter(s, "pv_arrays[0].azimuth_deg", "135");
        QCOMPARE(s.pv_arrays[0].azimuth_deg, 135.0);
        setParameter(s, "controller.kind", "none");
        QVERIFY(s.controller.kind == ControllerKind::None);
        setParameter(s, "cluster.node_count", "100");
        QCOMPARE(s.cluster.node_count, 100);
    }

    void setRefused_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("found");
        QTest::newRow("below range") << "bess.capacity_kwh" << "-1" << "a number from 0.001 to 10000000 kWh" << "-1";
        QTest::newRow("above range") << "pv_arrays[0].tilt_deg" << "91" << "a number from 0 to 90 deg" << "91";
        QTest::newRow("not a number") << "bess.power_kw" << "10MW" << "a number from 0.001 to 10000000 kW" << "10MW";
        QTest::newRow("not an integer") << "grid.tariff.billing_interval_s" << "15min"
                                        << "an integer from 60 to 3600 s" << "15min";
        QTest::newRow("bad enum") << "pv_arrays[0].transposition" << "klucher"
                                  << "one of isotropic, hay_davies, perez" << "klucher";
        QTest::newRow("bad bool") << "cluster.iteration_layer" << "maybe" << "true or false" << "maybe";
        QTest::newRow("typo") << "bess.capacity_kwhh" << "1"
                              << "a known parameter name (did you mean bess.capacity_kwh?); see docs/site-config.md"
                              << "bess.capacity_kwhh";
        QTest::newRow("wrong group") << "battery.capacity_kwh" << "1"
                                     << "a known parameter name (did you mean bess.capacity_kwh?); see docs/site-config.md"
                                     << "battery.capacity_kwh";
        QTest::newRow("index past end") << "pv_arrays[3].tilt_deg" << "10"
                                        << "a PV array index below 1 (the site has 1 PV arrays)" << "3";
        QTest::newRow("no index") << "pv_arrays.tilt_deg" << "10"
                                  << "a known parameter name (did you mean pv_arrays[0].tilt_deg?); see docs/site-config.md"
                                  << "pv_arrays.tilt_deg";
        QTest::newRow("bad live source") << "data_sources.live_source" << "modbus:10.0.0.2"
                                         << QString::fromStdString(liveSourceForms()) << "modbus:10.0.0.2";
        QTest::newRow("live source bad port") << "data_sources.live_source" << "devices:h:99999"
                                              << "a port 1..65535" << "devices:h:99999";
        QTest::newRow("bad index") << "pv_arrays[x].tilt_deg" << "10" << "an array index such as pv_arrays[0].tilt_deg"
                                   << "pv_arrays[x].tilt_deg";
    }
    void setRefused() {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, found);
        SiteConfig s;
        try {
            setParameter(s, path.toStdString(), text.toStdString());
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), QString());
            QCOMPARE(QString::fromStdString(e.where()), "--set " + path);
            QCOMPARE(QString::fromStdString(e.expected()), expected);
            QCOMPARE(QString::fromStdString(e.found()), found);
        }
        QVERIFY(siteConfigToJson(s) == siteConfigToJson(SiteConfig{})); // nothing changed
    }
    void unknownZoneRefused() {
        SiteConfig s;
        QVERIFY_THROWS_EXCEPTION(InputError, setParameter(s, "location.time_zone", "Nowhere/City"));
        QCOMPARE(s.location.time_zone, std::string("Europe/Rome"));
    }

    void roundTrip() {
        for (const SiteConfig& site : {referenceSite(), variedSite()}) {
            const json j = siteConfigToJson(site);
            const SiteConfig back = siteConfigFromJson(j, "memory");
            QCOMPARE(QString::fromStdString(siteConfigToJson(back).dump()), QString::fromStdString(j.dump()));
        }
        const SiteConfig v = siteConfigFromJson(siteConfigToJson(variedSite()), "memory");
        QCOMPARE(v.pv_arrays.size(), std::size_t{2});
        QCOMPARE(v.pv_arrays[1].tilt_deg, 10.5);
        QVERIFY(v.pv_arrays[1].transposition == TranspositionModel::HayDavies);
        QCOMPARE(v.bess.round_trip_efficiency, 0.8765432109876543);
        QCOMPARE(v.seed, std::uint64_t{42});
        const json j = siteConfigToJson(variedSite());
        QCOMPARE(j["pv_arrays"][1]["cell_temperature"].get<std::string>(), std::string("pvsyst"));
        QCOMPARE(j["grid"]["tariff"]["demand_period"].get<std::string>(), std::string("annual"));
        QCOMPARE(j["schema_version"].get<int>(), 1);
        // Devices keep their order and every field.
        QCOMPARE(v.data_sources.live_source, std::string("devices"));
        QCOMPARE(v.data_sources.devices.size(), std::size_t{2});
        QVERIFY(v.data_sources.devices[0].role == DeviceRole::Meter);
        QCOMPARE(v.data_sources.devices[0].host, std::string("10.0.0.7"));
        QCOMPARE(v.data_sources.devices[0].unit_id, 247);
        QCOMPARE(v.data_sources.devices[0].poll_interval_ms, 250);
        QVERIFY(v.data_sources.devices[1].role == DeviceRole::Storage);
        QCOMPARE(v.data_sources.devices[1].host, std::string("bess-gw.local"));
        QCOMPARE(v.data_sources.devices[1].port, 1502);
        QCOMPARE(v.data_sources.devices[1].unit_id, 12);
        QCOMPARE(j["data_sources"]["devices"][1]["role"].get<std::string>(), std::string("storage"));
        QCOMPARE(j["data_sources"]["devices"][0]["poll_interval_ms"].get<int>(), 250);
        SiteConfig none = variedSite();
        none.data_sources.devices.clear();
        QCOMPARE(siteConfigFromJson(siteConfigToJson(none), "memory").data_sources.devices.size(), std::size_t{0});
    }

    void siteDevicesBecomeTheLiveSource() {
        const SiteConfig site = variedSite();
        const SourceSpec spec = parseSourceSpec(site.data_sources.live_source, site);
        QVERIFY(spec.kind == SourceSpec::Kind::Devices);
        QCOMPARE(spec.devices.devices.size(), std::size_t{2});
        QVERIFY(spec.devices.devices[0].role == SunSpecRole::Meter);
        QCOMPARE(spec.devices.devices[0].host, std::string("10.0.0.7"));
        QCOMPARE(spec.devices.devices[0].port, 502);
        QCOMPARE(spec.devices.devices[0].unit_id, 247);
        QCOMPARE(spec.devices.devices[1].host, std::string("bess-gw.local"));
        QCOMPARE(spec.devices.devices[1].port, 1502);
        QCOMPARE(spec.devices.devices[1].poll_interval_ms, 2000);
        QCOMPARE(spec.devices.sample_interval_ms, 250); // the fastest poll
        // The reference site's list is what gridtwin-devsim serves.
        const SourceSpec ref = parseSourceSpec("devices");
        QCOMPARE(ref.devices.devices.size(), std::size_t{3});
        QCOMPARE(ref.devices.devices[2].unit_id, 3);
        QCOMPARE(ref.devices.devices[2].port, 1502);
        QVERIFY(ref.devices.devices[2].role == SunSpecRole::Meter);
        // The gateway form is unchanged.
        const SourceSpec gw = parseSourceSpec("devices:10.0.0.2:502:1,0,3", site);
        QCOMPARE(gw.devices.devices.size(), std::size_t{2});
        QCOMPARE(gw.devices.host, std::string("10.0.0.2"));
        SiteConfig empty;
        empty.data_sources.devices.clear();
        try {
            parseSourceSpec("devices", empty);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.where(), std::string("data_sources.devices"));
            QCOMPARE(e.found(), std::string("no devices"));
        }
    }

    void saveAndLoad() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("site.json").toStdString();
        saveSiteConfig(variedSite(), path);
        QVERIFY(siteConfigToJson(loadSiteConfig(path)) == siteConfigToJson(variedSite()));
    }

    void missingKeysTakeDefaults() {
        const SiteConfig s = siteConfigFromJson(json::parse(R"({"schema_version": 1, "bess": {"capacity_kwh": 5000}})"), "x");
        QCOMPARE(s.bess.capacity_kwh, 5000.0);
        QCOMPARE(s.bess.power_kw, 10000.0);
        QCOMPARE(s.pv_arrays.size(), std::size_t{1});
        const SiteConfig none = siteConfigFromJson(json::parse(R"({"schema_version": 1, "pv_arrays": [{}, {"tilt_deg": 5}]})"), "x");
        QCOMPARE(none.pv_arrays.size(), std::size_t{2});
        QCOMPARE(none.pv_arrays[0].tilt_deg, 25.0);
        QCOMPARE(none.pv_arrays[1].tilt_deg, 5.0);
        QCOMPARE(siteConfigFromJson(json::parse(R"({"schema_version": 1, "pv_arrays": []})"), "x").pv_arrays.size(),
                 std::size_t{0});
        // Files from before the data_sources section open with the simulation and the devsim devices.
        QCOMPARE(s.data_sources.live_source, std::string("sim"));
        QCOMPARE(s.data_sources.devices.size(), std::size_t{3});
        const SiteConfig d = siteConfigFromJson(
            json::parse(R"({"schema_version": 1, "data_sources": {"devices": [{"role": "meter"}]}})"), "x");
        QCOMPARE(d.data_sources.devices.size(), std::size_t{1});
        QVERIFY(d.data_sources.devices[0].role == DeviceRole::Meter);
        QCOMPARE(d.data_sources.devices[0].port, 502);
        QCOMPARE(d.data_sources.devices[0].unit_id, 1);
        QCOMPARE(d.data_sources.devices[0].host, std::string("127.0.0.1"));
    }

    void relativePathsResolve() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("site.json").toStdString();
        writeText(path, R"({"schema_version": 1, "inputs": {"price_file": "series/../prices.csv",
                           "carbon_file": "/data/carbon.csv"}, "cluster": {"recorded_load_file": "load.csv"},
                           "data_sources": {"live_source": "replay:logs/day.csv"}})");
        const SiteConfig s = loadSiteConfig(path);
        QCOMPARE(QString::fromStdString(s.inputs.price_file), dir.filePath("prices.csv"));
        QCOMPARE(s.inputs.carbon_file, std::string("/data/carbon.csv"));
        QCOMPARE(QString::fromStdString(s.cluster.recorded_load_file), dir.filePath("load.csv"));
        QCOMPARE(s.inputs.weather_file, std::string());
        QCOMPARE(QString::fromStdString(s.data_sources.live_source), "replay:" + dir.filePath("logs/day.csv"));
    }

    // Recharging while import is below a level at or above the peak threshold makes a new peak:
    // a site file with recharge_below_kw >= peak_threshold_kw is refused naming both paths and
    // values, whatever the controller kind (the values stay in the file when the kind changes).
    void rechargeBelowThreshold_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("threshold_kw");
        QTest::addColumn<double>("recharge_kw");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("below") << "peak_shaving" << 11500.0 << 9500.0 << "";
        QTest::newRow("above") << "peak_shaving" << 9000.0 << 9500.0
                               << "a power below controller.peak_threshold_kw = 9000 kW (recharging up to a higher import makes a new peak)";
        QTest::newRow("equal") << "peak_shaving" << 9500.0 << 9500.0
                               << "a power below controller.peak_threshold_kw = 9500 kW (recharging up to a higher import makes a new peak)";
        QTest::newRow("above, other kind") << "self_consumption" << 0.0 << 0.5
                                           << "a power below controller.peak_threshold_kw = 0 kW (recharging up to a higher import makes a new peak)";
        QTest::newRow("below, no controller") << "none" << 0.5 << 0.0 << "";
    }
    void rechargeBelowThreshold() {
        QFETCH(QString, kind);
        QFETCH(double, threshold_kw);
        QFETCH(double, recharge_kw);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = dir.filePath("site.json").toStdString();
        const json doc{{"schema_version", 1},
                       {"controller", {{"kind", kind.toStdString()}, {"peak_threshold_kw", threshold_kw},
                                       {"recharge_below_kw", recharge_kw}}}};
        writeText(path, doc.dump());
        try {
            const SiteConfig s = loadSiteConfig(path);
            QVERIFY2(expected.isEmpty(), "accepted");
            QCOMPARE(s.controller.recharge_below_kw, recharge_kw);
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(path));
            QCOMPARE(QString::fromStdString(e.where()), QStringLiteral("$.controller.recharge_below_kw"));
            QCOMPARE(QString::fromStdString(e.expected()), expected);
            QCOMPARE(QString::fromStdString(e.found()), QString::fromStdString(formatParameterValue(recharge_kw)));
        }
        // What is saved must load again: the same site is not written.
        SiteConfig s;
        s.controller.peak_threshold_kw = threshold_kw;
        s.controller.recharge_below_kw = recharge_kw;
        const std::string saved = dir.filePath("saved.json").toStdString();
        try {
            saveSiteConfig(s, saved);
            QVERIFY2(expected.isEmpty(), "saved");
            QCOMPARE(loadSiteConfig(saved).controller.recharge_below_kw, recharge_kw);
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(saved));
            QCOMPARE(QString::fromStdString(e.expected()), expected);
            QVERIFY(!QFile::exists(QString::fromStdString(saved)));
        }
    }

    void badJson_data() {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("found");
        QTest::newRow("wrong type") << R"({"schema_version":1,"bess":{"capacity_kwh":"big"}})"
                                    << "$.bess.capacity_kwh" << "a number from 0.001 to 10000000 kWh" << "big";
        QTest::newRow("out of range in 2nd array") << R"({"schema_version":1,"pv_arrays":[{},{"tilt_deg":95}]})"
                                                   << "$.pv_arrays[1].tilt_deg" << "a number from 0 to 90 deg" << "95";
        QTest::newRow("typo key") << R"({"schema_version":1,"bess":{"capacity_kwhh":1}})" << "$.bess.capacity_kwhh"
                                  << R"(a known key (did you mean "capacity_kwh"?))" << "capacity_kwhh";
        QTest::newRow("typo group") << R"({"schema_version":1,"bes":{}})" << "$.bes"
                                    << R"(a known key (did you mean "bess"?))" << "bes";
        QTest::newRow("typo in array") << R"({"schema_version":1,"pv_arrays":[{"tilt":3}]})" << "$.pv_arrays[0].tilt"
                                       << R"(a known key (did you mean "tilt_deg"?))" << "tilt";
        QTest::newRow("unknown, nothing close") << R"({"schema_version":1,"grid":{"zzzzzzzzzz":1}})"
                                                << "$.grid.zzzzzzzzzz" << "a known key" << "zzzzzzzzzz";
        QTest::newRow("bad enum") << R"({"schema_version":1,"pv_arrays":[{"transposition":"perezz"}]})"
                                  << "$.pv_arrays[0].transposition" << "one of isotropic, hay_davies, perez" << "perezz";
        QTest::newRow("fraction for integer") << R"({"schema_version":1,"grid":{"tariff":{"billing_interval_s":900.5}}})"
                                              << "$.grid.tariff.billing_interval_s" << "an integer from 60 to 3600 s" << "900.5";
        QTest::newRow("integer out of range") << R"({"schema_version":1,"grid":{"tariff":{"billing_interval_s":7200}}})"
                                              << "$.grid.tariff.billing_interval_s" << "an integer from 60 to 3600 s" << "7200";
        QTest::newRow("string for bool") << R"({"schema_version":1,"controller":{"month_peak_floor":"yes"}})"
                                         << "$.controller.month_peak_floor" << "true or false" << "yes";
        QTest::newRow("number for string") << R"({"schema_version":1,"name":5})" << "$.name" << "a string" << "5";
        QTest::newRow("group not object") << R"({"schema_version":1,"bess":5})" << "$.bess" << "an object" << "5";
        QTest::newRow("pv_arrays not array") << R"({"schema_version":1,"pv_arrays":{}})" << "$.pv_arrays"
                                             << "an array of PV array objects" << "{}";
        QTest::newRow("pv item not object") << R"({"schema_version":1,"pv_arrays":[3]})" << "$.pv_arrays[0]"
                                            << "a PV array object" << "3";
        QTest::newRow("version 2") << R"({"schema_version":2})" << "$.schema_version"
                                   << "schema_version 1 (supported versions: 1)" << "2";
        QTest::newRow("no version") << R"({"name":"x"})" << "$.schema_version"
                                    << "schema_version 1 (supported versions: 1)" << "";
        QTest::newRow("device port") << R"({"schema_version":1,"data_sources":{"devices":[{},{"port":70000}]}})"
                                     << "$.data_sources.devices[1].port" << "an integer from 1 to 65535" << "70000";
        QTest::newRow("device unit 0") << R"({"schema_version":1,"data_sources":{"devices":[{"unit_id":0}]}})"
                                       << "$.data_sources.devices[0].unit_id" << "an integer from 1 to 247" << "0";
        QTest::newRow("device unit 248") << R"({"schema_version":1,"data_sources":{"devices":[{"unit_id":248}]}})"
                                         << "$.data_sources.devices[0].unit_id" << "an integer from 1 to 247" << "248";
        QTest::newRow("device poll") << R"({"schema_version":1,"data_sources":{"devices":[{"poll_interval_ms":10}]}})"
                                     << "$.data_sources.devices[0].poll_interval_ms"
                                     << "an integer from 100 to 3600000 ms" << "10";
        QTest::newRow("device role") << R"({"schema_version":1,"data_sources":{"devices":[{"role":"battery"}]}})"
                                     << "$.data_sources.devices[0].role" << "one of inverter, storage, meter" << "battery";
        QTest::newRow("device empty host") << R"({"schema_version":1,"data_sources":{"devices":[{"host":""}]}})"
                                           << "$.data_sources.devices[0].host"
                                           << "a host name or IP address such as 192.168.1.20" << "";
        QTest::newRow("device typo") << R"({"schema_version":1,"data_sources":{"devices":[{"unit":3}]}})"
                                     << "$.data_sources.devices[0].unit" << R"(a known key (did you mean "unit_id"?))"
                                     << "unit";
        QTest::newRow("two meters") << R"({"schema_version":1,"data_sources":{"devices":[{"role":"meter"},{"role":"inverter"},{"role":"meter","unit_id":4}]}})"
                                    << "$.data_sources.devices[2].role"
                                    << "one device per role ($.data_sources.devices[0] is already the meter)" << "meter";
        QTest::newRow("devices not array") << R"({"schema_version":1,"data_sources":{"devices":{}}})"
                                           << "$.data_sources.devices" << "an array of device objects" << "{}";
        QTest::newRow("device not object") << R"({"schema_version":1,"data_sources":{"devices":["x"]}})"
                                           << "$.data_sources.devices[0]" << "a device object" << "x";
        QTest::newRow("typo in data_sources") << R"({"schema_version":1,"data_sources":{"device":[]}})"
                                              << "$.data_sources.device" << R"(a known key (did you mean "devices"?))"
                                              << "device";
        QTest::newRow("live source kind") << R"({"schema_version":1,"data_sources":{"live_source":"opcua:x"}})"
                                          << "$.data_sources.live_source" << QString::fromStdString(liveSourceForms())
                                          << "opcua:x";
        QTest::newRow("live source unit") << R"({"schema_version":1,"data_sources":{"live_source":"devices:gw:502:1,2,300"}})"
                                          << "$.data_sources.live_source" << "a unit id 0..247"
                                          << "devices:gw:502:1,2,300";
        QTest::newRow("not an object") << "[1,2]" << "$" << "a JSON object with the site" << "[1,2]";
        QTest::newRow("unknown zone") << R"({"schema_version":1,"location":{"time_zone":"Europe/Roma"}})"
                                      << "$.location.time_zone"
                                      << "an IANA time zone name such as \"Europe/Rome\" (see the TZ column of "
                                         "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones or "
                                         "`timedatectl list-timezones`)"
                                      << "Europe/Roma";
    }
    void badJson() {
        QFETCH(QString, doc);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        QFETCH(QString, found);
        try {
            siteConfigFromJson(json::parse(doc.toStdString()), "site.json");
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("site.json"));
            QCOMPARE(QString::fromStdString(e.where()), where);
            QCOMPARE(QString::fromStdString(e.expected()), expected);
            QCOMPARE(QString::fromStdString(e.found()), found);
        }
    }

    void syntaxErrorLineColumn_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("found");
        QTest::newRow("trailing comma") << "{\n  \"schema_version\": 1,\n  \"bess\": {\"capacity_kwh\": 12,}\n}\n"
                                        << "line 3, column 31" << R"("bess": {"capacity_kwh": 12,})";
        QTest::newRow("missing colon") << "{\n\"schema_version\" 1}" << "line 2, column 18" << R"("schema_version" 1})";
        QTest::newRow("truncated") << "{\"schema_version\": 1,\n" << "line 2, column 1" << "";
    }
    void syntaxErrorLineColumn() {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, found);
        QTemporaryDir dir;
        const std::string path = dir.filePath("broken.json").toStdString();
        writeText(path, text.toStdString());
        try {
            loadSiteConfig(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(path));
            QCOMPARE(QString::fromStdString(e.where()), where);
            QVERIFY2(e.expected().rfind("valid JSON (", 0) == 0, e.what());
            QCOMPARE(QString::fromStdString(e.found()), found);
        }
        QVERIFY_THROWS_EXCEPTION(InputError, loadSiteConfig(dir.filePath("missing.json").toStdString()));
    }

    void referenceSiteFileInSync() {
        checkGenerated("resources/sites/reference-site.json", siteConfigToJson(referenceSite()).dump(2) + "\n");
        const SiteConfig loaded = loadSiteConfig(kRoot + "/resources/sites/reference-site.json");
        QVERIFY(siteConfigToJson(loaded) == siteConfigToJson(referenceSite()));
    }

    void schemaListsEveryParameter() {
        checkGenerated("resources/site-config.schema.json", siteConfigJsonSchema().dump(2) + "\n");
        const json schema = json::parse(readText(kRoot + "/resources/site-config.schema.json"));
        QCOMPARE(schema["$schema"].get<std::string>(), std::string("https://json-schema.org/draft/2020-12/schema"));
        std::vector<ParameterInfo> all = siteParameters();
        all.insert(all.end(), deviceParameters().begin(), deviceParameters().end());
        for (const auto& p : all) {
            const json* node = &schema;
            std::string rest = p.path;
            if (p.perPvArray()) {
                node = &schema["properties"]["pv_arrays"]["items"];
                rest = rest.substr(std::string("pv_arrays[].").size());
            } else if (p.perDevice()) {
                node = &schema["properties"]["data_sources"]["properties"]["devices"]["items"];
                rest = rest.substr(std::string("data_sources.devices[].").size());
            }
            for (auto dot = rest.find('.'); dot != std::string::npos; dot = rest.find('.')) {
                QVERIFY2((*node)["additionalProperties"] == false, p.path.c_str());
                node = &(*node)["properties"][rest.substr(0, dot)];
                rest = rest.substr(dot + 1);
            }
            QVERIFY2(node->contains("properties") && (*node)["properties"].contains(rest), p.path.c_str());
            const json& leaf = (*node)["properties"][rest];
            if (p.kind == ParameterKind::Number || p.kind == ParameterKind::Integer) {
                QCOMPARE(leaf["minimum"].get<double>(), p.min);
                QCOMPARE(leaf["maximum"].get<double>(), p.max);
            }
        }
    }

    void docsListEveryParameter() {
        checkGenerated("docs/site-config.md", siteConfigMarkdown());
        const std::string md = readText(kRoot + "/docs/site-config.md");
        for (const auto* table : {&siteParameters(), &deviceParameters()})
            for (const auto& p : *table)
                QVERIFY2(md.find("| `" + p.path + "` |") != std::string::npos, p.path.c_str());
    }
};

int runTestSiteConfig(int argc, char** argv) {
    TestSiteConfig t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestSiteConfig.moc"
