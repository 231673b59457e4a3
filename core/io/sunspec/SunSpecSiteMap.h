#pragma once
// The three SunSpec devices of a simulated site and how a simulation step maps onto them:
//   inverter: models 1, 103 (and 701): W = pv_kw delivered, WH counts delivered energy;
//   storage:  models 1, 124, 802: 802 W = bess_kw (> 0 discharge, GridTwin's sign), SoC,
//             124 ChaState = SoC; the setpoint is written through 124 StorCtl_Mod + OutWRte/InWRte
//             (percent of WChaMax, the PCS rating);
//   meter:    models 1, 203: W = grid_kw (> 0 import), TotWhImp/TotWhExp count energy.
// Scale factors are chosen from the site's ratings so every value fits its int16.

#include "io/sunspec/SunSpecDeviceImage.h"
#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <optional>

namespace gridtwin {

class SunSpecSiteMap {
public:
    SunSpecSiteMap(const SiteConfig& site, const SunSpecModelCatalog& catalog,
                   std::uint32_t base_address = 40000, bool with_701 = true);

    SunSpecDeviceImage& inverter() { return inverter_; }
    SunSpecDeviceImage& storage() { return storage_; }
    SunSpecDeviceImage& meter() { return meter_; }

    /// Advances the energy counters by one step of dt_h hours (call for every simulated step).
    void accumulate(const StepRecord& r, double dt_h);
    /// Writes a step's measurements and the counters into the registers; heartbeat is 802 Hb.
    void update(const StepRecord& r, std::uint16_t heartbeat);
    /// The BESS power the storage registers ask for (kW, > 0 discharge); nullopt when neither
    /// the charge nor the discharge bit of StorCtl_Mod is set (the site's own controller runs).
    std::optional<double> storageSetpointKw() const;

    /// Smallest power-of-ten exponent at which max_abs fits a signed 16-bit register.
    static int scaleFactorFor(double max_abs);

private:
    SiteConfig site_;
    SunSpecDeviceImage inverter_, storage_, meter_;
    double pv_wh_ = 0, import_wh_ = 0, export_wh_ = 0;
    int pv_w_sf_ = 0, bess_w_sf_ = 0, grid_w_sf_ = 0;
};

} // namespace gridtwin
