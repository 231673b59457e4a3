#include "io/sunspec/PointChecks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace gridtwin {

namespace {

// Tolerances: meters and inverters of a commissioning class agree to a few per cent; the
// absolute parts keep near-zero readings (night, idle battery) from failing on noise.
constexpr double kHzMin = 45.0, kHzMax = 65.0;
constexpr double kPhaseVMin = 80.0, kPhaseVMax = 1000.0;
constexpr double kIdleW = 1000.0;        // below this a battery counts as idle for the sign check
constexpr double kRelTolerance = 0.02;
constexpr double kAbsToleranceW = 100.0;
constexpr double kHzAgreement = 0.1;
constexpr double kVoltageAgreement = 0.05;
constexpr std::uint64_t kChaStDischarging = 3, kChaStCharging = 4;

enum class Kind { Inverter, Meter, Storage, Other };

Kind kindOf(int model_id) {
    switch (model_id) {
    case 101: case 102: case 103: case 111: case 112: case 113: case 701: return Kind::Inverter;
    case 201: case 202: case 203: case 204: case 211: case 212: case 213: case 214: return Kind::Meter;
    case 124: case 802: return Kind::Storage;
    default: return Kind::Other;
    }
}

std::string num(double v, const char* unit) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g %s", v, unit);
    return buf;
}

std::string range(double lo, double hi, const char* unit) { return num(lo, "..") + " " + num(hi, unit); }

struct Checker {
    PointCheckReport& report;
    int unit_id = 0;
    int model_id = 0;

    void add(const char* category, const std::string& point, CheckOutcome o, std::string measured,
             std::string expected, std::string note = {}) {
        report.checks.push_back({unit_id, model_id, category, point, o, std::move(measured), std::move(expected), std::move(note)});
    }
    void skipped(const char* category, const std::string& point, const std::string& expected, std::string why) {
        add(category, point, CheckOutcome::Skipped, "", expected, std::move(why));
    }
    // A value inside [lo, hi]; a point the model has but does not implement is Skipped.
    void inRange(const SunSpecModelValues& v, const char* point, double lo, double hi, const char* unit) {
        if (!v.point(point)) return;
        const std::string expected = range(lo, hi, unit);
        const auto x = v.value(point);
        if (!x) return skipped("range", point, expected, "not implemented by the device");
        const bool ok = *x >= lo && *x <= hi;
        add("range", point, ok ? CheckOutcome::Pass : CheckOutcome::Fail, num(*x, unit), expected,
            ok ? "" : "outside the plausible range: wrong scale factor or unit?");
    }
};

bool agree(double a, double b) { return std::fabs(a - b) <= kRelTolerance * std::max(std::fabs(a), std::fabs(b)) + kAbsToleranceW; }

std::optional<double> phaseVoltage(const SunSpecModelValues& v) {
    if (auto x = v.value("PhVphA")) return x;
    return v.value("PhV");
}

// What the checks across devices need from the first meter and the sum of inverters/storage.
struct SiteReadings {
    std::optional<double> meter_w, meter_hz, meter_v;
    std::optional<double> inverter_w, inverter_hz, inverter_v;
    std::optional<double> storage_w;
    // A device serving the same power in two models (103 and 701) counts once.
    int inverter_unit_counted = -1, storage_unit_counted = -1;
    static void addOnce(std::optional<double>& sum, std::optional<double> x, int unit, int& counted) {
        if (!x || unit == counted) return;
        sum = sum.value_or(0.0) + *x;
        counted = unit;
    }
};

