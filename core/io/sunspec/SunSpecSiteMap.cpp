#include "io/sunspec/SunSpecSiteMap.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gridtwin {

namespace {

constexpr double kLineVoltageV = 400.0;   // three-phase low-voltage side as seen by the meters
constexpr double kPhaseVoltageV = 230.0;
constexpr double kFrequencyHz = 50.0;
constexpr double kBatteryDcV = 800.0;     // nominal DC bus of the containerised BESS
constexpr int kEnergySf = 3;              // counters in kWh: a year of a 15 MW site fits acc32

std::vector<const SunSpecModelDef*> models(const SunSpecModelCatalog& c, std::initializer_list<int> ids) {
    std::vector<const SunSpecModelDef*> out;
    for (int id : ids) {
        const SunSpecModelDef* d = c.find(id);
        if (!d) throw std::invalid_argument("SunSpec catalogue lacks model " + std::to_string(id));
        out.push_back(d);
    }
    return out;
}

std::uint64_t sfRaw(int sf) { return static_cast<std::uint16_t>(static_cast<std::int16_t>(sf)); }

void common(SunSpecDeviceImage& img, const char* md, const char* sn) {
    img.setString(1, "Mn", "GridTwin");
    img.setString(1, "Md", md);
    img.setString(1, "Vr", GRIDTWIN_VERSION);
    img.setString(1, "SN", sn);
}

// Counter in units of 10^sf Wh, wrapped like a device's acc32.
std::uint64_t counter32(double wh) {
    return static_cast<std::uint64_t>(std::floor(wh / std::pow(10.0, kEnergySf))) & 0xFFFFFFFFu;
}

// 124/802 ChaSt: OFF=1, EMPTY=2, DISCHARGING=3, CHARGING=4, FULL=5, HOLDING=6.
std::uint64_t chargeStatus(const StepRecord& r, const BessConfig& b) {
    if (r.soc_pct <= b.soc_min_pct + 0.01 && r.bess_kw >= 0) return 2;
    if (r.soc_pct >= b.soc_max_pct - 0.01 && r.bess_kw <= 0) return 5;
    if (r.bess_kw > 0.5) return 3;
    if (r.bess_kw < -0.5) return 4;
    return 6;
}

} // namespace

int SunSpecSiteMap::scaleFactorFor(double max_abs) {
    int sf = 0;
    while (std::abs(max_abs) / std::pow(10.0, sf) > 32000.0 && sf < 10) ++sf;
    return sf;
}

