// LiveSetpointWriter: what reaches the device sink and the audit log (start, first write, stop),
// the deadband, releases on untrusted data and on silence; then the whole path against an
// in-process SunSpec device server: the controller's setpoint arrives in model 124, stop
// releases it, and without permission nothing arrives.
#include "TestLiveControl.h"
#include "control/LiveSetpointWriter.h"
#include "io/sunspec/SunSpecDeviceServer.h"
#include "io/sunspec/SunSpecDeviceSource.h"
#include "store/Historian.h"
#include "tune/ChangeControl.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>

using namespace gridtwin;

namespace {

constexpr std::int64_t kT0 = 1'717'408'800'000; // 2024-06-03T10:00Z, an interval start

SiteConfig shavingSite(double threshold_kw) {
    SiteConfig s = referenceSite();
    s.bess.aux_per_throughput = 0;
    s.controller.kind = ControllerKind::PeakShaving;
    s.controller.peak_threshold_kw = threshold_kw;
    s.controller.recharge_below_kw = threshold_kw - 2000;
    return s;
}

struct AuditLine {
    std::int64_t time_ms;
    std::string action, detail;
};

// A site standing still: 3 MW PV, 12 MW load, the battery at the setpoint; the meter the rest.
class StillSitePlant : public SunSpecPlant {
public:
    StillSitePlant() { step(); }
    const SiteConfig& site() const override { return site_; }
    std::int64_t nowMs() const override { return now_ms_; }
    std::int64_t stepMs() const override { return 100; }
    std::size_t advanceTo(std::int64_t sim_ms,
                          const std::function<void(const StepRecord&)>& each) override {
        std::size_t n = 0;
        for (; now_ms_ < sim_ms; ++n) {
            step();
            if (each) each(last_);
        }
        return n;
    }
    const StepRecord& last() const override { return last_; }
    void setBessSetpointKw(std::optional<double> kw) override { setpoint_ = kw; }

private:
    void step() {
        last_.time_ms = now_ms_;
        last_.pv_kw = 3000;
        last_.load_kw = 12000;
        last_.bess_kw = setpoint_.value_or(0.0);
        last_.soc_pct = 61.5;
        last_.grid_kw = last_.load_kw - last_.pv_kw - last_.bess_kw;
        last_.reason = setpoint_ ? Reason::Setpoint : Reason::Idle;
        now_ms_ += 100;
    }
    SiteConfig site_ = referenceSite();
    std::int64_t now_ms_ = kT0;
    StepRecord last_;
    std::optional<double> setpoint_;
};

const SunSpecModelCatalog& catalog() {
    static const SunSpecModelCatalog c = SunSpecModelCatalog::loadBundled();
    return c;
}

SunSpecServerConfig anyPort() {
    SunSpecServerConfig c;
    c.port = 0;
    c.update_interval_ms = 50;
    return c;
}

std::int64_t wallMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

SunSpecSourceConfig fastSource(int port, bool writes) {
    SunSpecSourceConfig sc = SunSpecSourceConfig::sitePreset("127.0.0.1", port, 1, 2, 3);
    sc.poll_interval_ms = 100;
    sc.sample_interval_ms = 100;
    sc.allow_setpoint_writes = writes;
    return sc;
}

} // namespace

