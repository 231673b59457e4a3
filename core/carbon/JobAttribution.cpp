#include "carbon/JobAttribution.h"

#include "model/TimeUtc.h"

#include <algorithm>
#include <map>

namespace gridtwin {

void attributeJobs(const HourlyLedger& ledger, const std::vector<SlurmJob>& jobs, CarbonResult& result) {
    const std::size_t n = ledger.hours.size();
    // GPU-hours of each job in each hour it overlaps, and their sum per hour.
    std::vector<double> sum_gpuh(n, 0.0);
    auto overlapHours = [&](const SlurmJob& j, std::size_t i) {
        const std::int64_t h0 = ledger.start_ms + static_cast<std::int64_t>(i) * kMsPerHour;
        const std::int64_t a = std::max(j.start_ms, h0), b = std::min(j.end_ms, h0 + kMsPerHour);
        return b > a ? j.gpus * static_cast<double>(b - a) / static_cast<double>(kMsPerHour) : 0.0;
    };
    auto hourRange = [&](const SlurmJob& j) {
        const std::int64_t a = std::max(j.start_ms, ledger.start_ms), b = std::min(j.end_ms, ledger.end_ms);
        if (b <= a) return std::pair<std::size_t, std::size_t>{0, 0};
        return std::pair<std::size_t, std::size_t>{static_cast<std::size_t>((a - ledger.start_ms) / kMsPerHour),
                                                   static_cast<std::size_t>((b - 1 - ledger.start_ms) / kMsPerHour) + 1};
    };
    for (const SlurmJob& j : jobs) {
        const auto [i0, i1] = hourRange(j);
        for (std::size_t i = i0; i < i1; ++i) sum_gpuh[i] += overlapHours(j, i);
    }
    const double installed = static_cast<double>(std::max(ledger.installed_gpus, 0));
    const double market_kg_per_kwh = result.e_dc_kwh > 0 ? result.scope2_market_kg / result.e_dc_kwh : 0.0;
    double sum_it = 0, sum_fac = 0, sum_loc = 0, sum_mkt = 0;
    std::map<std::string, ProjectAttribution> projects;
    result.jobs.clear();
    result.allocated_gpu_hours = 0;
    for (const SlurmJob& j : jobs) {
        JobAttribution a;
        a.job_id = j.job_id;
        a.account = j.account;
        const auto [i0, i1] = hourRange(j);
        for (std::size_t i = i0; i < i1; ++i) {
            const LedgerHour& h = ledger.hours[i];
            const double gpuh = overlapHours(j, i);
            const double denom = std::max(installed, sum_gpuh[i]);
            if (gpuh <= 0 || denom <= 0 || h.it_kwh <= 0) {
                a.gpu_hours += gpuh;
                continue;
            }
            const double it = h.it_kwh * gpuh / denom;
            const double fac = it * h.dcEnergyKwh() / h.it_kwh;
            a.gpu_hours += gpuh;
            a.it_kwh += it;
            a.facility_kwh += fac;
            if (h.dcEnergyKwh() > 0) a.location_kg += fac * h.consumption_carbon_kg / h.dcEnergyKwh();
        }
        a.market_kg = a.facility_kwh * market_kg_per_kwh;
        result.allocated_gpu_hours += a.gpu_hours;
        sum_it += a.it_kwh;
        sum_fac += a.facility_kwh;
        sum_loc += a.location_kg;
        sum_mkt += a.market_kg;
        ProjectAttribution& p = projects[j.account];
        p.account = j.account;
        ++p.jobs;
        p.gpu_hours += a.gpu_hours;
        p.it_kwh += a.it_kwh;
        p.facility_kwh += a.facility_kwh;
        p.location_kg += a.location_kg;
        p.market_kg += a.market_kg;
        result.jobs.push_back(std::move(a));
    }
    result.projects.clear();
    for (auto& [name, p] : projects) result.projects.push_back(p);
    std::stable_sort(result.projects.begin(), result.projects.end(),
                     [](const ProjectAttribution& x, const ProjectAttribution& y) { return x.location_kg > y.location_kg; });
    result.unattributed_it_kwh = result.e_it_kwh - sum_it;
    result.unattributed_facility_kwh = result.e_dc_kwh - sum_fac;
    // Against Scope 2: the residual also holds the battery pool change and battery-export carbon.
    result.unattributed_location_kg = result.scope2_location_kg - sum_loc;
    result.unattributed_market_kg = result.scope2_market_kg - sum_mkt;
}

} // namespace gridtwin
