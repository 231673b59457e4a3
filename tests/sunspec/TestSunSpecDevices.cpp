// The device server in-process on a free port: discovery at each base, scan, refused writes,
// the setpoint round trip into the simulation engine, and device faults seen by the source.
#include "TestSunSpec.h"

#include "io/sunspec/SunSpecClient.h"
#include "io/sunspec/SunSpecDeviceServer.h"
#include "io/sunspec/SunSpecDeviceSource.h"
#include "io/sunspec/SunSpecScanner.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <QtTest>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace gridtwin;

namespace {

const SunSpecModelCatalog& catalog() {
    static const SunSpecModelCatalog c = SunSpecModelCatalog::loadBundled();
    return c;
}

// A site standing still: 3 MW PV, 12 MW load, the battery at the setpoint (or idle), grid the rest.
class StubPlant : public SunSpecPlant {
public:
    StubPlant() { step(); }
    const SiteConfig& site() const override { return site_; }
    std::int64_t nowMs() const override { return now_ms_; }
    std::int64_t stepMs() const override { return 1000; }
    std::size_t advanceTo(std::int64_t sim_ms, const std::function<void(const StepRecord&)>& each) override {
        std::size_t n = 0;
        while (now_ms_ < sim_ms) {
            step();
            if (each) each(last_);
            ++n;
        }
        return n;
    }
    const StepRecord& last() const override { return last_; }
    void setBessSetpointKw(std::optional<double> kw) override { setpoint_ = kw; }
    std::atomic<double> pv_kw{3000}; // a test may push it beyond the inverter's register range

private:
    void step() {
        last_.time_ms = now_ms_;
        last_.pv_kw = pv_kw.load();
        last_.load_kw = 12000;
        last_.bess_kw = setpoint_.value_or(0.0);
        last_.soc_pct = 61.5;
        last_.grid_kw = last_.load_kw - last_.pv_kw - last_.bess_kw;
        now_ms_ += 1000;
    }
    SiteConfig site_ = referenceSite();
    std::int64_t now_ms_ = 1'700'000'000'000;
    StepRecord last_;
    std::optional<double> setpoint_;
};

// A TCP peer that answers every request with a well-framed but wrong reply: one register,
// whatever was asked for (garbage a client must reject, not decode).
class GarbageServer {
public:
    GarbageServer() {
        listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(0x7f000001u);
        socklen_t len = sizeof a;
        if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), len) != 0 || ::listen(listen_fd_, 8) != 0 ||
            ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
            qFatal("garbage server: cannot listen");
        port_ = ntohs(a.sin_port);
        thread_ = std::jthread([this](std::stop_token st) { run(st); });
    }
    ~GarbageServer() {
        thread_.request_stop();
        thread_.join();
        ::close(listen_fd_);
    }
    int port() const { return port_; }

private:
    void run(std::stop_token st) {
        std::vector<int> clients;
        while (!st.stop_requested()) {
            std::vector<pollfd> fds{{listen_fd_, POLLIN, 0}};
            for (int c : clients) fds.push_back({c, POLLIN, 0});
            if (::poll(fds.data(), fds.size(), 20) <= 0) continue;
            if (fds[0].revents & POLLIN)
                if (const int c = ::accept(listen_fd_, nullptr, nullptr); c >= 0) clients.push_back(c);
            for (std::size_t i = 1; i < fds.size(); ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
                std::uint8_t q[260];
                const ssize_t n = ::recv(fds[i].fd, q, sizeof q, 0);
                if (n <= 0) {
                    ::close(fds[i].fd);
                    std::erase(clients, fds[i].fd);
                    continue;
                }
                if (n < 8) continue;
                const std::uint8_t r[] = {q[0], q[1], 0, 0, 0, 5, q[6], q[7], 2, 0x12, 0x34};
                ::send(fds[i].fd, r, sizeof r, MSG_NOSIGNAL);
            }
        }
        for (int c : clients) ::close(c);
    }
    int listen_fd_ = -1;
    int port_ = 0;
    std::jthread thread_;
};

