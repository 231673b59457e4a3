#include "io/TimeSeriesCsvReader.h"

#include "io/TimeSeriesCsvWriter.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace gridtwin {

namespace {
constexpr int kTimeColumn = -1;
constexpr int kExtraBase = 100;
constexpr std::size_t kMedianSteps = 64;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

void splitCells(std::string_view line, std::vector<std::string_view>& out) {
    out.clear();
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        out.push_back(trim(line.substr(start, comma == std::string_view::npos ? comma : comma - start)));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
}

bool parseNumber(std::string_view s, double& v) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && res.ec == std::errc() && res.ptr == s.data() + s.size() && std::isfinite(v);
}

// A stamp names its zone when the time part ends with Z or a +HH:MM / -HH:MM offset.
bool hasZone(std::string_view s) {
    if (s.size() <= 10) return false;
    if (s.back() == 'Z') return true;
    return s.size() >= 16 && (s[s.size() - 6] == '+' || s[s.size() - 6] == '-') && s[s.size() - 3] == ':';
}

std::string seconds(std::int64_t ms) {
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, static_cast<double>(ms) / 1000.0);
    return std::string(buf, res.ptr) + " s";
}
} // namespace

std::string_view stepFieldName(int i) {
    return (i >= 0 && i < kStepFieldCount) ? std::string_view(kTimeSeriesColumns[i + 1]) : std::string_view();
}

double stepFieldValue(const StepRecord& r, int i) {
    switch (i) {
    case 0: return r.pv_kw;
    case 1: return r.pv_curtailed_kw;
    case 2: return r.load_kw;
    case 3: return r.it_load_kw;
    case 4: return r.bess_kw;
    case 5: return r.bess_aux_kw;
    case 6: return r.soc_pct;
    case 7: return r.grid_kw;
    case 8: return r.price_eur_per_mwh;
    case 9: return r.carbon_g_per_kwh;
    case 10: return r.ambient_c;
    case 11: return static_cast<double>(static_cast<int>(r.reason));
    default: return std::numeric_limits<double>::quiet_NaN();
    }
}

void setStepFieldValue(StepRecord& r, int i, double v) {
    switch (i) {
    case 0: r.pv_kw = v; break;
    case 1: r.pv_curtailed_kw = v; break;
    case 2: r.load_kw = v; break;
    case 3: r.it_load_kw = v; break;
    case 4: r.bess_kw = v; break;
    case 5: r.bess_aux_kw = v; break;
    case 6: r.soc_pct = v; break;
    case 7: r.grid_kw = v; break;
    case 8: r.price_eur_per_mwh = v; break;
    case 9: r.carbon_g_per_kwh = v; break;
    case 10: r.ambient_c = v; break;
    case 11: {
        const int k = static_cast<int>(v);
        r.reason = (k >= 0 && k < static_cast<int>(Reason::Count)) ? static_cast<Reason>(k) : Reason::Idle;
        break;
    }
    default: break;
    }
}

std::string unitForColumn(std::string_view name) {
    // Longest suffixes first so "_g_per_kwh" is not read as "_kwh".
    static constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
        {"_eur_per_mwh", "EUR/MWh"}, {"_g_per_kwh", "g/kWh"}, {"_kwh", "kWh"}, {"_kw", "kW"},
        {"_mw", "MW"},  {"_pct", "%"}, {"_c", "degC"}, {"_hz", "Hz"}, {"_v", "V"}, {"_a", "A"}};
    if (name == "reason") return "code";
    for (const auto& [suffix, unit] : kSuffixes)
        if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
            return std::string(unit);
    return {};
}

TimeSeriesCsvReader::TimeSeriesCsvReader(const std::string& path, CsvReadOptions options)
    : path_(path), opt_(options), in_(path, std::ios::binary) {
    if (!in_) throw InputError(path_, "", "a readable CSV file", "no such file or no permission");
    readHeader();
}