void checkModel(Checker& c, const SunSpecModelValues& v, SiteReadings& site) {
    const Kind kind = kindOf(v.model_id);
    c.inRange(v, "Hz", kHzMin, kHzMax, "Hz");
    if (kind == Kind::Inverter || kind == Kind::Meter) {
        c.inRange(v, "PhVphA", kPhaseVMin, kPhaseVMax, "V");
        c.inRange(v, "A", 0.0, 1e6, "A");
    }
    if (v.model_id == 124) c.inRange(v, "ChaState", 0.0, 100.0, "%");
    if (v.model_id == 802) {
        c.inRange(v, "SoC", 0.0, 100.0, "%");
        c.inRange(v, "SoH", 0.0, 100.0, "%");
    }
    const auto w = v.value("W");
    if (kind == Kind::Inverter) {
        if (w) {
            const bool ok = *w >= -kIdleW;
            c.add("sign", "W", ok ? CheckOutcome::Pass : CheckOutcome::Fail, num(*w, "W"), num(-kIdleW, "W or more (delivering)"),
                  ok ? "" : "a PV inverter importing this much: sign convention reversed?");
            if (const auto va = v.value("VA")) {
                const bool within = std::fabs(*w) <= std::fabs(*va) * (1 + kRelTolerance) + kAbsToleranceW;
                c.add("consistency", "W vs VA", within ? CheckOutcome::Pass : CheckOutcome::Fail,
                      num(*w, "W") + " / " + num(*va, "VA"), "|W| <= VA",
                      within ? "" : "real power above apparent power: scale factors disagree");
            }
        }
        SiteReadings::addOnce(site.inverter_w, w, c.unit_id, site.inverter_unit_counted);
        if (!site.inverter_hz) site.inverter_hz = v.value("Hz");
        if (!site.inverter_v) site.inverter_v = phaseVoltage(v);
    } else if (kind == Kind::Meter) {
        const auto a = v.value("WphA"), b = v.value("WphB"), cc = v.value("WphC");
        if (w && a) {
            const double sum = *a + b.value_or(0.0) + cc.value_or(0.0);
            const bool ok = agree(*w, sum);
            c.add("consistency", "W vs WphA+WphB+WphC", ok ? CheckOutcome::Pass : CheckOutcome::Fail,
                  num(*w, "W") + " / " + num(sum, "W"), "equal within 2 %",
                  ok ? "" : "total and phase powers disagree: a phase CT reversed or a wrong scale factor?");
        }
        if (!site.meter_w) {
            site.meter_w = w;
            site.meter_hz = v.value("Hz");
            site.meter_v = phaseVoltage(v);
        }
    } else if (v.model_id == 802) {
        const SunSpecPointValue* st = v.point("ChaSt");
        if (w && st && st->implemented) {
            const std::string measured = num(*w, "W") + ", ChaSt " + (st->text.empty() ? std::to_string(st->raw) : st->text);
            if (std::fabs(*w) < kIdleW) {
                c.skipped("sign", "W vs ChaSt", "W > 0 when DISCHARGING, < 0 when CHARGING", "battery idle: " + measured);
            } else if (st->raw == kChaStDischarging || st->raw == kChaStCharging) {
                const bool ok = (st->raw == kChaStDischarging) == (*w > 0);
                c.add("sign", "W vs ChaSt", ok ? CheckOutcome::Pass : CheckOutcome::Fail, measured,
                      "W > 0 when DISCHARGING, < 0 when CHARGING",
                      ok ? "" : "power sign contradicts the charge status: sign convention reversed?");
            } else {
                c.skipped("sign", "W vs ChaSt", "W > 0 when DISCHARGING, < 0 when CHARGING",
                          "charge status neither charging nor discharging: " + measured);
            }
        }
        SiteReadings::addOnce(site.storage_w, w, c.unit_id, site.storage_unit_counted);
    }
}