SunSpecServerConfig serverConfig(std::uint32_t base = 40000) {
    SunSpecServerConfig c;
    c.port = 0; // any free port
    c.base_address = base;
    c.update_interval_ms = 50;
    return c;
}

std::vector<int> ids(const std::vector<SunSpecModelInfo>& models) {
    std::vector<int> out;
    for (const SunSpecModelInfo& m : models) out.push_back(m.id);
    return out;
}

} // namespace

void TestSunSpec::discoveryAtBase_data() {
    QTest::addColumn<int>("base");
    QTest::newRow("0") << 0;
    QTest::newRow("40000") << 40000;
    QTest::newRow("50000") << 50000;
}

void TestSunSpec::discoveryAtBase() {
    QFETCH(int, base);
    // A temporary catalogue, as gridtwin-devsim passes it: the server keeps its own copy.
    SunSpecDeviceServer server(serverConfig(static_cast<std::uint32_t>(base)), std::make_unique<StubPlant>(),
                               SunSpecModelCatalog::loadBundled());
    server.start();
    QVERIFY(server.port() > 0);
    SunSpecClient client("127.0.0.1", server.port(), 1000);
    QVERIFY(client.connect().ok());
    client.setUnit(1);
    const SunSpecDiscovery d = client.discover(catalog());
    QVERIFY2(d.result.ok(), d.result.message.c_str());
    QCOMPARE(d.base_address, static_cast<std::uint32_t>(base));
    QCOMPARE(ids(d.models), (std::vector<int>{1, 103, 701}));
    // Common model at base + 2 (L = 66), the next at + 70, then + 122 (ecosystem.md 1.2).
    QCOMPARE(d.models[0].address, static_cast<std::uint32_t>(base + 2));
    QCOMPARE(d.models[1].address, static_cast<std::uint32_t>(base + 70));
    QCOMPARE(d.models[2].address, static_cast<std::uint32_t>(base + 122));
    QCOMPARE(d.models[1].length, 50);
    QCOMPARE(QString::fromStdString(d.models[1].name), QString("Inverter (Three Phase)"));
    std::vector<std::uint16_t> regs;
    QVERIFY(client.readModel(d.models[1], regs).ok());
    const SunSpecModelValues v = decodeSunSpecModel(*catalog().find(103), regs);
    QCOMPARE(*v.value("W"), 3'000'000.0); // 3000 kW at W_SF 3
    QCOMPARE(*v.value("Hz"), 50.0);
    client.setUnit(9); // nobody there: the gateway answers exception 0x0B
    const SunSpecDiscovery none = client.discover(catalog());
    QCOMPARE(none.result.status, ModbusStatus::Exception);
    QCOMPARE(none.result.exception_code, 11);
}

