#pragma once
// Commissioning point checks on a SunSpec scan: plausible ranges of the live values, sign
// conventions (GridTwin's: PV inverter W >= 0 delivering, storage 802 W > 0 discharging, meter
// 203 W > 0 importing) and consistency between devices on the same connection (meter versus
// inverter frequency and voltage, and a site balance that must not give a negative load).
// Pure functions over the scan result; the report is written as CSV or text.

#include "io/sunspec/SunSpecScanner.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace gridtwin {

enum class CheckOutcome { Pass, Fail, Skipped };
const char* checkOutcomeName(CheckOutcome o); // "pass", "fail", "skipped"

struct PointCheck {
    int unit_id = 0;        // 0 for checks across devices
    int model_id = 0;       // 0 for checks across devices
    std::string category;   // "range", "sign", "consistency"
    std::string point;      // "Hz", "W", "meter W + inverter W + storage W", ...
    CheckOutcome outcome = CheckOutcome::Skipped;
    std::string measured;   // "50.02 Hz"
    std::string expected;   // "45 .. 65 Hz"
    std::string note;       // why it failed or was skipped
};

struct PointCheckReport {
    std::string target;     // "host:port, units a-b"
    std::vector<PointCheck> checks;
    std::size_t count(CheckOutcome o) const;
    /// Every check that ran passed (skipped checks do not fail a device).
    bool passed() const { return count(CheckOutcome::Fail) == 0; }
};

/// Runs every check that the scanned models allow; points a device does not implement make their
/// checks Skipped with the reason.
PointCheckReport runPointChecks(const SunSpecScanResult& scan, const std::string& target = {});

/// CSV with a header: unit_id,model_id,category,point,outcome,measured,expected,note.
void writePointCheckCsv(std::ostream& out, const PointCheckReport& report);
/// A readable report: one line per check and a summary line ("12 passed, 1 failed, 3 skipped").
void writePointCheckText(std::ostream& out, const PointCheckReport& report);

} // namespace gridtwin
