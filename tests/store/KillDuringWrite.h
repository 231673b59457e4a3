#pragma once
// Crash-safety harness shared by the historian's and the recorder's SIGKILL tests: a forked child
// writes one step per wall-clock millisecond and reports its progress through a pipe; the parent
// kills it with SIGKILL mid-write and learns the newest time the child had handed over.

#include <chrono>
#include <csignal>
#include <cstdint>
#include <functional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace gridtwin::testing {

inline std::int64_t wallMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct KilledWriter {
    bool killed = false;       // the child was still running and died of SIGKILL
    std::int64_t reported = 0; // newest time the child reported as written
    std::int64_t reports = 0;
};

/// Forks; the child runs open() once, then write_one(now_ms) once per wall-clock ms, reporting
/// now_ms to the parent every ~20 ms (any exception: exit 2; stops by itself after 30 s). After
/// run_for the parent kills it and collects the reports.
inline KilledWriter killWhileWriting(std::chrono::milliseconds run_for,
                                     const std::function<std::function<void(std::int64_t)>()>& open) {
    KilledWriter k;
    int fds[2];
    if (pipe(fds) != 0) return k;
    const pid_t child = fork();
    if (child < 0) return k;
    if (child == 0) {
        close(fds[0]);
        try {
            const std::function<void(std::int64_t)> write_one = open();
            std::int64_t last = 0, last_report = 0;
            const std::int64_t stop = wallMs() + 30'000; // safety net if the parent dies
            while (wallMs() < stop) {
                const std::int64_t now = wallMs();
                if (now == last) {
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                    continue;
                }
                write_one(now);
                last = now;
                if (now - last_report >= 20) {
                    if (write(fds[1], &now, sizeof now) != static_cast<ssize_t>(sizeof now)) _exit(3);
                    last_report = now;
                }
            }
        } catch (...) {
            _exit(2);
        }
        _exit(0);
    }
    close(fds[1]);
    std::this_thread::sleep_for(run_for);
    kill(child, SIGKILL);
    int status = 0;
    k.killed = waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    std::int64_t t = 0;
    while (read(fds[0], &t, sizeof t) == static_cast<ssize_t>(sizeof t)) {
        k.reported = t;
        ++k.reports;
    }
    close(fds[0]);
    return k;
}

} // namespace gridtwin::testing