void TestSunSpec::scanFindsThreeDevices() {
    SunSpecDeviceServer server(serverConfig(), std::make_unique<StubPlant>(), catalog());
    server.start();
    SunSpecScanOptions o;
    o.port = server.port();
    o.unit_first = 1;
    o.unit_last = 6;
    o.timeout_ms = 1000;
    const SunSpecScanResult r = scanSunSpec(o, catalog());
    QVERIFY(r.connection.ok());
    QCOMPARE(r.devices.size(), std::size_t{3});
    QVERIFY(r.unit_errors.empty());
    QCOMPARE(r.devices[0].unit_id, 1);
    QCOMPARE(r.devices[1].unit_id, 2);
    QCOMPARE(r.devices[2].unit_id, 3);
    std::vector<int> got[3];
    for (int i = 0; i < 3; ++i)
        for (const SunSpecScannedModel& m : r.devices[static_cast<std::size_t>(i)].models) got[i].push_back(m.info.id);
    QCOMPARE(got[0], (std::vector<int>{1, 103, 701}));
    QCOMPARE(got[1], (std::vector<int>{1, 124, 802}));
    QCOMPARE(got[2], (std::vector<int>{1, 203}));
    QCOMPARE(QString::fromStdString(r.devices[1].manufacturer), QString("GridTwin"));
    QCOMPARE(QString::fromStdString(r.devices[2].model), QString("devsim site meter"));
    // Live values with units: meter W = grid 9000 kW import; BESS SoC 61.5 %.
    const SunSpecPointValue* w = r.devices[2].models[1].values.point("W");
    QVERIFY(w && w->implemented);
    QCOMPARE(w->value, 9'000'000.0);
    QCOMPARE(QString::fromStdString(w->units), QString("W"));
    QCOMPARE(*r.devices[1].models[2].values.value("SoC"), 61.5);
    QCOMPARE(r.devices[0].models[1].values.point("St")->text, std::string("MPPT"));
    // Stale from the start (--fault stale): the map and the first values are served, then frozen.
    SunSpecServerConfig frozen_cfg = serverConfig();
    frozen_cfg.faults.stale = true;
    SunSpecDeviceServer frozen(frozen_cfg, std::make_unique<StubPlant>(), catalog());
    frozen.start();
    o.port = frozen.port();
    const SunSpecScanResult f = scanSunSpec(o, catalog());
    QCOMPARE(f.devices.size(), std::size_t{3});
    QCOMPARE(*f.devices[2].models[1].values.value("W"), 9'000'000.0);
    // Refused range.
    o.unit_first = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, scanSunSpec(o, catalog()));
}

void TestSunSpec::scanReportsFailingAndSilentUnits() {
    SunSpecDeviceServer server(serverConfig(), std::make_unique<StubPlant>(), catalog());
    server.start();
    SunSpecScanOptions o;
    o.port = server.port();
    o.unit_first = 1;
    o.unit_last = 4;
    o.timeout_ms = 200;
    // Every 3rd request answered with exception 4: discovery of unit 1 breaks in its chain walk,
    // which is the device failing, not "nobody there". Unit 4 (exception 11) stays unlisted.
    SunSpecFaultOptions f;
    f.exception_code = 4;
    f.exception_every = 3;
    server.setFaults(f);
    SunSpecScanResult r = scanSunSpec(o, catalog());
    QVERIFY(r.connection.ok());
    QVERIFY(!r.unit_errors.empty());
    QCOMPARE(r.unit_errors.front().first, 1);
    QCOMPARE(r.unit_errors.front().second.status, ModbusStatus::Exception);
    QCOMPARE(r.unit_errors.front().second.exception_code, 4);
    for (const auto& [unit, err] : r.unit_errors) QVERIFY(unit != 4);
    QVERIFY(r.silent_units.empty());
    // Every request failing: no device is listed, each unit is named with the exception.
    f.exception_every = 1;
    server.setFaults(f);
    r = scanSunSpec(o, catalog());
    QVERIFY(r.devices.empty());
    QCOMPARE(r.unit_errors.size(), std::size_t{3});
    QCOMPARE(r.unit_errors[2].first, 3);
    QCOMPARE(r.unit_errors[2].second.exception_code, 4);
    // Answers later than the timeout: the units are silent, not absent and not devices.
    f = {};
    f.delay_ms = 400;
    server.setFaults(f);
    o.unit_last = 2;
    r = scanSunSpec(o, catalog());
    QVERIFY(r.devices.empty());
    QVERIFY(r.unit_errors.empty());
    QCOMPARE(r.silent_units, (std::vector<int>{1, 2}));
}