void TimeSeriesCsvReader::readHeader() {
    if (!std::getline(in_, text_)) throw InputError(path_, "line 1", "a header line", "");
    line_ = 1;
    std::string_view header(text_);
    if (header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3); // UTF-8 BOM
    std::vector<std::string_view> cells;
    splitCells(header, cells);
    bool have_time = false;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::string name(cells[c]);
        const std::string where = "line 1, column " + std::to_string(c + 1);
        if (name.empty()) throw InputError(path_, where, "a column name", "");
        if (std::find(column_names_.begin(), column_names_.end(), name) != column_names_.end())
            throw InputError(path_, where, "unique column names", name + " (twice)");
        column_names_.push_back(name);
        int field = kExtraBase + static_cast<int>(extra_names_.size());
        if (name == "time_utc") {
            field = kTimeColumn;
            have_time = true;
        }
        for (int i = 0; i < kStepFieldCount; ++i)
            if (name == stepFieldName(i)) field = i;
        if (field >= 0 && field < kStepFieldCount) present_ = static_cast<StepFieldMask>(present_ | (1u << field));
        if (field >= kExtraBase) extra_names_.push_back(name);
        column_field_.push_back(field);
    }
    for (int i = 0; i < kStepFieldCount; ++i)
        if (!(present_ & (1u << i))) missing_.emplace_back(stepFieldName(i));
    std::string missing_list = have_time ? "" : "time_utc";
    for (const std::string& m : missing_) {
        if (!missing_list.empty()) missing_list += ", ";
        missing_list += m;
    }
    if (!have_time)
        throw InputError(path_, "line 1 (header)", "a time_utc column (missing: " + missing_list + ")",
                         std::string(header));
    if (!missing_.empty()) {
        if (!opt_.lenient)
            throw InputError(path_, "line 1 (header)", "the standard columns (missing: " + missing_list + ")",
                             std::string(header));
        issues_.push_back({1, "", IssueSeverity::Warning, "missing columns: " + missing_list});
    }
}

void TimeSeriesCsvReader::problem(IssueSeverity sev, int col, const std::string& expected,
                                  const std::string& found, const std::string& message) {
    std::string where = "line " + std::to_string(line_);
    const std::string column = col >= 0 ? column_names_[static_cast<std::size_t>(col)] : std::string();
    if (col >= 0) where += ", column " + std::to_string(col + 1) + " (" + column + ")";
    if (sev == IssueSeverity::Error) {
        if (!opt_.lenient) throw InputError(path_, where, expected, found);
        if (++errors_ > opt_.max_issues)
            throw InputError(path_, where, "at most " + std::to_string(opt_.max_issues) + " bad rows",
                             std::to_string(errors_) + " bad rows");
    } else if (issues_.size() >= 2 * opt_.max_issues) {
        return; // warnings beyond the cap are dropped; errors still count above
    }
    issues_.push_back({line_, column, sev, message.empty() ? "expected " + expected + ", found '" + found + "'" : message});
}

bool TimeSeriesCsvReader::next(TimeSeriesRow& row) {
    while (std::getline(in_, text_)) {
        ++line_;
        const std::string_view t = trim(text_);
        if (t.empty()) continue;
        if (parseRow(t, row)) return true;
        ++rows_skipped_;
    }
    if (!finished_) {
        finished_ = true;
        if (median_step_ms_ == 0 && !early_steps_.empty()) {
            const std::int64_t save = line_;
            std::vector<std::int64_t> steps;
            for (const auto& e : early_steps_) steps.push_back(e.second);
            std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 2), steps.end());
            median_step_ms_ = steps[steps.size() / 2];
            for (const auto& [l, s] : early_steps_) reportGap(l, s);
            line_ = save;
        }
    }
    return false;
}

std::int64_t TimeSeriesCsvReader::tellNext() {
    return static_cast<std::int64_t>(in_.tellg());
}

void TimeSeriesCsvReader::seekTo(std::int64_t offset, std::int64_t lines_read) {
    in_.clear(); // a previous read may have hit the end of the file
    in_.seekg(static_cast<std::streamoff>(offset));
    if (!in_) throw InputError(path_, "byte " + std::to_string(offset), "a readable position", "seek failed");
    line_ = lines_read;
    have_last_ = false;
}

