#pragma once
// The statement parts of the accounting: the CBAM-consistent indirect-emissions statement with its
// evidence checklist and the shadow carbon cost by quarter (reference/carbon.md 1.3, 1.4, 8.9),
// and the DR (EU) 2024/1364 field table (carbon.md 2.3, 8.10). Internal to CarbonAccounting.

#include "carbon/CarbonAccounting.h"

#include <vector>

namespace gridtwin {

/// Eligible contracted volumes per ledger hour (kWh).
struct HourlyContracts {
    std::vector<double> ppa_hourly_kwh;    // hourly-resolved PPA volumes (physical and virtual)
    std::vector<double> ppa_physical_kwh;  // hourly-resolved physical PPA volumes
    std::vector<double> ppa_profiled_kwh;  // monthly (or longer) PPA volumes spread flat over their hours
    std::vector<std::string> physical_ids; // contract IDs of the physical PPAs
};

/// Needs the energy, Scope 2 and REF fields of result. Fills cbam_rows, cbam_emissions_t,
/// cbam_default_share_pct, evidence, shadow_by_quarter, shadow_cost_eur, shadow_band.
void buildCbamStatement(const CarbonInputs& in, const HourlyContracts& contracts, CarbonResult& result);

/// Needs every KPI of result. Fills result.eed; fields without data are listed with quality
/// "missing" and an empty value, never invented.
void buildEedFields(const CarbonInputs& in, CarbonResult& result);

} // namespace gridtwin
