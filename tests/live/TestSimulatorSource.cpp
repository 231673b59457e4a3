#include "LiveTests.h"

#include "io/SimulatorSource.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <chrono>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <thread>

using namespace gridtwin;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kStart = 1704067200000;  // 2024-01-01T00:00:00Z (a leap year)

// A cheap engine: step i has time start + i * step and pv_kw = i; optionally throws at one step.
class StubEngine final : public StepEngine {
public:
    StubEngine(const SimulationPeriod& p, std::int64_t throw_at) : p_(p), throw_at_(throw_at) {}
    bool done() const override { return p_.start_ms + i_ * p_.step_ms >= p_.end_ms; }
    std::size_t run(std::size_t max_steps, const SiteSimulation::BatchSink& sink) override {
        std::vector<StepRecord> batch;
        std::size_t ran = 0;
        while (ran < max_steps && !done()) {
            if (i_ == throw_at_) throw std::runtime_error("stub engine failure");
            StepRecord r;
            r.time_ms = p_.start_ms + i_ * p_.step_ms;
            r.pv_kw = static_cast<double>(i_);
            batch.push_back(r);
            ++i_;
            ++ran;
            if (batch.size() == 256) {
                sink(batch);
                batch.clear();
            }
        }
        if (!batch.empty()) sink(batch);
        return ran;
    }

private:
    SimulationPeriod p_;
    std::int64_t throw_at_;
    std::int64_t i_ = 0;
};

StepEngineFactory stubFactory(std::int64_t throw_at = -1) {
    return [throw_at](const SiteConfig&, const SimulationPeriod& p) {
        return std::unique_ptr<StepEngine>(std::make_unique<StubEngine>(p, throw_at));
    };
}

// Fake wall clock: sleep advances it; at `limit` the producer parks inside sleep until released.
struct FakeClock {
    std::atomic<std::int64_t> now{0};
    std::atomic<std::int64_t> limit{std::numeric_limits<std::int64_t>::max()};
    std::atomic<bool> parked{false};
    std::atomic<bool> released{false};
    WallClock clock() {
        return {[this] { return now.load(); },
                [this](std::int64_t ms) {
                    now += ms;
                    while (now.load() >= limit.load() && !released.load()) {
                        parked = true;
                        std::this_thread::sleep_for(1ms);
                    }
                    parked = false;
                }};
    }
};

template <class Pred> bool waitFor(Pred pred, std::chrono::milliseconds timeout = 10s) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!pred()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(1ms);
    }
    return true;
}

} // namespace

class TestSimulatorSource : public QObject {
    Q_OBJECT
private slots:
    void paceFollowsSpeed_data() {
        QTest::addColumn<double>("speed");
        QTest::addColumn<qint64>("steps");
        // Step k is due at wall time k x 1000 ms / speed; in 10 s of wall time k < 10 s x speed.
        QTest::newRow("x1") << 1.0 << qint64(10);
        QTest::newRow("x10") << 10.0 << qint64(100);
        QTest::newRow("x60") << 60.0 << qint64(600);
        QTest::newRow("x600") << 600.0 << qint64(6000);
    }
    void paceFollowsSpeed() {
        QFETCH(double, speed);
        QFETCH(qint64, steps);
        FakeClock fake;
        fake.limit = 10'000;
        SimulatorSource src(referenceSite(), kStart, 1000, stubFactory(), fake.clock());
        src.setSpeed(speed);
        QCOMPARE(src.speed(), speed);
        src.start();
        QVERIFY(waitFor([&] { return fake.parked.load(); }));
        QCOMPARE(qint64(src.producedCount()), steps);
        std::vector<StepRecord> got;
        QCOMPARE(qint64(src.drain(got)), steps);
        QCOMPARE(got.back().time_ms, kStart + (steps - 1) * 1000);
        QCOMPARE(src.state(), SourceState::Running);
        fake.released = true;
        src.stop();
        QCOMPARE(src.state(), SourceState::Stopped);
    }

