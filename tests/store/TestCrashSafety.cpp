#include "TestStore.h"

#include "store/Historian.h"

#include "KillDuringWrite.h"

#include <QtTest>

#include <chrono>
#include <memory>

using namespace gridtwin;

void TestStore::sigkillDuringIngestLosesAtMostOneSecond() {
    const std::string path = tempPath("crash.db");
    // One step per ms straight into a Historian (default options: commit at least every second).
    const testing::KilledWriter k = testing::killWhileWriting(std::chrono::milliseconds(2500), [&] {
        auto h = std::make_shared<Historian>(path);
        const int site = h->siteId("crash");
        return [h, site](std::int64_t now) {
            StepRecord r;
            r.time_ms = now;
            r.load_kw = 1000 + static_cast<double>(now % 100);
            r.grid_kw = r.load_kw;
            h->appendSteps(site, std::span<const StepRecord>(&r, 1));
        };
    });
    QVERIFY2(k.killed, "the child ended before it was killed");
    QVERIFY2(k.reports > 10, "the child reported too little progress");
    const std::int64_t reported = k.reported;

    Historian h(path);
    QCOMPARE(h.integrityCheck(), std::string("ok"));
    const int site = h.siteId("crash");
    int grid = 0;
    for (const ChannelInfo& c : h.channels(site))
        if (c.name == "grid_kw") grid = c.id;
    QVERIFY(grid != 0);
    const auto stored = h.samples(grid, 0, std::numeric_limits<std::int64_t>::max());
    QVERIFY(!stored.empty());
    const std::int64_t last_stored = stored.back().time_ms;
    const std::int64_t lost_ms = reported - last_stored;
    qInfo("child reported up to %lld, last stored %lld: %lld ms lost, %zu steps stored",
          static_cast<long long>(reported), static_cast<long long>(last_stored), static_cast<long long>(lost_ms),
          stored.size());
    // Commit every 1 s; 500 ms slack for the commit itself and scheduling on a loaded machine.
    QVERIFY2(lost_ms <= 1500, "more than about one second of samples lost");
    // Rollups are consistent with the samples that survived (both written in the same commits).
    const auto hours = h.rollups(grid, 3600, 0, std::numeric_limits<std::int64_t>::max());
    std::int64_t counted = 0;
    for (const RollupBucket& b : hours) counted += b.count;
    QCOMPARE(counted, static_cast<std::int64_t>(stored.size()));
}
