#pragma once
// ETS / CBAM certificate prices by quarter for the shadow carbon cost (reference/carbon.md 1.4,
// 1.5). CSV: quarter,price_eur_per_t,kind,source,published  e.g.
//   2026-Q1,75.36,cbam_official,IR (EU) 2025/2548 first quarterly price,2026-04-07
// kind: cbam_official | ets_average | illustrative (printed with the figure, so a derived value is
// never shown as an official one).

#include <string>
#include <vector>

namespace gridtwin {

struct QuarterPrice {
    int year = 0;
    int quarter = 0;              // 1..4
    double price_eur_per_t = 0;
    std::string kind;             // "cbam_official", "ets_average", "illustrative"
    std::string source;
    std::string published;        // ISO date or ""
    int line = 0;
};

struct CarbonPriceTable {
    std::string file;
    std::vector<QuarterPrice> quarters;  // ascending, no duplicates
    const QuarterPrice* find(int year, int quarter) const;
};

/// Throws InputError naming file, line and column for a bad quarter ("YYYY-Qn"), a price that is
/// not a number >= 0, an unknown kind, a duplicate quarter or a missing column.
CarbonPriceTable readCarbonPriceTable(const std::string& path);

} // namespace gridtwin
