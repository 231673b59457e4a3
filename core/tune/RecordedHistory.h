#pragma once
// Recorded site history from a historian file as simulation inputs, so a tuning run replays the
// site's own PV, load, price and carbon through the same engine and controllers. The stored
// facility load is replayed as is (the runs use replaySite(): cooling and fixed loads already in
// the record); delivered + curtailed PV becomes the available PV at each hour stamp (the engine
// interpolates between hours, so sub-hour PV detail is smoothed); price and carbon are the
// hourly means of the stored samples; ambient temperature comes from the record when stored.

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
/// missing file or site (listing the stored sites), a missing load/PV/price/carbon channel, a
/// sample spacing outside 1..3600 s, or a record that does not cover the period.
RecordedHistory loadRecordedHistory(const TuningPeriod& period, const SiteConfig& site);

} // namespace gridtwin
