#include "TestStore.h"

#include "store/Historian.h"

#include <QtTest>

#include <chrono>
#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace gridtwin;

namespace {
std::int64_t wallMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// Child: ingests steps stamped with the wall clock (one per ms) with 1-s commits and writes the
// time of its newest appended step to the pipe every ~20 ms. Never returns.
[[noreturn]] void ingestForever(const std::string& path, int fd) {
    try {
        Historian h(path); // default options: commit at least every second
        const int site = h.siteId("crash");
        std::int64_t last = 0, last_report = 0;
        const std::int64_t stop = wallMs() + 30'000; // safety net if the parent dies
        while (wallMs() < stop) {
            const std::int64_t now = wallMs();
            if (now == last) {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                continue;
            }
            StepRecord r;
            r.time_ms = now;
            r.load_kw = 1000 + static_cast<double>(now % 100);
            r.grid_kw = r.load_kw;
            h.appendSteps(site, std::span<const StepRecord>(&r, 1));
            last = now;
            if (now - last_report >= 20) {
                if (write(fd, &now, sizeof now) != static_cast<ssize_t>(sizeof now)) _exit(3);
                last_report = now;
            }
        }
    } catch (...) {
        _exit(2);
    }
    _exit(0);
}
} // namespace

void TestStore::sigkillDuringIngestLosesAtMostOneSecond() {
    const std::string path = tempPath("crash.db");
    int fds[2];
    QCOMPARE(pipe(fds), 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        close(fds[0]);
        ingestForever(path, fds[1]);
    }
    close(fds[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    QCOMPARE(kill(child, SIGKILL), 0);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child ended before it was killed");
    std::int64_t reported = 0, t = 0, reports = 0;
    while (read(fds[0], &t, sizeof t) == static_cast<ssize_t>(sizeof t)) {
        reported = t;
        ++reports;
    }
    close(fds[0]);
    QVERIFY2(reports > 10, "the child reported too little progress");

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