bool TimeSeriesCsvReader::parseRow(std::string_view text, TimeSeriesRow& row) {
    thread_local std::vector<std::string_view> cells;
    splitCells(text, cells);
    if (cells.size() != column_names_.size()) {
        problem(IssueSeverity::Error, -1, std::to_string(column_names_.size()) + " columns",
                std::to_string(cells.size()) + " columns", "");
        return false;
    }
    row.line = line_;
    row.step = StepRecord{};
    row.step.quality = opt_.quality;
    row.extras.assign(extra_names_.size(), std::numeric_limits<double>::quiet_NaN());
    bool time_seen = false;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const int field = column_field_[c];
        const int col = static_cast<int>(c);
        const std::string_view cell = cells[c];
        if (field == kTimeColumn) {
            const auto ms = parseIsoUtc(cell);
            if (!ms) {
                problem(IssueSeverity::Error, col, "an ISO 8601 UTC time like 2024-01-01T00:00:00Z",
                        std::string(cell), "");
                return false;
            }
            if (!hasZone(cell)) {
                if (!opt_.lenient)
                    throw InputError(path_, "line " + std::to_string(line_) + ", column " + std::to_string(c + 1) + " (time_utc)",
                                     "time_utc must be UTC (end with Z)", std::string(cell));
                if (!local_time_)
                    problem(IssueSeverity::Warning, col, "", std::string(cell),
                            "time_utc must be UTC (end with Z); local-time stamps read as UTC, "
                            "daylight-saving shifts are reported");
                local_time_ = true;
            }
            row.step.time_ms = *ms;
            time_seen = true;
        } else if (field == kStepFieldCount - 1) { // reason
            if (!parseReasonCode(cell, row.step.reason)) {
                problem(IssueSeverity::Error, col, "a reason code like peak_shave", std::string(cell), "");
                return false;
            }
        } else if (field >= 0 && field < kStepFieldCount) {
            double v = 0;
            if (!parseNumber(cell, v)) {
                problem(IssueSeverity::Error, col, "a number", std::string(cell), "");
                return false;
            }
            setStepFieldValue(row.step, field, v);
        } else if (!cell.empty()) {
            double& v = row.extras[static_cast<std::size_t>(field - kExtraBase)];
            if (!parseNumber(cell, v)) {
                problem(IssueSeverity::Error, col, "a number or an empty cell", std::string(cell), "");
                return false;
            }
        }
    }
    if (!time_seen) return false;
    const int tcol = static_cast<int>(std::find(column_field_.begin(), column_field_.end(), kTimeColumn) - column_field_.begin());
    const std::int64_t t = row.step.time_ms;
    if (have_last_) {
        const std::string stamp(cells[static_cast<std::size_t>(tcol)]);
        if (t == last_ms_) {
            problem(IssueSeverity::Error, tcol, "a time after " + formatIsoUtc(last_ms_), stamp,
                    "duplicate timestamp " + stamp);
            return false;
        }
        if (t < last_ms_) {
            std::string msg = "time goes backwards by " + seconds(last_ms_ - t) + " (previous " + formatIsoUtc(last_ms_) + ")";
            if (local_time_ && last_ms_ - t <= kMsPerHour)
                msg += "; daylight-saving shift (repeated hour) in a local-time file";
            problem(IssueSeverity::Error, tcol, "a time after " + formatIsoUtc(last_ms_), stamp, msg);
            return false;
        }
        checkGap(line_, t - last_ms_);
    }
    have_last_ = true;
    last_ms_ = t;
    return true;
}

void TimeSeriesCsvReader::checkGap(std::int64_t line, std::int64_t step_ms) {
    if (median_step_ms_ > 0) {
        reportGap(line, step_ms);
        return;
    }
    early_steps_.emplace_back(line, step_ms);
    if (early_steps_.size() < kMedianSteps) return;
    std::vector<std::int64_t> steps;
    for (const auto& e : early_steps_) steps.push_back(e.second);
    std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 2), steps.end());
    median_step_ms_ = steps[steps.size() / 2];
    const std::int64_t save = line_;
    for (const auto& [l, s] : early_steps_) reportGap(l, s);
    line_ = save;
    early_steps_.clear();
}

void TimeSeriesCsvReader::reportGap(std::int64_t line, std::int64_t step_ms) {
    if (2 * step_ms <= 3 * median_step_ms_) return; // gap = more than 1.5 x the median step
    std::string msg = "gap of " + seconds(step_ms) + " (median step " + seconds(median_step_ms_) + ")";
    if (local_time_ && step_ms - median_step_ms_ == kMsPerHour)
        msg += "; daylight-saving shift (skipped hour) in a local-time file";
    line_ = line;
    const int tcol = static_cast<int>(std::find(column_field_.begin(), column_field_.end(), kTimeColumn) - column_field_.begin());
    problem(IssueSeverity::Warning, tcol, "", "", msg);
}

} // namespace gridtwin