void TestSunSpec::valueOutOfRangeKeepsServing() {
    auto plant = std::make_unique<StubPlant>();
    StubPlant* p = plant.get();
    SunSpecDeviceServer server(serverConfig(), std::move(plant), catalog());
    server.start();
    QVERIFY(server.updateError().empty());
    p->pv_kw = 1e9; // 1 TW: does not fit 103 W at the site's scale factor
    QTRY_VERIFY_WITH_TIMEOUT(!server.updateError().empty(), 3000);
    QVERIFY2(server.updateError().rfind("model 103 W: ", 0) == 0, server.updateError().c_str());
    // Still serving, with the last values that fitted.
    SunSpecClient client("127.0.0.1", server.port(), 1000);
    QVERIFY(client.connect().ok());
    client.setUnit(1);
    const SunSpecDiscovery d = client.discover(catalog());
    QVERIFY(d.result.ok());
    std::vector<std::uint16_t> regs;
    QVERIFY(client.readModel(d.models[1], regs).ok());
    QCOMPARE(*decodeSunSpecModel(*catalog().find(103), regs).value("W"), 3'000'000.0);
}

void TestSunSpec::readOnlyWriteIsRefused() {
    SunSpecDeviceServer server(serverConfig(), std::make_unique<StubPlant>(), catalog());
    server.start();
    SunSpecClient client("127.0.0.1", server.port(), 1000);
    QVERIFY(client.connect().ok());
    client.setUnit(3);
    const std::uint16_t w = 1;
    const ModbusResult r = client.writeRegisters(40002 + 70 + 18, std::span<const std::uint16_t>(&w, 1)); // meter W
    QCOMPARE(r.status, ModbusStatus::Exception);
    QCOMPARE(r.exception_code, 2);
    QVERIFY(client.connected()); // an exception answer leaves the link usable
    std::vector<std::uint16_t> regs;
    QVERIFY(client.readRegisters(40000, 2, regs).ok());
    QCOMPARE(regs[0], std::uint16_t{0x5375});
}

void TestSunSpec::garbageAnswersMarkDevicesBad() {
    GarbageServer garbage;
    SunSpecClient client("127.0.0.1", garbage.port(), 500);
    QVERIFY(client.connect().ok());
    std::vector<std::uint16_t> regs;
    const ModbusResult r = client.readRegisters(40000, 3, regs);
    QCOMPARE(r.status, ModbusStatus::ProtocolError);
    QVERIFY(regs.empty());
    QVERIFY(!client.connected()); // out of step with the peer: closed, not trusted
    const SunSpecDiscovery d = client.discover(catalog());
    QCOMPARE(d.result.status, ModbusStatus::ProtocolError);
    QVERIFY(!d.absent && !d.marker_found);
    // The device source keeps trying, reports the garbage and marks the data Bad.
    SunSpecSourceConfig sc = SunSpecSourceConfig::sitePreset("127.0.0.1", garbage.port(), 1, 0, 0);
    sc.poll_interval_ms = 100;
    sc.sample_interval_ms = 100;
    sc.timeout_ms = 300;
    sc.backoff_initial_ms = 50;
    sc.backoff_max_ms = 200;
    SunSpecDeviceSource source(sc, catalog());
    source.start();
    std::vector<StepRecord> got;
    QTRY_VERIFY_WITH_TIMEOUT((source.drain(got), got.size() >= 3), 3000);
    for (const StepRecord& rec : got) QCOMPARE(rec.quality, Quality::Bad);
    QTRY_VERIFY_WITH_TIMEOUT(source.deviceStatus()[0].error_count >= 2, 3000);
    const SunSpecDeviceStatus s = source.deviceStatus()[0];
    QVERIFY2(s.last_error.rfind("protocol error", 0) == 0, s.last_error.c_str());
    QVERIFY(!s.connected);
    QCOMPARE(s.last_good_poll_ms, std::int64_t{0});
    source.stop();
}

