#include "carbon/Instruments.h"

#include "io/CsvText.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

namespace gridtwin {

std::string_view instrumentKindCode(InstrumentKind k) {
    switch (k) {
    case InstrumentKind::GuaranteeOfOrigin: return "go";
    case InstrumentKind::PpaPhysical: return "ppa_physical";
    case InstrumentKind::PpaVirtual: return "ppa_virtual";
    case InstrumentKind::ResidualMix: return "residual_mix";
    case InstrumentKind::Supplier: return "supplier";
    }
    return "?";
}

bool InstrumentVolume::eligible(int reporting_year) const {
    return cancelled && same_market && civilFromMs(start_ms).year == reporting_year;
}

InstrumentSet readInstrumentsCsv(const std::string& path) {
    using namespace csvtext;
    Table t(path, ',', "id,kind,start_utc,end_utc,volume_mwh,factor_g_per_kwh,cancelled,same_market");
    const std::size_t c_id = t.require({"id"}, "id");
    const std::size_t c_kind = t.require({"kind"}, "kind");
    const std::size_t c_start = t.require({"start_utc"}, "start_utc");
    const std::size_t c_end = t.require({"end_utc"}, "end_utc");
    const std::size_t c_vol = t.require({"volume_mwh"}, "volume_mwh");
    const std::size_t c_factor = t.require({"factor_g_per_kwh"}, "factor_g_per_kwh");
    const std::size_t c_cancelled = t.require({"cancelled"}, "cancelled");
    const std::size_t c_market = t.require({"same_market"}, "same_market");
    const int c_tech = t.find({"technology"});
    const int c_zone = t.find({"zone"});
    const int c_direct = t.find({"direct_line"});
    const int c_evidence = t.find({"evidence"});
    auto optionalText = [](const std::vector<std::string>& cells, int col) {
        return col < 0 ? std::string() : cells[static_cast<std::size_t>(col)];
    };

    InstrumentSet set;
    set.file = path;
    std::vector<std::string> cells;
    while (t.next(cells)) {
        const std::string kind = lower(cells[c_kind]);
        const double factor = t.numberAt(cells, c_factor, "an emission factor in gCO2e/kWh (a number >= 0)");
        if (factor < 0) t.fail(c_factor, "an emission factor in gCO2e/kWh (a number >= 0)", cells[c_factor]);
        if (cells[c_id].empty()) t.fail(c_id, "an instrument or contract ID", "");
        if (kind == "residual_mix" || kind == "supplier") {
            double& slot = kind == "residual_mix" ? set.residual_mix_g_per_kwh : set.supplier_g_per_kwh;
            if (slot >= 0) t.fail(c_kind, "at most one " + kind + " row", kind);
            slot = factor;
            if (kind == "residual_mix") set.residual_mix_source = cells[c_id] + (c_evidence >= 0 ? ", " + optionalText(cells, c_evidence) : "");
            continue;
        }
        InstrumentVolume v;
        if (kind == "go") v.kind = InstrumentKind::GuaranteeOfOrigin;
        else if (kind == "ppa_physical") v.kind = InstrumentKind::PpaPhysical;
        else if (kind == "ppa_virtual") v.kind = InstrumentKind::PpaVirtual;
        else t.fail(c_kind, "go, ppa_physical, ppa_virtual, residual_mix or supplier", cells[c_kind]);
        v.id = cells[c_id];
        v.technology = optionalText(cells, c_tech);
        v.zone = optionalText(cells, c_zone);
        v.start_ms = t.timeAt(cells, c_start);
        v.end_ms = t.timeAt(cells, c_end);
        if (v.end_ms <= v.start_ms) t.fail(c_end, "an end after start_utc " + cells[c_start], cells[c_end]);
        const double mwh = t.numberAt(cells, c_vol, "a volume in MWh (a number >= 0)");
        if (mwh < 0) t.fail(c_vol, "a volume in MWh (a number >= 0)", cells[c_vol]);
        v.volume_kwh = mwh * 1000.0;
        v.factor_g_per_kwh = factor;
        v.cancelled = t.yesNoAt(cells, c_cancelled);
        v.same_market = t.yesNoAt(cells, c_market);
        if (c_direct >= 0 && !cells[static_cast<std::size_t>(c_direct)].empty())
            v.direct_line = t.yesNoAt(cells, static_cast<std::size_t>(c_direct));
        v.evidence = optionalText(cells, c_evidence);
        v.line = t.line();
        set.volumes.push_back(std::move(v));
    }
    return set;
}

} // namespace gridtwin