void checkAcrossDevices(Checker& c, const SiteReadings& s) {
    c.unit_id = 0;
    c.model_id = 0;
    const bool both = s.meter_w.has_value() && s.inverter_w.has_value();
    const std::string why_not = !s.meter_w ? "no meter (model 201-204) with W found" : "no inverter with W found";
    const std::string hz_expected = "meter and inverter within " + num(kHzAgreement, "Hz");
    if (s.meter_hz && s.inverter_hz) {
        const bool ok = std::fabs(*s.meter_hz - *s.inverter_hz) <= kHzAgreement;
        c.add("consistency", "meter Hz vs inverter Hz", ok ? CheckOutcome::Pass : CheckOutcome::Fail,
              num(*s.meter_hz, "Hz") + " / " + num(*s.inverter_hz, "Hz"), hz_expected,
              ok ? "" : "devices on one connection must see one frequency: wrong scale factor?");
    } else {
        c.skipped("consistency", "meter Hz vs inverter Hz", hz_expected, "needs Hz from a meter and an inverter");
    }
    if (s.meter_v && s.inverter_v) {
        const bool ok = std::fabs(*s.meter_v - *s.inverter_v) <= kVoltageAgreement * std::max(*s.meter_v, *s.inverter_v);
        c.add("consistency", "meter V vs inverter V", ok ? CheckOutcome::Pass : CheckOutcome::Fail,
              num(*s.meter_v, "V") + " / " + num(*s.inverter_v, "V"), "within 5 %",
              ok ? "" : "phase voltages disagree: a line-to-line value in a phase point, or a wrong scale factor?");
    } else {
        c.skipped("consistency", "meter V vs inverter V", "within 5 %", "needs a phase voltage from a meter and an inverter");
    }
    const std::string balance = "meter W + inverter W + storage W";
    if (!both) return c.skipped("consistency", balance, "site load >= 0", why_not);
    const double load = *s.meter_w + *s.inverter_w + s.storage_w.value_or(0.0);
    const double tol = kRelTolerance * (std::fabs(*s.meter_w) + std::fabs(*s.inverter_w) + std::fabs(s.storage_w.value_or(0.0))) + kIdleW;
    const bool ok = load >= -tol;
    c.add("consistency", balance, ok ? CheckOutcome::Pass : CheckOutcome::Fail, "site load " + num(load, "W"),
          "site load >= 0", ok ? "" : "a negative site load: the meter's or an inverter's sign convention is reversed");
}

} // namespace

const char* checkOutcomeName(CheckOutcome o) {
    switch (o) {
    case CheckOutcome::Pass: return "pass";
    case CheckOutcome::Fail: return "fail";
    case CheckOutcome::Skipped: return "skipped";
    }
    return "?";
}

std::size_t PointCheckReport::count(CheckOutcome o) const {
    return static_cast<std::size_t>(std::count_if(checks.begin(), checks.end(), [o](const PointCheck& c) { return c.outcome == o; }));
}

PointCheckReport runPointChecks(const SunSpecScanResult& scan, const std::string& target) {
    PointCheckReport report;
    report.target = target;
    Checker c{report};
    SiteReadings site;
    for (const SunSpecScannedDevice& d : scan.devices) {
        c.unit_id = d.unit_id;
        for (const SunSpecScannedModel& m : d.models) {
            if (!m.known || !m.read.ok()) continue;
            c.model_id = m.info.id;
            checkModel(c, m.values, site);
        }
    }
    checkAcrossDevices(c, site);
    return report;
}

namespace {
std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}
} // namespace

void writePointCheckCsv(std::ostream& out, const PointCheckReport& report) {
    out << "unit_id,model_id,category,point,outcome,measured,expected,note\n";
    for (const PointCheck& c : report.checks) {
        out << c.unit_id << ',' << c.model_id << ',' << csvField(c.category) << ',' << csvField(c.point) << ','
            << checkOutcomeName(c.outcome) << ',' << csvField(c.measured) << ',' << csvField(c.expected) << ','
            << csvField(c.note) << '\n';
    }
}

void writePointCheckText(std::ostream& out, const PointCheckReport& report) {
    out << "SunSpec point checks" << (report.target.empty() ? "" : " of " + report.target) << "\n";
    for (const PointCheck& c : report.checks) {
        out << (c.outcome == CheckOutcome::Pass ? "PASS " : c.outcome == CheckOutcome::Fail ? "FAIL " : "SKIP ");
        out << (c.unit_id == 0 ? std::string("site") : "unit " + std::to_string(c.unit_id) + " model " + std::to_string(c.model_id));
        out << "  " << c.category << "  " << c.point << ": " << c.measured << " (expected " << c.expected << ")";
        if (!c.note.empty()) out << " - " << c.note;
        out << '\n';
    }
    out << report.count(CheckOutcome::Pass) << " passed, " << report.count(CheckOutcome::Fail) << " failed, "
        << report.count(CheckOutcome::Skipped) << " skipped: " << (report.passed() ? "PASS" : "FAIL") << '\n';
}

} // namespace gridtwin
