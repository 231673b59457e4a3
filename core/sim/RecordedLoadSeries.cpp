#include "sim/RecordedLoadSeries.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <string_view>

namespace gridtwin {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Splits one CSV line; a field may be double-quoted ("" inside quotes is a quote).
std::vector<std::string> splitCsv(std::string_view line) {
    std::vector<std::string> out;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            out.emplace_back(trim(field));
            field.clear();
        } else {
            field += ch;
        }
    }
    out.emplace_back(trim(field));
    return out;
}

std::string place(std::size_t line, std::size_t column, const std::string& name) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (" + name +
           ")";
}

} // namespace

RecordedLoadSeries::RecordedLoadSeries(const std::string& csv_path, std::int64_t start_ms,
                                       std::int64_t end_ms) {
    std::ifstream in(csv_path, std::ios::binary);
    if (!in) throw InputError(csv_path, "", "a readable CSV file", "no such file or no access");
    std::string line;
    std::size_t line_no = 0;
    std::size_t column_count = 0, load_col = 0;
    bool have_header = false;
    while (std::getline(in, line)) {
        ++line_no;
        if (trim(line).empty()) continue;
        const std::vector<std::string> f = splitCsv(line);
        if (!have_header) {
            std::string_view first = f[0];
            if (first.starts_with("\xEF\xBB\xBF")) first.remove_prefix(3); // UTF-8 BOM
            if (first != "time_utc")
                throw InputError(csv_path, place(line_no, 1, "header"), "the column time_utc first",
                                 std::string(first));
            const auto it = std::find(f.begin(), f.end(), "it_load_kw");
            if (it == f.end())
                throw InputError(csv_path, "line " + std::to_string(line_no) + " (header)",
                                 "a column it_load_kw", line);
            load_col = static_cast<std::size_t>(it - f.begin());
            column_count = f.size();
            have_header = true;
            continue;
        }
        if (f.size() != column_count)
            throw InputError(csv_path, "line " + std::to_string(line_no),
                             std::to_string(column_count) + " columns as in the header",
                             std::to_string(f.size()) + " columns");
        const auto t = parseIsoUtc(f[0]);
        if (!t)
            throw InputError(csv_path, place(line_no, 1, "time_utc"),
                             "an ISO 8601 UTC time such as 2024-01-01T00:00:00Z", f[0]);
        if (!times_ms_.empty() && *t <= times_ms_.back())
            throw InputError(csv_path, place(line_no, 1, "time_utc"),
                             "a time after " + formatIsoUtc(times_ms_.back()) + " (previous row)",
                             f[0]);
        const std::string& txt = f[load_col];
        double kw = 0.0;
        const auto r = std::from_chars(txt.data(), txt.data() + txt.size(), kw);
        const std::string where = place(line_no, load_col + 1, "it_load_kw");
        if (txt.empty() || r.ec != std::errc() || r.ptr != txt.data() + txt.size() ||
            !std::isfinite(kw))
            throw InputError(csv_path, where, "a number in kW", txt);
        if (kw < 0.0) throw InputError(csv_path, where, "a power >= 0 kW", txt);
        times_ms_.push_back(*t);
        kw_.push_back(kw);
    }
    if (!have_header)
        throw InputError(csv_path, "line 1", "a header line starting with time_utc", "");
    if (times_ms_.size() < 2)
        throw InputError(csv_path, "line " + std::to_string(line_no + 1), "at least two samples",
                         std::to_string(times_ms_.size()) + " samples");
    const std::size_t n = times_ms_.size();
    covered_end_ms_ = times_ms_[n - 1] + (times_ms_[n - 1] - times_ms_[n - 2]);
    if (start_ms < times_ms_.front() || end_ms > covered_end_ms_)
        throw InputError(csv_path, "time_utc",
                         "samples covering " + formatIsoUtc(start_ms) + " to " +
                             formatIsoUtc(end_ms),
                         "samples covering " + formatIsoUtc(times_ms_.front()) + " to " +
                             formatIsoUtc(covered_end_ms_));
}

double RecordedLoadSeries::meanItLoadKwFrom(Cursor& cursor, std::int64_t t0_ms,
                                            std::int64_t t1_ms) const {
    if (t1_ms <= t0_ms) t1_ms = t0_ms + 1; // instantaneous: the millisecond at t0
    const std::size_t n = times_ms_.size();
    std::size_t c = cursor.index;
    if (c >= n || t0_ms < times_ms_[c]) {
        const auto it = std::upper_bound(times_ms_.begin(), times_ms_.end(), t0_ms);
        c = it == times_ms_.begin() ? 0 : static_cast<std::size_t>(it - times_ms_.begin()) - 1;
    }
    while (c + 1 < n && times_ms_[c + 1] <= t0_ms)
        ++c;
    cursor.index = c;
    // Step-hold: a time outside the samples takes the nearest sample's value.
    if (c + 1 == n || t1_ms <= times_ms_[c + 1]) {
        if (t0_ms >= times_ms_[c]) { // the caller's next steps inside this sample run inline
            cursor.from_ms = times_ms_[c];
            cursor.to_ms = c + 1 == n ? std::numeric_limits<std::int64_t>::max() : times_ms_[c + 1];
            cursor.base_kw = 0.0;
            cursor.v_kw = kw_[c];
            cursor.slope_kw_per_ms = 0.0; // base + (v + 0 x) is exactly v
        }
        return kw_[c];
    }
    double sum = 0.0;
    std::int64_t t = t0_ms;
    for (std::size_t k = c; t < t1_ms; ++k) {
        const std::int64_t hi = k + 1 < n ? std::min(t1_ms, times_ms_[k + 1]) : t1_ms;
        sum += kw_[k] * static_cast<double>(hi - t);
        t = hi;
    }
    return sum / static_cast<double>(t1_ms - t0_ms);
}

} // namespace gridtwin