void TestLiveControl::writerAuditsAndDeadband() {
    std::vector<std::optional<double>> sent;
    std::vector<AuditLine> audit;
    LiveSetpointWriter w(
        LiveBessControl(shavingSite(11500)),
        [&](std::optional<double> kw) {
            sent.push_back(kw);
            return true;
        },
        [&](std::int64_t t, const std::string& a, const std::string& d) {
            audit.push_back({t, a, d});
        });
    // Nothing reaches the device before start.
    const StepRecord before = measuredRecord(kT0, 12000, 0);
    w.feed({&before, 1});
    QVERIFY(sent.empty());
    w.start(kT0, "127.0.0.1:1502 unit 2", "peak threshold 11500 kW trial");
    QCOMPARE(audit.size(), std::size_t(1));
    QCOMPARE(audit[0].action, std::string("start_setpoint_writing"));
    QVERIFY(audit[0].detail.find("127.0.0.1:1502 unit 2") != std::string::npos);
    QVERIFY(audit[0].detail.find("threshold 11500.0 kW") != std::string::npos);
    QVERIFY(audit[0].detail.find("why: peak threshold 11500 kW trial") != std::string::npos);
    // 12 MW -> 500 kW; 12000.5 MW -> 500.5 kW is inside the 1 kW deadband; 12.1 MW -> 600 kW.
    const std::vector<StepRecord> recs{measuredRecord(kT0 + 1000, 12000, 0),
                                       measuredRecord(kT0 + 2000, 11500, 500.5),
                                       measuredRecord(kT0 + 3000, 11500, 600)};
    w.feed(recs);
    QCOMPARE(sent.size(), std::size_t(2));
    QCOMPARE(sent[0].value_or(-1), 500.0);
    QCOMPARE(sent[1].value_or(-1), 600.0);
    QCOMPARE(w.status().writes, std::uint64_t(2));
    QCOMPARE(w.status().records, std::uint64_t(3));
    QCOMPARE(w.status().last.reason, Reason::PeakShave);
    // The first write is recorded once, with its value and reason.
    QCOMPARE(audit.size(), std::size_t(2));
    QCOMPARE(audit[1].action, std::string("first_setpoint_write"));
    QVERIFY(audit[1].detail.find("500.0 kW (peak_shave)") != std::string::npos);
    // The same value again after rewrite_after_ms (30 s): written again (a restarted device).
    const StepRecord later = measuredRecord(kT0 + 33'000, 11500, 600);
    w.feed({&later, 1});
    QCOMPARE(sent.size(), std::size_t(3));
    QCOMPARE(sent[2].value_or(-1), 600.0);
    // Stop releases and is recorded; a record afterwards is ignored.
    w.stop(kT0 + 34'000, "trial over");
    QCOMPARE(sent.size(), std::size_t(4));
    QVERIFY(!sent[3].has_value());
    QCOMPARE(audit.back().action, std::string("stop_setpoint_writing"));
    QVERIFY(audit.back().detail.find("trial over; battery released; 4 writes") !=
            std::string::npos);
    const StepRecord after = measuredRecord(kT0 + 35'000, 20000, 0);
    w.feed({&after, 1});
    QCOMPARE(sent.size(), std::size_t(4));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, w.start(kT0 + 36'000, "x", ""));
}

void TestLiveControl::writerRefusesUnrecordedStart() {
    int sink_calls = 0;
    LiveSetpointWriter w(
        LiveBessControl(shavingSite(11500)),
        [&](std::optional<double>) {
            ++sink_calls;
            return true;
        },
        [](std::int64_t, const std::string&, const std::string&) {
            throw std::runtime_error("no project file open");
        });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, w.start(kT0, "h:1", "why"));
    QVERIFY(!w.running());
    const StepRecord r = measuredRecord(kT0, 13000, 0);
    w.feed({&r, 1});
    QCOMPARE(sink_calls, 0);

    // A log that takes the start but not the first write: released and stopped, nothing set.
    int entries = 0;
    std::vector<std::optional<double>> sent;
    LiveSetpointWriter w2(
        LiveBessControl(shavingSite(11500)),
        [&](std::optional<double> kw) {
            sent.push_back(kw);
            return true;
        },
        [&](std::int64_t, const std::string&, const std::string&) {
            if (++entries > 1) throw std::runtime_error("disk full");
        });
    w2.start(kT0, "h:1", "why");
    w2.feed({&r, 1});
    QVERIFY(!w2.running());
    QCOMPARE(sent.size(), std::size_t(1));
    QVERIFY(!sent[0].has_value());
    QVERIFY(w2.status().last_error.find("disk full") != std::string::npos);
}

void TestLiveControl::writerReleasesOnBadAndWatchdog() {
    std::vector<std::optional<double>> sent;
    LiveSetpointWriter w(
        LiveBessControl(shavingSite(11500)),
        [&](std::optional<double> kw) {
            sent.push_back(kw);
            return true;
        },
        [](std::int64_t, const std::string&, const std::string&) {});
    w.start(kT0, "h:1", "why");
    const std::vector<StepRecord> recs{measuredRecord(kT0, 12000, 0),
                                       measuredRecord(kT0 + 1000, 0, 0, Quality::Bad),
                                       measuredRecord(kT0 + 2000, 0, 0, Quality::Stale)};
    w.feed(recs);
    // 500 kW, then one release (the stale record finds the battery released already).
    QCOMPARE(sent.size(), std::size_t(2));
    QCOMPARE(sent[0].value_or(-1), 500.0);
    QVERIFY(!sent[1].has_value());
    QCOMPARE(w.status().last.action, LiveBessAction::Release);
    // Good again: set again. Then silence: the watchdog releases 10 s after the last good record.
    const StepRecord good = measuredRecord(kT0 + 3000, 12000, 0);
    w.feed({&good, 1});
    QCOMPARE(sent.size(), std::size_t(3));
    w.checkWatchdog(kT0 + 12'999);
    QCOMPARE(sent.size(), std::size_t(3));
    w.checkWatchdog(kT0 + 13'000);
    QCOMPARE(sent.size(), std::size_t(4));
    QVERIFY(!sent[3].has_value());
    QVERIFY(w.status().last_error.find("no trusted measurement for 10 s") != std::string::npos);
    QVERIFY(w.running()); // it resumes when measurements come back
}

// The product path: SunSpecDeviceSource -> LiveSetpointWriter -> model 124 on the device server.
// The still site imports 12 - 3 = 9 MW without the battery; threshold 8 MW: discharge 1 MW.
void TestLiveControl::devicesReceiveControllerSetpoint() {
    SunSpecDeviceServer server(anyPort(), std::make_unique<StillSitePlant>(), catalog());
    server.start();
    SunSpecDeviceSource source(fastSource(server.port(), true), catalog());
    QTemporaryDir dir;
    Historian project(dir.filePath(QStringLiteral("project.sqlite")).toStdString());
    ChangeControl cc(project);
    LiveSetpointWriter writer(
        LiveBessControl(shavingSite(8000)),
        [&](std::optional<double> kw) { return source.requestBessSetpointKw(kw); },
        [&](std::int64_t t, const std::string& a, const std::string& d) {
            cc.audit(t, "ada", "engineer", a, d);
        });
    source.start();
    writer.start(wallMs(), "127.0.0.1 unit 2", "end-to-end test"); // the records' clock
    QVERIFY(!server.bessSetpointKw().has_value());
    const auto settled = [&] {
        writer.drain(source);
        return server.bessSetpointKw().has_value() &&
               std::abs(*server.bessSetpointKw() - 1000.0) < 1e-6 &&
               std::abs(server.lastRecord().grid_kw - 8000.0) < 1e-6 &&
               writer.status().last.action == LiveBessAction::Set &&
               std::abs(writer.status().last.input.grid_without_bess_kw - 9000.0) < 1e-6;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 10000);
    QCOMPARE(writer.status().last.reason, Reason::PeakShave);
    QCOMPARE(writer.status().last.setpoint_kw, 1000.0);
    QVERIFY(writer.status().writes >= 1);
    QCOMPARE(writer.status().refused, std::uint64_t(0));
    // Stop, and close the connection at once: the queued release still reaches the device.
    writer.stop(wallMs(), "test over");
    source.stop();
    QVERIFY(!server.bessSetpointKw().has_value());
    QTRY_VERIFY_WITH_TIMEOUT(server.lastRecord().reason == Reason::Idle, 5000);
    // Who, what and why are in the project's audit log, in order.
    const std::vector<AuditEntry> log = cc.auditLog();
    QCOMPARE(log.size(), std::size_t(3));
    QCOMPARE(log[0].action, std::string("start_setpoint_writing"));
    QCOMPARE(log[0].user, std::string("ada"));
    QVERIFY(log[0].detail.find("why: end-to-end test") != std::string::npos);
    QCOMPARE(log[1].action, std::string("first_setpoint_write"));
    QCOMPARE(log[2].action, std::string("stop_setpoint_writing"));
    QVERIFY(log[2].detail.find("battery released") != std::string::npos);
}

void TestLiveControl::devicesWithoutPermissionGetNothing() {
    SunSpecDeviceServer server(anyPort(), std::make_unique<StillSitePlant>(), catalog());
    server.start();
    SunSpecDeviceSource source(fastSource(server.port(), false), catalog());
    LiveSetpointWriter writer(
        LiveBessControl(shavingSite(8000)),
        [&](std::optional<double> kw) { return source.requestBessSetpointKw(kw); },
        [](std::int64_t, const std::string&, const std::string&) {});
    source.start();
    writer.start(kT0, "127.0.0.1 unit 2", "no permission");
    // Measurements flow and the controller wants 1 MW, but the source refuses every write.
    QTRY_VERIFY_WITH_TIMEOUT((writer.drain(source), writer.status().refused >= 5), 10000);
    QCOMPARE(writer.status().writes, std::uint64_t(0));
    QCOMPARE(writer.status().last.setpoint_kw, 1000.0);
    QVERIFY(writer.status().last_error.find("refused") != std::string::npos);
    QVERIFY(!server.bessSetpointKw().has_value());
    QCOMPARE(server.lastRecord().bess_kw, 0.0);
    writer.stop(kT0 + 1, "done");
    source.stop();
    QVERIFY(!server.bessSetpointKw().has_value());
}