    void pauseStopsAndStepOnceGivesOne() {
        FakeClock fake;
        SimulatorSource src(referenceSite(), kStart, 1000, stubFactory(), fake.clock(), 1000);
        std::atomic<int> paused_signals{0};
        src.stateChanged.connect([&](SourceState s) {
            if (s == SourceState::Paused) ++paused_signals;
        });
        src.setSpeed(0);  // as fast as possible, then pause
        src.start();
        QVERIFY(waitFor([&] { return src.producedCount() > 10000; }));
        src.setPaused(true);
        QVERIFY(waitFor([&] { return src.state() == SourceState::Paused; }));
        const std::uint64_t at_pause = src.producedCount();
        std::this_thread::sleep_for(50ms);
        QCOMPARE(src.producedCount(), at_pause);
        std::vector<StepRecord> got;
        src.drain(got);
        QCOMPARE(got.size() + src.droppedCount(), at_pause);  // bounded queue: oldest dropped
        QCOMPARE(got.size(), std::size_t{1000});

        src.stepOnce();
        QVERIFY(waitFor([&] { return src.producedCount() == at_pause + 1; }));
        std::this_thread::sleep_for(50ms);
        QCOMPARE(src.producedCount(), at_pause + 1);
        got.clear();
        QCOMPARE(src.drain(got), std::size_t{1});
        QCOMPARE(got[0].time_ms, kStart + static_cast<std::int64_t>(at_pause) * 1000);
        src.stepOnce();
        src.stepOnce();
        QVERIFY(waitFor([&] { return src.producedCount() == at_pause + 3; }));
        QCOMPARE(paused_signals.load(), 1);

        // Resume at x1 on the fake clock: re-anchored, so exactly 3 more steps in 3 s.
        src.setSpeed(1);
        fake.limit = fake.now.load() + 3000;
        src.setPaused(false);
        QVERIFY(waitFor([&] { return fake.parked.load(); }));
        QCOMPARE(src.producedCount(), at_pause + 6);
        fake.released = true;
        src.stop();
    }

    void stepOnceIgnoredWhileRunning() {
        FakeClock fake;
        fake.limit = 1;  // park at once: one step due at t = 0
        SimulatorSource src(referenceSite(), kStart, 1000, stubFactory(), fake.clock());
        src.stepOnce();
        src.start();
        QVERIFY(waitFor([&] { return fake.parked.load(); }));
        QCOMPARE(src.producedCount(), std::uint64_t{1});
        fake.released = true;
        src.stop();
    }

