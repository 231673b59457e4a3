// Replay of recorded logs: order and values, pacing at each speed, pause/step, seek (CSV with a
// sparse index and a historian site), bad files.
#include "SourcesTests.h"

#include "io/ReplaySource.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"
#include "store/HistorianReplayLog.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace gridtwin;

namespace {

const std::int64_t kT0 = *parseIsoUtc("2024-06-01T10:00:00Z");

// A log of n rows at 1-s steps; grid_kw = row index so every record names its row.
std::string writeLongCsv(const QString& dir, int n) {
    const std::string path = (dir + "/long.csv").toStdString();
    std::FILE* f = std::fopen(path.c_str(), "w");
    std::fprintf(f, "time_utc,pv_kw,pv_curtailed_kw,load_kw,it_load_kw,bess_kw,bess_aux_kw,soc_pct,grid_kw,"
                    "price_eur_per_mwh,carbon_g_per_kwh,ambient_c,reason\n");
    for (int k = 0; k < n; ++k)
        std::fprintf(f, "%s,0,0,%d,%d,0,0,50,%d,80,200,20,idle\n", formatIsoUtc(kT0 + 1000LL * k).c_str(), k, k, k);
    std::fclose(f);
    return path;
}

// A fake monotonic clock whose sleep advances it at once: replays run in fake time, fast.
struct FakeClock {
    std::atomic<std::int64_t> now{0};
    WallClock clock() {
        return {[this] { return now.load(); }, [this](std::int64_t ms) {
                    now += ms;
                    std::this_thread::yield();
                }};
    }
};

bool waitUntil(const std::function<bool()>& cond, int timeout_ms = 5000) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!cond()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

std::vector<StepRecord> drainAll(ReplaySource& src) {
    std::vector<StepRecord> out;
    waitUntil([&] { return src.state() == SourceState::Finished; });
    src.drain(out);
    return out;
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT
private slots:
    void csvReplaysEveryRowInOrder() {
        ReplaySource src(std::make_unique<CsvReplayLog>(sourcesData("replay_small.csv")));
        QCOMPARE(src.firstMs(), kT0);
        QCOMPARE(src.lastMs(), kT0 + 11 * 15000);
        src.setSpeed(0);
        src.start();
        const auto rows = drainAll(src);
        src.stop();
        QCOMPARE(rows.size(), std::size_t{12});
        for (std::size_t k = 0; k < rows.size(); ++k) {
            QCOMPARE(rows[k].time_ms, kT0 + 15000 * static_cast<std::int64_t>(k));
            QCOMPARE(rows[k].quality, Quality::Good);
            QVERIFY(std::abs(balanceResidualKw(rows[k])) < 1e-6);
        }
        // Row 2 of the file: grid 12100 + 40 - 3010 - 500 = 8630 kW, peak shaving.
        QCOMPARE(rows[1].grid_kw, 8630.0);
        QCOMPARE(rows[1].reason, Reason::PeakShave);
        QCOMPARE(rows[11].soc_pct, 58.9);
        QCOMPARE(src.producedCount(), std::uint64_t{12});
    }

    void pacingFollowsSpeed_data() {
        QTest::addColumn<double>("speed");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("10x") << 10.0;
        QTest::newRow("60x") << 60.0;
        QTest::newRow("600x") << 600.0;
    }
    void pacingFollowsSpeed() {
        QFETCH(double, speed);
        FakeClock fake;
        ReplaySource src(std::make_unique<CsvReplayLog>(sourcesData("replay_small.csv")), fake.clock());
        src.setSpeed(speed);
        src.start();
        const auto rows = drainAll(src);
        src.stop();
        QCOMPARE(rows.size(), std::size_t{12});
        // 165 s of log take 165 s / speed of wall time; the producer oversleeps by < 1 ms per
        // wait (ceil), so allow one kMaxSleepMs of slack.
        const double expected_ms = 165000.0 / speed;
        const auto took = static_cast<double>(fake.now.load());
        QVERIFY2(took >= expected_ms && took <= expected_ms + ReplaySource::kMaxSleepMs + 12,
                 qPrintable(QString("took %1 ms, expected %2").arg(took).arg(expected_ms)));
    }

    void pauseAndSingleStep() {
        ReplaySource src(std::make_unique<CsvReplayLog>(sourcesData("replay_small.csv")));
        src.setPaused(true);
        src.start();
        QVERIFY(waitUntil([&] { return src.state() == SourceState::Paused; }));
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        std::vector<StepRecord> out;
        QCOMPARE(src.drain(out), std::size_t{0}); // paused: nothing
        for (int k = 0; k < 3; ++k) src.stepOnce();
        QVERIFY(waitUntil([&] { return src.producedCount() == 3; }));
        src.drain(out);
        QCOMPARE(out.size(), std::size_t{3});
        QCOMPARE(out[2].time_ms, kT0 + 30000);
        src.stop();
        QCOMPARE(src.state(), SourceState::Stopped);
    }

    void seekInALongCsvUsesTheIndex() {
        QTemporaryDir dir;
        const std::string path = writeLongCsv(dir.path(), 10000);
        auto log = std::make_unique<CsvReplayLog>(path);
        QCOMPARE(log->rowCount(), std::size_t{10000});
        QCOMPARE(log->indexSize(), std::size_t{3}); // rows 0, 4096, 8192
        ReplaySource src(std::move(log));
        src.setPaused(true);
        src.start();
        const std::uint64_t g0 = src.generation();
        const struct {
            std::int64_t target_ms;
            double first_row;
        } cases[] = {{kT0 + 5000500, 5001}, {kT0 + 10000, 10}, {kT0 + 9999000, 9999}, {kT0 - 5000, 0},
                     {kT0 + 8192000, 8192}};
        std::uint64_t seeks = 0;
        for (const auto& c : cases) {
            src.seek(c.target_ms);
            ++seeks;
            QCOMPARE(src.generation(), g0 + seeks);
            src.stepOnce();
            std::vector<StepRecord> out;
            QVERIFY(waitUntil([&] {
                src.drain(out);
                return !out.empty();
            }));
            QCOMPARE(out.front().grid_kw, c.first_row);
            QCOMPARE(out.front().time_ms, kT0 + 1000 * static_cast<std::int64_t>(c.first_row));
        }
        src.stop();
    }

    void seekWhileRunningDropsOlderSamples() {
        QTemporaryDir dir;
        const std::string path = writeLongCsv(dir.path(), 10000);
        ReplaySource src(std::make_unique<CsvReplayLog>(path));
        src.setSpeed(600); // 10 rows per wall second... per 1.7 ms
        src.start();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const std::int64_t target = kT0 + 7000000;
        src.seek(target);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        std::vector<StepRecord> out;
        src.drain(out);
        src.stop();
        QVERIFY(!out.empty());
        QCOMPARE(out.front().time_ms, target);
        for (std::size_t k = 1; k < out.size(); ++k) QCOMPARE(out[k].time_ms, out[k - 1].time_ms + 1000);
    }

    void maxSpeedWaitsForTheConsumerInsteadOfDropping() {
        QTemporaryDir dir;
        constexpr int kRows = 40000;
        // A queue of about one batch, not drained at first: the producer must wait, not drop.
        ReplaySource src(std::make_unique<CsvReplayLog>(writeLongCsv(dir.path(), kRows)), WallClock::system(),
                         ReplaySource::kMaxBatchSteps + 100);
        src.setSpeed(0);
        src.start();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QCOMPARE(src.droppedCount(), std::uint64_t{0});
        QVERIFY(src.state() == SourceState::Running);
        std::vector<StepRecord> out;
        QVERIFY(waitUntil([&] {
            src.drain(out);
            std::this_thread::sleep_for(std::chrono::milliseconds(2)); // a slow consumer
            return out.size() >= static_cast<std::size_t>(kRows);
        }, 30000));
        src.stop();
        QCOMPARE(src.droppedCount(), std::uint64_t{0});
        QCOMPARE(out.size(), static_cast<std::size_t>(kRows));
        for (std::size_t k = 0; k < out.size(); ++k) QCOMPARE(out[k].grid_kw, static_cast<double>(k));
    }

    void seekAfterTheEndReplaysAgain() {
        ReplaySource src(std::make_unique<CsvReplayLog>(sourcesData("replay_small.csv")));
        src.setSpeed(0);
        src.start();
        QCOMPARE(drainAll(src).size(), std::size_t{12});
        src.seek(kT0 + 150000); // rows 10 and 11
        QVERIFY(waitUntil([&] { return src.producedCount() == 14 && src.state() == SourceState::Finished; }));
        std::vector<StepRecord> out;
        src.drain(out);
        src.stop();
        QCOMPARE(out.size(), std::size_t{2});
        QCOMPARE(out[0].time_ms, kT0 + 150000);
    }

    void badFileNamesLineAndColumn_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("backwards") << "replay_backwards.csv" << "line 4, column 1 (time_utc)";
        QTest::newRow("missing") << "no_such_file.csv" << "";
    }
    void badFileNamesLineAndColumn() {
        QFETCH(QString, file);
        QFETCH(QString, where);
        try {
            CsvReplayLog log(sourcesData(qPrintable(file)));
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains(file), e.what());
            QVERIFY2(QString(e.what()).contains(where), e.what());
        }
    }

    void historianSiteReplaysInOrderAcrossGaps() {
        QTemporaryDir dir;
        const std::string db = (dir.path() + "/h.db").toStdString();
        std::vector<StepRecord> steps;
        // Three bursts with gaps of more than an hour between them (chunks are one hour).
        for (const std::int64_t base : std::vector<std::int64_t>{kT0, kT0 + 3 * 3600000LL, kT0 + 30 * 3600000LL})
            for (int k = 0; k < 5; ++k) {
                StepRecord r;
                r.time_ms = base + 1000LL * k;
                r.load_kw = 100 + static_cast<double>(steps.size());
                r.grid_kw = r.load_kw;
                r.soc_pct = 40;
                r.reason = Reason::Recharge;
                r.quality = Quality::Good;
                steps.push_back(r);
            }
        {
            Historian h(db);
            h.appendSteps(h.siteId("plant"), steps);
            h.siteId("other");
        }
        HistorianReplayLog log(db, "plant");
        QCOMPARE(log.firstMs(), kT0);
        QCOMPARE(log.lastMs(), kT0 + 30 * 3600000LL + 4000);
        StepRecord r;
        std::size_t k = 0;
        while (log.next(r)) {
            QVERIFY(k < steps.size());
            QCOMPARE(r.time_ms, steps[k].time_ms);
            QCOMPARE(r.grid_kw, steps[k].grid_kw);
            QCOMPARE(r.reason, Reason::Recharge);
            ++k;
        }
        QCOMPARE(k, steps.size());
        log.seek(kT0 + 3 * 3600000LL + 2500);
        QVERIFY(log.next(r));
        QCOMPARE(r.time_ms, kT0 + 3 * 3600000LL + 3000);
        QCOMPARE(r.load_kw, 108.0);
        try {
            HistorianReplayLog missing(db, "plnat");
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("other, plant"), e.what());
        }
    }
};

int runReplayTests(int argc, char** argv) {
    TestReplay t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestReplay.moc"
