#include "carbon/CarbonPriceTable.h"

#include "io/CsvText.h"
#include "model/InputError.h"

namespace gridtwin {

const QuarterPrice* CarbonPriceTable::find(int year, int quarter) const {
    for (const auto& q : quarters)
        if (q.year == year && q.quarter == quarter) return &q;
    return nullptr;
}

CarbonPriceTable readCarbonPriceTable(const std::string& path) {
    using namespace csvtext;
    Table t(path, ',', "quarter,price_eur_per_t,kind,source,published");
    const std::size_t c_q = t.require({"quarter"}, "quarter (YYYY-Qn)");
    const std::size_t c_p = t.require({"price_eur_per_t"}, "price_eur_per_t");
    const std::size_t c_kind = t.require({"kind"}, "kind (cbam_official, ets_average or illustrative)");
    const std::size_t c_src = t.require({"source"}, "source");
    const int c_pub = t.find({"published"});
    CarbonPriceTable table;
    table.file = path;
    std::vector<std::string> cells;
    while (t.next(cells)) {
        QuarterPrice q;
        const std::string& qt = cells[c_q];
        const auto year = qt.size() == 7 && qt[4] == '-' && (qt[5] == 'Q' || qt[5] == 'q')
                              ? number(qt.substr(0, 4)) : std::nullopt;
        if (!year || qt[6] < '1' || qt[6] > '4') t.fail(c_q, "a quarter like 2026-Q1", qt);
        q.year = static_cast<int>(*year);
        q.quarter = qt[6] - '0';
        q.price_eur_per_t = t.numberAt(cells, c_p, "a price in EUR/tCO2e (a number >= 0)");
        if (q.price_eur_per_t < 0) t.fail(c_p, "a price in EUR/tCO2e (a number >= 0)", cells[c_p]);
        q.kind = lower(cells[c_kind]);
        if (q.kind != "cbam_official" && q.kind != "ets_average" && q.kind != "illustrative")
            t.fail(c_kind, "cbam_official, ets_average or illustrative", cells[c_kind]);
        q.source = cells[c_src];
        if (q.source.empty()) t.fail(c_src, "the source of the price", "");
        q.published = c_pub >= 0 ? cells[static_cast<std::size_t>(c_pub)] : std::string();
        q.line = t.line();
        if (table.find(q.year, q.quarter)) t.fail(c_q, "each quarter once", qt);
        if (!table.quarters.empty() && (q.year * 4 + q.quarter) < (table.quarters.back().year * 4 + table.quarters.back().quarter))
            t.fail(c_q, "quarters in ascending order", qt);
        table.quarters.push_back(std::move(q));
    }
    if (table.quarters.empty())
        throw InputError(path, "line " + std::to_string(t.line() + 1), "at least one quarter", "end of file");
    return table;
}

} // namespace gridtwin