SunSpecSiteMap::SunSpecSiteMap(const SiteConfig& site, const SunSpecModelCatalog& catalog,
                               std::uint32_t base_address, bool with_701)
    : site_(site),
      inverter_(base_address, with_701 ? models(catalog, {1, 103, 701}) : models(catalog, {1, 103})),
      storage_(base_address, models(catalog, {1, 124, 802})), meter_(base_address, models(catalog, {1, 203})) {
    double pv_max_w = 0;
    for (const PvArrayConfig& a : site.pv_arrays) pv_max_w += a.inverter_ac_limit_kw * 1000.0;
    const double bess_max_w = site.bess.power_kw * 1000.0;
    const double grid_max_w = std::max({site.grid.import_limit_kw, site.grid.export_limit_kw,
                                        site.bess.power_kw + pv_max_w / 1000.0}) * 1000.0 * 1.5;
    pv_w_sf_ = scaleFactorFor(pv_max_w * 1.1);
    bess_w_sf_ = scaleFactorFor(bess_max_w * 1.1);
    grid_w_sf_ = scaleFactorFor(grid_max_w);
    const auto amps = [](double w) { return w / (std::sqrt(3.0) * kLineVoltageV); };

    common(inverter_, "devsim PV inverter", "GT-DEVSIM-INV-1");
    common(storage_, "devsim BESS", "GT-DEVSIM-BESS-1");
    common(meter_, "devsim site meter", "GT-DEVSIM-MTR-1");

    // Inverter 103 (and 701): scale factors first, then the constant points.
    inverter_.setRaw(103, "A_SF", sfRaw(scaleFactorFor(amps(pv_max_w) * 1.1) - 0));
    inverter_.setRaw(103, "V_SF", sfRaw(-1));
    inverter_.setRaw(103, "W_SF", sfRaw(pv_w_sf_));
    inverter_.setRaw(103, "Hz_SF", sfRaw(-2));
    inverter_.setRaw(103, "VA_SF", sfRaw(pv_w_sf_));
    inverter_.setRaw(103, "VAr_SF", sfRaw(pv_w_sf_));
    inverter_.setRaw(103, "PF_SF", sfRaw(0));
    inverter_.setRaw(103, "WH_SF", sfRaw(kEnergySf));
    inverter_.set(103, "PPVphAB", kLineVoltageV);
    inverter_.set(103, "PPVphBC", kLineVoltageV);
    inverter_.set(103, "PPVphCA", kLineVoltageV);
    inverter_.set(103, "PhVphA", kPhaseVoltageV);
    inverter_.set(103, "PhVphB", kPhaseVoltageV);
    inverter_.set(103, "PhVphC", kPhaseVoltageV);
    inverter_.set(103, "Hz", kFrequencyHz);
    inverter_.setRaw(103, "Evt1", 0);
    inverter_.setRaw(103, "Evt2", 0);
    if (with_701) {
        inverter_.setRaw(701, "A_SF", sfRaw(scaleFactorFor(amps(pv_max_w) * 1.1)));
        inverter_.setRaw(701, "V_SF", sfRaw(-1));
        inverter_.setRaw(701, "Hz_SF", sfRaw(-3));
        inverter_.setRaw(701, "W_SF", sfRaw(pv_w_sf_));
        inverter_.setRaw(701, "VA_SF", sfRaw(pv_w_sf_));
        inverter_.setRaw(701, "Var_SF", sfRaw(pv_w_sf_));
        inverter_.setRaw(701, "PF_SF", sfRaw(-3));
        inverter_.setRaw(701, "TotWh_SF", sfRaw(kEnergySf));
        inverter_.setRaw(701, "ACType", 2);
        inverter_.setRaw(701, "ConnSt", 1);
        inverter_.setRaw(701, "Alrm", 0);
        inverter_.set(701, "LLV", kLineVoltageV);
        inverter_.set(701, "LNV", kPhaseVoltageV);
        inverter_.set(701, "Hz", kFrequencyHz);
        inverter_.set(701, "Var", 0);
        inverter_.set(701, "PF", 1.0);
    }

    // Storage 124: ratings and the writable control points start released (StorCtl_Mod 0).
    const BessConfig& b = site.bess;
    storage_.setRaw(124, "WChaMax_SF", sfRaw(bess_w_sf_));
    storage_.setRaw(124, "WChaDisChaGra_SF", sfRaw(0));
    storage_.setRaw(124, "MinRsvPct_SF", sfRaw(-1));
    storage_.setRaw(124, "ChaState_SF", sfRaw(-1));
    storage_.setRaw(124, "InOutWRte_SF", sfRaw(-2));
    storage_.set(124, "WChaMax", bess_max_w);
    storage_.set(124, "WChaGra", 100);
    storage_.set(124, "WDisChaGra", 100);
    storage_.setRaw(124, "StorCtl_Mod", 0);
    storage_.set(124, "MinRsvPct", b.soc_min_pct);
    storage_.set(124, "OutWRte", 0);
    storage_.set(124, "InWRte", 0);
    storage_.setRaw(124, "InOutWRte_WinTms", 0);
    storage_.setRaw(124, "InOutWRte_RvrtTms", 0);
    storage_.setRaw(124, "InOutWRte_RmpTms", 0);
    storage_.setRaw(124, "ChaGriSet", 1);
    // Battery 802.
    const double wh_rtg = b.capacity_kwh * 1000.0;
    const double ah_rtg = wh_rtg / kBatteryDcV;
    storage_.setRaw(802, "AHRtg_SF", sfRaw(scaleFactorFor(ah_rtg)));
    storage_.setRaw(802, "WHRtg_SF", sfRaw(scaleFactorFor(wh_rtg)));
    storage_.setRaw(802, "WChaDisChaMax_SF", sfRaw(bess_w_sf_));
    storage_.setRaw(802, "SoC_SF", sfRaw(-1));
    storage_.setRaw(802, "DoD_SF", sfRaw(-1));
    storage_.setRaw(802, "SoH_SF", sfRaw(0));
    storage_.setRaw(802, "V_SF", sfRaw(-1));
    storage_.setRaw(802, "A_SF", sfRaw(scaleFactorFor(bess_max_w / kBatteryDcV * 1.1)));
    storage_.setRaw(802, "AMax_SF", sfRaw(scaleFactorFor(bess_max_w / kBatteryDcV * 1.1)));
    storage_.setRaw(802, "W_SF", sfRaw(bess_w_sf_));
    storage_.set(802, "AHRtg", ah_rtg);
    storage_.set(802, "WHRtg", wh_rtg);
    storage_.set(802, "WChaRteMax", bess_max_w);
    storage_.set(802, "WDisChaRteMax", bess_max_w);
    storage_.set(802, "SoCMax", b.soc_max_pct);
    storage_.set(802, "SoCMin", b.soc_min_pct);
    storage_.set(802, "SocRsvMax", b.soc_max_pct);
    storage_.set(802, "SoCRsvMin", b.soc_min_pct);
    storage_.set(802, "SoH", 100);
    storage_.setRaw(802, "LocRemCtl", 0);  // REMOTE
    storage_.setRaw(802, "CtrlHb", 0);
    storage_.setRaw(802, "AlmRst", 0);
    storage_.setRaw(802, "Typ", 4);        // LITHIUM_ION
    storage_.setRaw(802, "State", 3);      // CONNECTED
    storage_.setRaw(802, "Evt1", 0);
    storage_.setRaw(802, "Evt2", 0);
    storage_.set(802, "V", kBatteryDcV);
    storage_.set(802, "AChaMax", bess_max_w / kBatteryDcV);
    storage_.set(802, "ADisChaMax", bess_max_w / kBatteryDcV);
    storage_.setRaw(802, "SetOp", 1);      // CONNECT
    storage_.setRaw(802, "SetInvState", 3); // INVERTER_STARTED

    // Meter 203.
    meter_.setRaw(203, "A_SF", sfRaw(scaleFactorFor(amps(grid_max_w))));
    meter_.setRaw(203, "V_SF", sfRaw(-1));
    meter_.setRaw(203, "Hz_SF", sfRaw(-2));
    meter_.setRaw(203, "W_SF", sfRaw(grid_w_sf_));
    meter_.setRaw(203, "VA_SF", sfRaw(grid_w_sf_));
    meter_.setRaw(203, "VAR_SF", sfRaw(grid_w_sf_));
    meter_.setRaw(203, "PF_SF", sfRaw(-2));
    meter_.setRaw(203, "TotWh_SF", sfRaw(kEnergySf));
    for (const char* v : {"PhV", "PhVphA", "PhVphB", "PhVphC"}) meter_.set(203, v, kPhaseVoltageV);
    for (const char* v : {"PPV", "PhVphAB", "PhVphBC", "PhVphCA"}) meter_.set(203, v, kLineVoltageV);
    meter_.set(203, "Hz", kFrequencyHz);
    meter_.setRaw(203, "Evt", 0);
}

