#include "io/TimeSeriesCsvWriter.h"

#include "model/TimeUtc.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>

namespace gridtwin {

namespace {
// kW to 1 W, percent to 1e-4, prices and intensities to 1e-3: enough for exact re-computation
// of the KPIs to well under the rounding of reports.
void appendFixed(std::string& out, double v, int decimals) {
    char buf[64];
    if (v == 0.0) v = 0.0; // no "-0.000"
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    std::string_view text(buf, static_cast<std::size_t>(res.ptr - buf));
    if (text.find_first_not_of("-0.") == std::string_view::npos) text = "0";
    out.append(text);
}

void appendRow(std::string& out, const StepRecord& r) {
    out += formatIsoUtc(r.time_ms);
    const double kw[] = {r.pv_kw, r.pv_curtailed_kw, r.load_kw, r.it_load_kw, r.bess_kw, r.bess_aux_kw};
    for (double v : kw) {
        out += ',';
        appendFixed(out, v, 3);
    }
    out += ',';
    appendFixed(out, r.soc_pct, 4);
    out += ',';
    appendFixed(out, r.grid_kw, 3);
    out += ',';
    appendFixed(out, r.price_eur_per_mwh, 3);
    out += ',';
    appendFixed(out, r.carbon_g_per_kwh, 3);
    out += ',';
    appendFixed(out, r.ambient_c, 2);
    out += ',';
    out += reasonCode(r.reason);
}
} // namespace

std::string TimeSeriesCsvWriter::header() {
    std::string h;
    for (const char* c : kTimeSeriesColumns) {
        if (!h.empty()) h += ',';
        h += c;
    }
    return h;
}

std::string TimeSeriesCsvWriter::formatRow(const StepRecord& r) {
    std::string s;
    appendRow(s, r);
    return s;
}

TimeSeriesCsvWriter::TimeSeriesCsvWriter(const std::string& path) : path_(path) {
    if (path == "-") {
        file_ = stdout;
    } else {
        file_ = std::fopen(path.c_str(), "wb");
        if (!file_) throw std::runtime_error(path + ": cannot open for writing: " + std::strerror(errno));
        owns_ = true;
    }
    buffer_ = header() + '\n';
}

TimeSeriesCsvWriter::~TimeSeriesCsvWriter() {
    if (file_) {
        if (!buffer_.empty()) std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
        if (owns_) std::fclose(file_);
        else std::fflush(file_);
    }
}

void TimeSeriesCsvWriter::write(std::span<const StepRecord> rows) {
    for (const StepRecord& r : rows) {
        appendRow(buffer_, r);
        buffer_ += '\n';
    }
    if (buffer_.size() > (1u << 20)) {
        if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
            throw std::runtime_error(path_ + ": write failed: " + std::strerror(errno));
        buffer_.clear();
    }
}

void TimeSeriesCsvWriter::close() {
    if (!file_) return;
    const bool ok = std::fwrite(buffer_.data(), 1, buffer_.size(), file_) == buffer_.size();
    buffer_.clear();
    const bool flushed = std::fflush(file_) == 0;
    const bool closed = owns_ ? std::fclose(file_) == 0 : true;
    file_ = nullptr;
    if (!ok || !flushed || !closed) throw std::runtime_error(path_ + ": write failed: " + std::strerror(errno));
}

} // namespace gridtwin
