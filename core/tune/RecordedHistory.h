#pragma once
// Recorded site history from a historian file as simulation inputs, so a tuning run replays the
// site's own PV, load, price and carbon through the same engine and controllers. The stored
// facility load is replayed as is (the runs use replaySite(): cooling and fixed loads already in
// the record). Delivered + curtailed PV and ambient temperature become the engine's hourly
// profile stamps: at 1-h steps a replay sees exactly the recorded values; at shorter steps the
// stamps are the energy-keeping best piecewise-linear fit on the hours (sub-hour PV detail is
// smoothed). Price and carbon are the hourly means of the stored samples.

#include "model/SiteConfig.h"
#include "sim/SimulationInputs.h"
#include "tune/TuningPeriod.h"

#include <memory>

namespace gridtwin {

struct RecordedHistory {
    SimulationPeriod period;  // [from, to) of the request (whole record when to_ms == 0), step =
                              // the stored load sample spacing
    std::shared_ptr<const SimulationInputs> inputs; // prepared for replaySite(site)
};

/// The site as a replay runs it: PUE 1, no slope, no fixed facility load (the recorded load
/// already holds them).
SiteConfig replaySite(const SiteConfig& site);

/// Reads the historian named by period.historian_path. Throws InputError naming the file for a
/// missing file or site (listing the stored sites), a missing load/PV/price/carbon channel (listing
/// the stored ones), a sample spacing outside 1..3600 s, an end before the start, a record that
/// does not cover the period, a load gap over 1 h or an hour without PV, price or carbon samples.
RecordedHistory loadRecordedHistory(const TuningPeriod& period, const SiteConfig& site);

} // namespace gridtwin
