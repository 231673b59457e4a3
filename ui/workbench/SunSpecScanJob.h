#pragma once
// One SunSpec scan (core SunSpecScanner) on a worker thread that the GUI polls from a timer:
// the GUI never blocks, a cancel takes effect between unit ids, and the destructor joins.

#include "io/sunspec/SunSpecScanner.h"

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace gridtwin::ui {

class SunSpecScanJob {
public:
    SunSpecScanJob() = default;
    ~SunSpecScanJob(); // cancels and joins
    SunSpecScanJob(const SunSpecScanJob&) = delete;
    SunSpecScanJob& operator=(const SunSpecScanJob&) = delete;

    /// Starts scanning with the bundled catalogue (options.progress is replaced). Call only
    /// when not running.
    void start(SunSpecScanOptions options);
    bool running() const { return worker_.joinable() && !shared_->done.load(); }
    /// True once the scan ended and until take() collected it.
    bool finished() const { return worker_.joinable() && shared_->done.load(); }
    /// The unit id being probed now.
    int unit() const { return shared_->unit.load(); }
    void cancel() { shared_->cancel = true; }
    /// Joins the worker and hands over the result; error is what the scanner threw (a bad unit
    /// range), "" otherwise.
    SunSpecScanResult take(std::string& error);

private:
    // Shared with the worker: it writes result and error, then sets done.
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<bool> done{false};
        std::atomic<int> unit{0};
        SunSpecScanResult result;
        std::string error;
    };
    std::shared_ptr<Shared> shared_ = std::make_shared<Shared>();
    std::thread worker_;
};

} // namespace gridtwin::ui
