#include "carbon/SlurmAccounting.h"

#include "io/CsvText.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/GpuClusterLoad.h"

#include <cmath>
#include <fstream>

namespace gridtwin {

namespace {

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

std::int64_t toInt(std::string_view s) {
    std::int64_t v = 0;
    for (const char c : s) v = v * 10 + (c - '0');
    return v;
}

// "gres/gpu=8" (generic count) wins over typed entries "gres/gpu:h100=8"; typed ones are summed
// only when no generic entry exists (sacct prints both on some sites). -1 on a malformed count.
int gpusFromTres(std::string_view tres) {
    int generic = -1, typed = 0;
    bool any_typed = false;
    std::size_t pos = 0;
    while (pos <= tres.size()) {
        const std::size_t comma = std::min(tres.find(',', pos), tres.size());
        const std::string_view item = tres.substr(pos, comma - pos);
        const std::size_t eq = item.find('=');
        if (eq != std::string_view::npos) {
            const std::string_view key = item.substr(0, eq), val = item.substr(eq + 1);
            const bool is_generic = key == "gres/gpu";
            const bool is_typed = key.rfind("gres/gpu:", 0) == 0;
            if (is_generic || is_typed) {
                if (!allDigits(val)) return -1;
                if (is_generic) generic = static_cast<int>(toInt(val));
                else { typed += static_cast<int>(toInt(val)); any_typed = true; }
            }
        }
        pos = comma + 1;
    }
    return generic >= 0 ? generic : (any_typed ? typed : 0);
}

// sacct ConsumedEnergy: joules with an optional K/M/G/T suffix.
double joulesToKwh(std::string_view text, bool& ok) {
    ok = true;
    if (text.empty()) return -1;
    double scale = 1.0;
    const char last = text.back();
    if (last == 'K') scale = 1e3;
    else if (last == 'M') scale = 1e6;
    else if (last == 'G') scale = 1e9;
    else if (last == 'T') scale = 1e12;
    if (scale != 1.0) text.remove_suffix(1);
    const auto v = csvtext::number(text);
    if (!v || *v < 0) { ok = false; return -1; }
    return *v * scale / 3.6e6;
}

} // namespace

std::int64_t parseSlurmElapsedS(std::string_view text) {
    std::int64_t days = 0;
    bool has_days = false;
    const std::size_t dash = text.find('-');
    if (dash != std::string_view::npos) {
        if (!allDigits(text.substr(0, dash))) return -1;
        days = toInt(text.substr(0, dash));
        has_days = true;
        text.remove_prefix(dash + 1);
    }
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    while (true) {
        const std::size_t colon = text.find(':', pos);
        parts.push_back(text.substr(pos, colon == std::string_view::npos ? std::string_view::npos : colon - pos));
        if (colon == std::string_view::npos) break;
        pos = colon + 1;
    }
    if (parts.size() > 3) return -1;
    for (const auto p : parts)
        if (!allDigits(p)) return -1;
    std::int64_t h = 0, m = 0, s = 0;
    // Slurm: days-hours, days-hours:minutes, days-hours:minutes:seconds, hours:minutes:seconds,
    // minutes:seconds (a single number without days is minutes).
    if (has_days) {
        h = toInt(parts[0]);
        if (parts.size() > 1) m = toInt(parts[1]);
        if (parts.size() > 2) s = toInt(parts[2]);
    } else if (parts.size() == 3) {
        h = toInt(parts[0]); m = toInt(parts[1]); s = toInt(parts[2]);
    } else if (parts.size() == 2) {
        m = toInt(parts[0]); s = toInt(parts[1]);
    } else {
        m = toInt(parts[0]);
    }
    if ((has_days && h > 23) || m > 59 || s > 59) return -1;
    return ((days * 24 + h) * 60 + m) * 60 + s;
}

std::vector<SlurmJob> readSacct(const std::string& path) {
    using namespace csvtext;
    Table t(path, '|', "JobID|Account|Start|End|AllocTRES (sacct -P)");
    const std::size_t c_id = t.require({"jobid"}, "JobID");
    const std::size_t c_acc = t.require({"account"}, "Account");
    const std::size_t c_start = t.require({"start"}, "Start");
    const std::size_t c_end = t.require({"end"}, "End");
    const std::size_t c_tres = t.require({"alloctres"}, "AllocTRES");
    const int c_el = t.find({"elapsed"});
    const int c_state = t.find({"state"});
    const int c_user = t.find({"user"});
    const int c_name = t.find({"jobname"});
    const int c_energy = t.find({"consumedenergy"});
    auto text = [](const std::vector<std::string>& cells, int col) {
        return col < 0 ? std::string() : cells[static_cast<std::size_t>(col)];
    };
    std::vector<SlurmJob> jobs;
    std::vector<std::string> cells;
    while (t.next(cells)) {
        if (cells[c_id].find('.') != std::string::npos) continue; // job step: the allocation line counts
        if (cells[c_id].empty()) t.fail(c_id, "a job ID", "");
        SlurmJob j;
        j.job_id = cells[c_id];
        j.account = cells[c_acc];
        j.user = text(cells, c_user);
        j.name = text(cells, c_name);
        const std::string state = text(cells, c_state);
        j.state = state.substr(0, state.find(' '));
        const std::string start = lower(cells[c_start]);
        if (start == "unknown" || start == "none" || start.empty()) continue; // never started
        j.start_ms = t.timeAt(cells, c_start);
        std::int64_t elapsed_s = -1;
        if (c_el >= 0 && !cells[static_cast<std::size_t>(c_el)].empty()) {
            elapsed_s = parseSlurmElapsedS(cells[static_cast<std::size_t>(c_el)]);
            if (elapsed_s < 0)
                t.fail(static_cast<std::size_t>(c_el), "a Slurm elapsed time ([DD-[HH:]]MM:SS)", cells[static_cast<std::size_t>(c_el)]);
        }
        const std::string end = lower(cells[c_end]);
        if (end == "unknown" || end.empty()) {
            if (elapsed_s < 0) t.fail(c_end, "an end time, or an Elapsed column for a running job", cells[c_end]);
            j.end_ms = j.start_ms + elapsed_s * 1000;
        } else {
            j.end_ms = t.timeAt(cells, c_end);
        }
        if (j.end_ms < j.start_ms) t.fail(c_end, "an end not before Start " + cells[c_start], cells[c_end]);
        j.gpus = gpusFromTres(cells[c_tres]);
        if (j.gpus < 0) t.fail(c_tres, "TRES like gres/gpu=8 with a whole GPU count", cells[c_tres]);
        if (c_energy >= 0) {
            bool ok = true;
            j.consumed_energy_kwh = joulesToKwh(cells[static_cast<std::size_t>(c_energy)], ok);
            if (!ok)
                t.fail(static_cast<std::size_t>(c_energy), "joules with an optional K/M/G/T suffix", cells[static_cast<std::size_t>(c_energy)]);
        }
        j.line = t.line();
        jobs.push_back(std::move(j));
    }
    return jobs;
}

namespace {
std::string slurmTime(std::int64_t ms) {
    std::string s = formatIsoUtc(ms);
    if (!s.empty() && s.back() == 'Z') s.pop_back(); // sacct prints no zone (run with TZ=UTC)
    return s;
}
std::string slurmElapsed(std::int64_t s) {
    char buf[48];
    const std::int64_t d = s / 86400;
    s %= 86400;
    if (d > 0)
        std::snprintf(buf, sizeof buf, "%lld-%02lld:%02lld:%02lld", static_cast<long long>(d),
                      static_cast<long long>(s / 3600), static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
    else
        std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                      static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
    return buf;
}
} // namespace

void writeSacct(const std::vector<JobRecord>& jobs, std::int64_t from_ms, std::int64_t to_ms,
                int gpus_per_node, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw InputError(path, "", "a writable file", "cannot create it");
    out << "JobID|Account|User|JobName|State|Start|End|Elapsed|AllocTRES|ConsumedEnergy\n";
    for (const JobRecord& j : jobs) {
        // As `sacct -P -T -S from -E to`: times truncated to the window.
        // Whole seconds, as sacct prints them.
        const std::int64_t start = (std::max(j.start_ms, from_ms) + 500) / 1000 * 1000;
        const std::int64_t end = (std::min(j.end_ms, to_ms) + 500) / 1000 * 1000;
        if (end <= start || j.gpus <= 0) continue;
        const int nodes = gpus_per_node > 0 ? (j.gpus + gpus_per_node - 1) / gpus_per_node : 1;
        const long long joules = std::llround(j.energy_kwh * 3.6e6);
        out << j.id << '|' << j.account << '|' << "svc-" << j.account << '|'
            << (j.hero ? "hero-pretrain" : "train-" + std::to_string(j.id)) << '|'
            << (j.end_ms > to_ms ? "RUNNING" : "COMPLETED") << '|' << slurmTime(start) << '|'
            << slurmTime(end) << '|' << slurmElapsed((end - start) / 1000) << '|'
            << "billing=" << j.gpus << ",cpu=" << nodes * 112 << ",gres/gpu=" << j.gpus << ",node=" << nodes
            << '|' << joules << '\n';
        // A job step line as real sacct prints it; readers skip it.
        out << j.id << ".batch||||COMPLETED|" << slurmTime(start) << '|' << slurmTime(end) << '|'
            << slurmElapsed((end - start) / 1000) << "|cpu=112,mem=0,node=1|0\n";
    }
    if (!out) throw InputError(path, "", "a writable file", "a write error");
}

} // namespace gridtwin
