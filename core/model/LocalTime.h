#pragma once
// UTC milliseconds <-> local civil time in an IANA time zone (tariff windows, billing periods,
// reports). Backed by Howard Hinnant's date/tz on the OS tz database; the offset of the last
// looked-up span is cached, so consecutive calls in the same DST span cost two compares.
// One instance is not thread-safe (the cache is mutable); use one per thread.

#include "model/TimeUtc.h"

#include <cstdint>
#include <string>

namespace date {
class time_zone;
}

namespace gridtwin {

class LocalTime {
public:
    /// Throws InputError("", "time zone", ..., zone_name) for a name the tz database lacks.
    explicit LocalTime(const std::string& zone_name);

    const std::string& zoneName() const { return zone_name_; }

    /// Offset local - UTC in ms at the UTC instant (e.g. +3600000 for CET, +7200000 for CEST).
    std::int64_t offsetMs(std::int64_t utc_ms) const;
    CivilTime toLocal(std::int64_t utc_ms) const;
    /// Local civil time -> UTC. A time in a spring-forward gap maps to the transition instant;
    /// an ambiguous autumn time maps to the earlier (summer-time) instant.
    std::int64_t toUtc(const CivilTime& local) const;
    /// "2024-03-31T03:00:00+02:00"
    std::string formatIsoLocal(std::int64_t utc_ms) const;

private:
    std::string zone_name_;
    const date::time_zone* zone_ = nullptr;
    mutable std::int64_t cache_begin_ms_ = 1;  // empty span: begin > end
    mutable std::int64_t cache_end_ms_ = 0;
    mutable std::int64_t cache_offset_ms_ = 0;
};

} // namespace gridtwin