    void drainWhileProducing() {
        // Hourly steps for 2024 (leap year): 8784 records, drained from another thread.
        SimulatorSource src(referenceSite(), kStart, kMsPerHour, stubFactory(), WallClock::system(),
                            100000);
        QCOMPARE(src.period().end_ms, *parseIsoUtc("2025-01-01T00:00:00Z"));
        std::atomic<int> available{0};
        std::mutex states_mutex;
        std::vector<SourceState> states;
        src.samplesAvailable.connect([&] { ++available; });
        src.stateChanged.connect([&](SourceState s) {
            std::lock_guard lock(states_mutex);
            states.push_back(s);
        });
        src.setSpeed(0);
        std::vector<StepRecord> got;
        std::thread consumer([&] {
            while (src.state() != SourceState::Finished || src.producedCount() != got.size()) {
                src.drain(got);
                std::this_thread::sleep_for(100us);
            }
        });
        src.start();
        consumer.join();
        QCOMPARE(got.size(), std::size_t{8784});
        QCOMPARE(src.droppedCount(), std::uint64_t{0});
        for (std::size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].time_ms, kStart + static_cast<std::int64_t>(i) * kMsPerHour);
            QCOMPARE(got[i].pv_kw, static_cast<double>(i));
        }
        QVERIFY(available.load() >= 1);
        src.stop();
        std::lock_guard lock(states_mutex);
        QVERIFY(states.size() >= 3);
        QCOMPARE(states[0], SourceState::Running);
        QCOMPARE(states[states.size() - 2], SourceState::Finished);
        QCOMPARE(states.back(), SourceState::Stopped);
    }

    void undrainedQueueDropsOldest() {
        SimulatorSource src(referenceSite(), kStart, kMsPerHour, stubFactory(), WallClock::system(),
                            100);
        src.setSpeed(0);
        src.start();
        QVERIFY(waitFor([&] { return src.state() == SourceState::Finished; }));
        std::vector<StepRecord> got;
        QCOMPARE(src.drain(got), std::size_t{100});
        QCOMPARE(src.droppedCount(), std::uint64_t{8684});
        QCOMPARE(got.front().time_ms, kStart + 8684 * kMsPerHour);
        QCOMPARE(got.back().time_ms, *parseIsoUtc("2024-12-31T23:00:00Z"));
        QCOMPARE(src.drain(got), std::size_t{0});
    }

    void stopJoinsCleanly() {
        for (int i = 0; i < 20; ++i) {
            SimulatorSource src(referenceSite(), kStart, 1000, stubFactory(), WallClock::system(),
                                512);
            src.setSpeed(i % 2 ? 0.0 : 600.0);
            src.setPaused(i % 4 == 3);
            src.start();
            std::this_thread::sleep_for(std::chrono::milliseconds(i % 3));
            if (i % 5 != 4) src.stop();  // otherwise the destructor stops it
            if (i % 5 != 4) QCOMPARE(src.state(), SourceState::Stopped);
        }
    }

    void engineFaults() {
        SimulatorSource src(referenceSite(), kStart, 1000, stubFactory(10), WallClock::system());
        src.setSpeed(0);
        src.start();
        QVERIFY(waitFor([&] { return src.state() == SourceState::Faulted; }));
        QCOMPARE(src.producedCount(), std::uint64_t{0});  // the batch of 10 never reached the sink
        QCOMPARE(QString::fromStdString(src.stateText()), QString("faulted: stub engine failure"));
        src.stop();
        QCOMPARE(src.state(), SourceState::Faulted);  // a fault stays visible after stop

        SimulatorSource bad(referenceSite(), kStart, 1000,
                            [](const SiteConfig&, const SimulationPeriod&) -> std::unique_ptr<StepEngine> {
                                throw InputError("weather.csv", "line 3 (ghi)", "a number", "abc");
                            },
                            WallClock::system());
        bad.start();
        QVERIFY(waitFor([&] { return bad.state() == SourceState::Faulted; }));
        QVERIFY(QString::fromStdString(bad.stateText()).contains("weather.csv: line 3 (ghi)"));
    }

    void realSimulationStreamsBalancedSteps() {
        // The production constructor drives gridtwin::SiteSimulation at 15-min steps.
        SimulatorSource src(referenceSite(), kStart, 900'000);
        QCOMPARE(src.period().end_ms, *parseIsoUtc("2025-01-01T00:00:00Z"));
        src.setSpeed(0);
        src.start();
        std::vector<StepRecord> got;
        QVERIFY(waitFor(
            [&] {
                src.drain(got);
                return got.size() >= 96 || src.state() == SourceState::Faulted;
            },
            60s));
        QVERIFY2(src.state() != SourceState::Faulted, src.stateText().c_str());
        src.stop();
        src.drain(got);
        for (std::size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].time_ms, kStart + static_cast<std::int64_t>(i) * 900'000);
            QVERIFY(std::abs(balanceResidualKw(got[i])) < 1e-6);
            QVERIFY(got[i].load_kw > 0);
        }
    }

    void badArguments() {
        SimulatorSource src(referenceSite(), kStart, 1000, stubFactory(), WallClock::system());
        QVERIFY_THROWS_EXCEPTION(InputError, src.setSpeed(-1));
        QVERIFY_THROWS_EXCEPTION(InputError, src.setSpeed(qQNaN()));
        QCOMPARE(src.speed(), 1.0);
        try {
            SimulatorSource zero(referenceSite(), kStart, 0, stubFactory(), WallClock::system());
            QFAIL("step 0 accepted");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.where()), QString("simulator step"));
            QCOMPARE(QString::fromStdString(e.found()), QString("0"));
        }
    }
};

int runSimulatorSourceTests(int argc, char** argv) {
    TestSimulatorSource t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestSimulatorSource.moc"