void TestSunSpec::setpointRoundTripMovesSimulatedBess() {
    // The real engine on the reference site, one day at 1 s steps, 60x real time.
    SiteConfig site = referenceSite();
    const std::int64_t start = 1'717'243'200'000; // 2024-06-01T12:00Z: PV and load both present
    SunSpecServerConfig cfg = serverConfig();
    cfg.speed = 60;
    SunSpecDeviceServer server(cfg, makeSimulationPlant(site, start, 86'400'000), catalog());
    server.start();
    SunSpecClient client("127.0.0.1", server.port(), 1000);
    QVERIFY(client.connect().ok());
    client.setUnit(2);
    const SunSpecDiscovery d = client.discover(catalog());
    QVERIFY(d.result.ok());
    const SunSpecModelInfo& m124 = d.models[1];
    QCOMPARE(m124.id, 124);
    // Discharge 2500 kW = 25 % of WChaMax (10 MW): OutWRte, then StorCtl_Mod bit 1.
    QVERIFY(client.writePoint(m124, *catalog().find(124), "OutWRte", 25.0).ok());
    QVERIFY(client.writePoint(m124, *catalog().find(124), "StorCtl_Mod", 2).ok());
    QCOMPARE(server.bessSetpointKw().value_or(-1), 2500.0);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(server.lastRecord().bess_kw - 2500.0) < 1e-6 &&
                                 server.lastRecord().reason == Reason::Setpoint, 3000);
    StepRecord r = server.lastRecord();
    QVERIFY(std::abs(balanceResidualKw(r)) < 1e-6);
    // The meter and the 802 block show it: 802 W = 2500 kW (> 0 discharge).
    std::vector<std::uint16_t> regs;
    QTRY_VERIFY_WITH_TIMEOUT(client.readModel(d.models[2], regs).ok() &&
                                 decodeSunSpecModel(*catalog().find(802), regs).value("W").value_or(0) == 2'500'000.0, 3000);
    // Charge 1000 kW through the device source (writes allowed), then release.
    SunSpecSourceConfig sc = SunSpecSourceConfig::sitePreset("127.0.0.1", server.port(), 1, 2, 3);
    sc.poll_interval_ms = 100;
    sc.sample_interval_ms = 100;
    sc.allow_setpoint_writes = true;
    SunSpecDeviceSource source(sc, catalog());
    source.start();
    QVERIFY(source.requestBessSetpointKw(-1000.0));
    QTRY_COMPARE_WITH_TIMEOUT(server.bessSetpointKw().value_or(0), -1000.0, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(server.lastRecord().bess_kw + 1000.0) < 1e-6, 3000);
    QVERIFY(source.requestBessSetpointKw(std::nullopt));
    QTRY_VERIFY_WITH_TIMEOUT(!server.bessSetpointKw().has_value(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(server.lastRecord().reason != Reason::Setpoint, 3000);
    source.stop();
}

void TestSunSpec::setpointNeedsPermission() {
    SunSpecDeviceServer server(serverConfig(), std::make_unique<StubPlant>(), catalog());
    server.start();
    SunSpecDeviceSource source(SunSpecSourceConfig::sitePreset("127.0.0.1", server.port(), 1, 2, 3), catalog());
    QVERIFY(!source.setpointWritingAllowed());
    QVERIFY(!source.requestBessSetpointKw(500.0));
    source.setSetpointWritingAllowed(true);
    SunSpecDeviceSource no_storage(SunSpecSourceConfig::sitePreset("127.0.0.1", server.port(), 1, 0, 3), catalog());
    no_storage.setSetpointWritingAllowed(true);
    QVERIFY(!no_storage.requestBessSetpointKw(500.0));
    QVERIFY_THROWS_EXCEPTION(InputError, SunSpecDeviceSource(SunSpecSourceConfig::sitePreset("h", 502, 0, 0, 0), catalog()));
    QVERIFY_THROWS_EXCEPTION(InputError, SunSpecDeviceSource(SunSpecSourceConfig::sitePreset("h", 502, 1, 248, 3), catalog()));
}

void TestSunSpec::faultsMarkQualityAndSourceRecovers() {
    SunSpecDeviceServer server(serverConfig(), std::make_unique<StubPlant>(), catalog());
    server.start();
    SunSpecSourceConfig sc = SunSpecSourceConfig::sitePreset("127.0.0.1", server.port(), 1, 2, 3);
    sc.poll_interval_ms = 100;
    sc.sample_interval_ms = 100;
    sc.timeout_ms = 300;
    sc.backoff_initial_ms = 50;
    sc.backoff_max_ms = 400;
    SunSpecDeviceSource source(sc, catalog());
    std::vector<StepRecord> got;
    const auto lastQuality = [&] {
        source.drain(got);
        return got.empty() ? Quality::Simulated : got.back().quality;
    };
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Good, 3000);
    const StepRecord good = got.back();
    QCOMPARE(good.pv_kw, 3000.0);
    QCOMPARE(good.grid_kw, 9000.0);
    QCOMPARE(good.soc_pct, 61.5);
    QCOMPARE(good.load_kw, 12000.0); // from the balance

    // Drop every 300 ms and answer every 2nd request with exception 4 (server device failure).
    SunSpecFaultOptions f;
    f.drop_every_ms = 300;
    f.exception_code = 4;
    f.exception_every = 2;
    server.setFaults(f);
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Bad, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() > 4, 3000); // the source reconnected by itself
    bool saw_exception = false;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        for (const SunSpecDeviceStatus& s : source.deviceStatus())
            saw_exception = saw_exception || s.last_error.find("exception") != std::string::npos;
        return saw_exception;
    }()), 3000);

    // Faults cleared: every device reconnects and the data is Good again, without a restart.
    server.setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        for (const SunSpecDeviceStatus& s : source.deviceStatus())
            if (!s.connected || s.quality != Quality::Good) return false;
        return true;
    }()), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Good, 3000);
    for (const SunSpecDeviceStatus& s : source.deviceStatus()) {
        QVERIFY(s.error_count > 0);
        QVERIFY(s.last_good_poll_ms > 0);
        QCOMPARE(s.backoff_ms, 0);
    }

    // Frozen values: the BESS heartbeat stops, the source calls the data Stale.
    f = {};
    f.stale = true;
    server.setFaults(f);
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Stale, 6000);
    server.setFaults({});
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Good, 3000);

    // Answers later than the 300 ms timeout: Bad (the link is closed and reopened), Good after.
    f = {};
    f.delay_ms = 500;
    server.setFaults(f);
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Bad, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(source.deviceStatus()[2].last_error.find("timeout") == 0, 3000);
    server.setFaults({});
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Good, 5000);

    // The server goes away: Bad, with a capped backoff.
    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(lastQuality(), Quality::Bad, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(source.deviceStatus()[0].backoff_ms == 400, 5000);
    source.stop();
}

