#include "SunSpecScanJob.h"

#include <exception>

namespace gridtwin::ui {

SunSpecScanJob::~SunSpecScanJob() {
    shared_->cancel = true;
    if (worker_.joinable()) worker_.join();
}

void SunSpecScanJob::start(SunSpecScanOptions options) {
    if (worker_.joinable()) worker_.join();
    shared_ = std::make_shared<Shared>();
    // The callback runs on the worker: it only records progress and reads the cancel flag.
    options.progress = [s = shared_](int unit) {
        s->unit = unit;
        return !s->cancel.load();
    };
    worker_ = std::thread([s = shared_, options] {
        try {
            s->result = scanSunSpec(options, SunSpecModelCatalog::loadBundled());
        } catch (const std::exception& e) {
            s->error = e.what();
        }
        s->done = true;
    });
}

SunSpecScanResult SunSpecScanJob::take(std::string& error) {
    if (worker_.joinable()) worker_.join();
    error = std::move(shared_->error);
    return std::move(shared_->result);
}

} // namespace gridtwin::ui
