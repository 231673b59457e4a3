#pragma once
// Per-job and per-project attribution of facility energy and emissions from Slurm allocations
// (reference/carbon.md 8.7): GPU-hours are the allocation key, the metered IT energy the ground
// truth, and what no job takes (idle and unallocated GPUs, the battery pool change) stays as the
// unattributed residual.
//   job IT energy_t  = E_IT,t x gpuh_job,t / max(installed GPUs x 1 h, sum_jobs gpuh_t)
//   job facility_t   = job IT energy_t x PUE_t,   PUE_t = E_DC,t / E_IT,t
//   job location kg  = sum_t job facility_t x consumption carbon_t / E_DC,t  (battery-traced)
//   job market kg    = job facility kWh x Scope 2 MBM / E_DC

#include "carbon/CarbonAccounting.h"

namespace gridtwin {

/// Fills result.jobs, result.projects, result.allocated_gpu_hours and the unattributed residuals;
/// needs result.scope2_location_kg, scope2_market_kg and e_dc_kwh computed before.
void attributeJobs(const HourlyLedger& ledger, const std::vector<SlurmJob>& jobs, CarbonResult& result);

} // namespace gridtwin