void TestSunSpec::faultOptionParsing_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("drop_ms");
    QTest::addColumn<int>("delay_ms");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("every");
    QTest::newRow("drop") << "drop" << true << 10000 << 0 << 0 << 1;
    QTest::newRow("drop:5") << "drop:5" << true << 5000 << 0 << 0 << 1;
    QTest::newRow("delay:1500") << "delay:1500" << true << 0 << 1500 << 0 << 1;
    QTest::newRow("exception:6/3") << "exception:6/3" << true << 0 << 0 << 6 << 3;
    QTest::newRow("exception:4") << "exception:4" << true << 0 << 0 << 4 << 1;
    QTest::newRow("exception:12") << "exception:12" << false << 0 << 0 << 0 << 1;
    QTest::newRow("delay") << "delay" << false << 0 << 0 << 0 << 1;
    QTest::newRow("drop:x") << "drop:x" << false << 0 << 0 << 0 << 1;
    QTest::newRow("crash") << "crash" << false << 0 << 0 << 0 << 1;
}

void TestSunSpec::faultOptionParsing() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, drop_ms);
    QFETCH(int, delay_ms);
    QFETCH(int, code);
    QFETCH(int, every);
    SunSpecFaultOptions f;
    if (!valid) {
        QVERIFY_THROWS_EXCEPTION(InputError, f.parse(text.toStdString()));
        return;
    }
    f.parse(text.toStdString());
    QCOMPARE(f.drop_every_ms, drop_ms);
    QCOMPARE(f.delay_ms, delay_ms);
    QCOMPARE(f.exception_code, code);
    QCOMPARE(f.exception_every, every);
}