void SunSpecSiteMap::accumulate(const StepRecord& r, double dt_h) {
    pv_wh_ += std::max(0.0, r.pv_kw) * 1000.0 * dt_h;
    if (r.grid_kw > 0) import_wh_ += r.grid_kw * 1000.0 * dt_h;
    else export_wh_ += -r.grid_kw * 1000.0 * dt_h;
}

void SunSpecSiteMap::update(const StepRecord& r, std::uint16_t heartbeat) {
    const double pv_w = std::max(0.0, r.pv_kw) * 1000.0;
    const double bess_w = r.bess_kw * 1000.0;
    const double grid_w = r.grid_kw * 1000.0;
    const double pv_a = pv_w / (std::sqrt(3.0) * kLineVoltageV);

    inverter_.set(103, "W", pv_w);
    inverter_.set(103, "VA", pv_w);
    inverter_.set(103, "VAr", 0);
    inverter_.set(103, "PF", pv_w > 0 ? 100 : 0);
    inverter_.set(103, "A", pv_a);
    for (const char* p : {"AphA", "AphB", "AphC"}) inverter_.set(103, p, pv_a);
    inverter_.setRaw(103, "WH", counter32(pv_wh_));
    // St: SLEEPING=2, MPPT=4, THROTTLED=5 (curtailed by the export limit).
    inverter_.setRaw(103, "St", pv_w <= 0 ? 2 : (r.pv_curtailed_kw > 0 ? 5 : 4));
    if (inverter_.definition(701)) {
        inverter_.set(701, "W", pv_w);
        inverter_.set(701, "VA", pv_w);
        inverter_.set(701, "A", pv_a);
        inverter_.setRaw(701, "TotWhInj", static_cast<std::uint64_t>(std::floor(pv_wh_ / 1000.0)));
        inverter_.setRaw(701, "TotWhAbs", 0);
        inverter_.setRaw(701, "St", pv_w > 0 ? 1 : 0);
        inverter_.setRaw(701, "InvSt", pv_w <= 0 ? 1 : (r.pv_curtailed_kw > 0 ? 4 : 3));
    }

    const BessConfig& b = site_.bess;
    const std::uint64_t cha_st = chargeStatus(r, b);
    storage_.set(124, "ChaState", r.soc_pct);
    storage_.setRaw(124, "ChaSt", cha_st);
    storage_.set(802, "SoC", r.soc_pct);
    storage_.set(802, "DoD", 100.0 - r.soc_pct);
    storage_.setRaw(802, "ChaSt", cha_st);
    storage_.setRaw(802, "Hb", heartbeat);
    storage_.set(802, "W", bess_w);
    storage_.set(802, "A", bess_w / kBatteryDcV);

    const double grid_a = std::abs(grid_w) / (std::sqrt(3.0) * kLineVoltageV);
    meter_.set(203, "W", grid_w);
    for (const char* p : {"WphA", "WphB", "WphC"}) meter_.set(203, p, grid_w / 3.0);
    meter_.set(203, "VA", std::abs(grid_w));
    meter_.set(203, "VAR", 0);
    meter_.set(203, "PF", grid_w == 0 ? 0 : 100);
    meter_.set(203, "A", grid_a);
    for (const char* p : {"AphA", "AphB", "AphC"}) meter_.set(203, p, grid_a);
    meter_.setRaw(203, "TotWhImp", counter32(import_wh_));
    meter_.setRaw(203, "TotWhExp", counter32(export_wh_));
}

std::optional<double> SunSpecSiteMap::storageSetpointKw() const {
    const std::uint64_t mode = storage_.raw(124, "StorCtl_Mod").value_or(0xFFFF);
    if (mode == 0xFFFF || (mode & 3) == 0) return std::nullopt;
    const SunSpecModelDef* def = storage_.definition(124);
    const SunSpecModelValues v = decodeSunSpecModel(*def, storage_.model(124));
    const double w_max = v.value("WChaMax").value_or(site_.bess.power_kw * 1000.0);
    // Discharge wins when both bits are set: the rate limits then bound a discharge.
    if (mode & 2) return v.value("OutWRte").value_or(0.0) / 100.0 * w_max / 1000.0;
    return -v.value("InWRte").value_or(0.0) / 100.0 * w_max / 1000.0;
}

} // namespace gridtwin
