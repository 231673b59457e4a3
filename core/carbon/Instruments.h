#pragma once
// Contractual instruments for market-based Scope 2 (GHG Protocol Scope 2 Guidance 2015, quality
// criteria; reference/carbon.md 4.1, 9.6): Guarantees of Origin, PPAs with hourly or monthly
// volumes, the residual-mix factor and a supplier-specific factor. Format: docs/carbon-inputs.md.
//
// CSV header (order free, names fixed):
//   id,kind,technology,zone,start_utc,end_utc,volume_mwh,factor_g_per_kwh,cancelled,same_market,
//   direct_line,evidence
// kind: go | ppa_physical | ppa_virtual | residual_mix | supplier. One row per volume period: a PPA
// with hourly volumes has one row per hour (end - start = 1 h), with monthly volumes one per month.
// residual_mix rows carry only the factor (volume empty).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gridtwin {

enum class InstrumentKind { GuaranteeOfOrigin, PpaPhysical, PpaVirtual, ResidualMix, Supplier };

std::string_view instrumentKindCode(InstrumentKind k);  // "go", "ppa_physical", ...

struct InstrumentVolume {
    std::string id;                 // contract or certificate-range ID (for the auditor's sample)
    InstrumentKind kind = InstrumentKind::GuaranteeOfOrigin;
    std::string technology;         // "wind", "solar", "hydro", ...
    std::string zone;               // bidding zone of the generation
    std::int64_t start_ms = 0;      // volume period, UTC [start, end)
    std::int64_t end_ms = 0;
    double volume_kwh = 0;          // the file is in MWh; stored in kWh
    double factor_g_per_kwh = 0;    // emission rate conveyed (0 for renewables)
    bool cancelled = false;         // redeemed/cancelled for this consumer (criterion 3)
    bool same_market = false;       // generation in the same market as consumption (criterion 5)
    bool direct_line = false;       // direct technical link (CBAM actual-value condition a)
    std::string evidence;           // reference to the contract/cancellation statement
    int line = 0;                   // line in the file (traceability)

    bool hourly() const { return end_ms - start_ms <= 3'600'000; }
    /// GHG Protocol Scope 2 quality criteria 3, 4, 5: cancelled, vintage of the reporting year, same market.
    bool eligible(int reporting_year) const;
};

struct InstrumentSet {
    std::string file;
    std::vector<InstrumentVolume> volumes;      // GO and PPA rows, in file order
    double residual_mix_g_per_kwh = -1;         // < 0: no residual_mix row
    std::string residual_mix_source;            // its id/evidence text
    double supplier_g_per_kwh = -1;             // < 0: no supplier row
};

/// Throws InputError with file, line, column name, expected and found for every bad cell (unknown
/// kind, bad time, end <= start, negative volume, yes/no flags), a missing column, two residual_mix
/// rows, or a GO/PPA row without a volume.
InstrumentSet readInstrumentsCsv(const std::string& path);

} // namespace gridtwin
