#pragma once
// The recording end of the one ingest path (issue 4 item 2): the samples a view drains from its
// source are handed here unchanged and written to the historian by a writer thread, in batches
// through Historian::appendSteps. record() never blocks the caller (the GUI thread): the queue is
// bounded and records that do not fit are dropped and counted. The writer owns the Historian (its
// SQLite connection is used from that thread only); other writes to the same file (alarm events)
// are posted as jobs so they run in order on the same thread.

#include "model/StepRecord.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace gridtwin {

class Historian;

struct RecorderStats {
    std::uint64_t recorded = 0;  // records accepted by record()
    std::uint64_t written = 0;   // records handed to Historian::appendSteps
    std::uint64_t dropped = 0;   // queue full or write failed
    std::uint64_t batches = 0;   // appendSteps calls
    std::size_t queued = 0;      // waiting for the writer now
    std::string last_error;      // empty while every write succeeded
};

class HistorianRecorder {
public:
    using Job = std::function<void(Historian&)>;
    static constexpr std::size_t kDefaultCapacity = 1u << 20;
    /// The writer commits at least this often while idle, so a crash loses about a second.
    static constexpr int kIdleFlushMs = 500;

    /// Opens (or creates) the historian on the calling thread, so a bad path throws here
    /// (std::runtime_error naming the file), and records into site site_name.
    HistorianRecorder(const std::string& db_path, const std::string& site_name,
                      std::size_t capacity = kDefaultCapacity);
    /// Writes everything still queued, commits and joins the writer.
    ~HistorianRecorder();
    HistorianRecorder(const HistorianRecorder&) = delete;
    HistorianRecorder& operator=(const HistorianRecorder&) = delete;

    const std::string& path() const { return path_; }
    const std::string& siteName() const { return site_name_; }
    int siteId() const { return site_id_; }

    /// Non-blocking: queues the records for writing (drops what exceeds the capacity).
    void record(std::span<const StepRecord> steps);
    /// Runs job on the writer thread after everything queued before it.
    void post(Job job);
    /// As post, and waits for it (and everything before it) to finish; rethrows its exception.
    void call(const Job& job);
    /// Blocks until everything recorded so far is written and committed.
    void flush();
    RecorderStats stats() const;

private:
    void writerLoop(std::stop_token stop);

    std::string path_;
    std::string site_name_;
    std::unique_ptr<Historian> historian_; // used on the writer thread only once it runs
    int site_id_ = 0;
    std::size_t capacity_;

    mutable std::mutex mutex_;
    std::condition_variable_any cv_;
    std::vector<StepRecord> pending_;
    // Jobs keep their place relative to the records: each runs after the records queued before it.
    struct QueuedJob {
        std::size_t after_records;
        Job job;
    };
    std::deque<QueuedJob> jobs_;
    RecorderStats stats_;
    std::jthread thread_;
};

} // namespace gridtwin
