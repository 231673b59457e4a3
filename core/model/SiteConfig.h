#pragma once
// The site description shared by simulation, live operation and reports. Plain data; the JSON
// schema (docs/site-config.md) and its loader (SiteConfigJson) map onto these fields one to one.
// Defaults are the reference site of BRIEF.md section 3.

#include <cstdint>
#include <string>
#include <vector>

namespace gridtwin {

inline constexpr int kSiteConfigSchemaVersion = 1;

struct LocationConfig {
    double latitude_deg = 45.0;
    double longitude_deg = 8.0;
    double elevation_m = 250.0;
    std::string time_zone = "Europe/Rome"; // IANA name; tariff windows and reports use it
};

enum class TranspositionModel { Isotropic, HayDavies, Perez };
enum class CellTemperatureModel { Faiman, Sapm, Pvsyst };

struct PvArrayConfig {
    std::string name = "Roof";
    double dc_capacity_kwp = 5000.0;
    double inverter_ac_limit_kw = 4200.0;  // pac0 of the PVWatts inverter model
    double inverter_eta_nom = 0.96;        // PVWatts nominal inverter efficiency
    double tilt_deg = 25.0;
    double azimuth_deg = 180.0;            // pvlib convention: 0 = N, 90 = E, 180 = S
    double gamma_pdc_per_c = -0.0035;      // PVWatts temperature coefficient (1/°C)
    double system_losses_pct = 14.075660688264469; // pvlib pvwatts_losses defaults
    double albedo = 0.20;
    TranspositionModel transposition = TranspositionModel::Perez;
    CellTemperatureModel cell_temperature = CellTemperatureModel::Faiman;
};

struct BessConfig {
    double capacity_kwh = 20000.0;         // usable nameplate energy
    double power_kw = 10000.0;             // PCS AC rating, both directions
    double max_c_rate = 0.5;               // power limit as a fraction of capacity per hour
    double round_trip_efficiency = 0.90;   // DC reservoir round trip; eta_c = eta_d = sqrt
    double pcs_eta_nom = 0.98;             // PCS curve of the PVWatts inverter form
    double soc_min_pct = 5.0;
    double soc_max_pct = 95.0;
    double soc_initial_pct = 50.0;
    double derate_band_pct = 5.0;          // power derates linearly within this band of each end
    double aux_fixed_kw = 40.0;            // HVAC, BMS: drawn from the site bus at every step
    double aux_per_throughput = 0.005;     // extra aux as a fraction of |P_ac|
    double self_discharge_pct_per_month = 2.0;
};

enum class DemandPeriod { Monthly, Annual };

struct TariffConfig {
    double energy_price_eur_per_mwh = 90.0;     // used when no price series is given
    double export_price_eur_per_mwh = 0.0;      // 0 = export not paid
    double demand_charge_eur_per_kw = 12.0;     // per billing period (month or year)
    int billing_interval_s = 900;               // 900 (15 min) or 3600 (1 h)
    DemandPeriod demand_period = DemandPeriod::Monthly;
    double ratchet_fraction = 0.0;              // billed peak >= fraction x highest earlier peak of the year
};

struct GridConfig {
    double import_limit_kw = 16000.0;
    double export_limit_kw = 2000.0;            // PV is curtailed to respect it
    TariffConfig tariff;
};

struct GpuClusterConfig {
    int node_count = 1275;
    int gpus_per_node = 8;
    double gpu_tdp_w = 700.0;
    double gpu_idle_w = 90.0;
    double node_overhead_w = 4600.0;           // CPU, NICs, fans, NVSwitch per node at full load
    double node_idle_overhead_w = 1500.0;
    double pue_min = 1.15;
    double pue_slope_per_c = 0.01;             // PUE(T) = pue_min + slope * max(0, T - free_cooling_c)
    double free_cooling_c = 18.0;
    double facility_fixed_kw = 150.0;          // lighting, offices, UPS losses not in PUE
    // Job layer
    double job_arrival_rate_per_h = 6.0;
    double job_duration_median_h = 6.0;
    double job_duration_sigma = 1.0;           // lognormal shape
    int job_min_gpus = 8;
    double hero_job_fraction = 0.8;            // share of GPUs that the long hero run takes
    double hero_job_duration_h = 24.0 * 10;
    double target_utilisation = 0.85;
    double failure_rate_per_gpu_day = 5.3e-4;  // Llama 3: 8.6 interruptions/day per 16k GPUs
    double restart_minutes = 15.0;
    double checkpoint_interval_min = 30.0;
    double checkpoint_duration_s = 60.0;
    double ramp_s = 30.0;
    double job_power_fraction = 0.85;          // mean per-GPU power of a running job / TDP
    // Iteration layer (0.2 to 3 Hz square wave) for sub-second studies
    bool iteration_layer = false;
    double iteration_hz = 1.0;
    double iteration_duty = 0.75;
    double iteration_low_fraction = 0.3;       // communication-phase power / TDP
    double power_floor_fraction = 0.0;         // GB200-style floor; 0 = off
    // A recorded facility or IT load series replaces the job model when set.
    std::string recorded_load_file;
};

enum class ControllerKind { None, PeakShaving, SelfConsumption };

struct ControllerConfig {
    ControllerKind kind = ControllerKind::PeakShaving;
    double peak_threshold_kw = 11500.0;        // shave grid import above this
    double recharge_below_kw = 9500.0;         // recharge when grid (without battery) is below
    double soc_reserve_pct = 20.0;             // kept for peak shaving: other goals may not go below
    bool month_peak_floor = true;              // no shaving below the month-to-date billing peak
    double grid_target_kw = 0.0;               // self-consumption target
};

struct InputSeriesConfig {
    std::string weather_file;                  // empty = bundled PVGIS TMY 45N 8E
    std::string price_file;                    // empty = built-in example profile (labelled)
    std::string carbon_file;                   // empty = built-in example profile (labelled)
};

// A SunSpec field device behind Modbus TCP that a `devices` live source polls.
enum class DeviceRole { Inverter, Storage, Meter };

struct FieldDeviceConfig {
    DeviceRole role = DeviceRole::Inverter;
    std::string host = "127.0.0.1";
    int port = 502;                            // Modbus TCP
    int unit_id = 1;                           // Modbus unit id 1..247
    int poll_interval_ms = 1000;
};

struct DataSourcesConfig {
    /// The live source the console opens for this site, in the --source text form of
    /// io/SourceSpec.h ("sim", "devices" = the devices below, "replay:FILE.csv", ...).
    std::string live_source = "sim";
    /// Default: the three devices gridtwin-devsim serves (127.0.0.1:1502, units 1, 2, 3).
    std::vector<FieldDeviceConfig> devices{
        FieldDeviceConfig{DeviceRole::Inverter, "127.0.0.1", 1502, 1, 1000},
        FieldDeviceConfig{DeviceRole::Storage, "127.0.0.1", 1502, 2, 1000},
        FieldDeviceConfig{DeviceRole::Meter, "127.0.0.1", 1502, 3, 1000}};
};

struct SiteConfig {
    int schema_version = kSiteConfigSchemaVersion;
    std::string name = "Reference AI compute site";
    LocationConfig location;
    std::vector<PvArrayConfig> pv_arrays{PvArrayConfig{}};
    BessConfig bess;
    GridConfig grid;
    GpuClusterConfig cluster;
    ControllerConfig controller;
    InputSeriesConfig inputs;
    DataSourcesConfig data_sources;
    std::uint64_t seed = 20240601;
};

/// The reference site of BRIEF.md section 3 (what `--site demo` and the GUI open by default).
SiteConfig referenceSite();

} // namespace gridtwin
