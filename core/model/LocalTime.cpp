#include "model/LocalTime.h"

#include "model/InputError.h"

#include <date/tz.h>

#include <chrono>
#include <cstdio>
#include <limits>

namespace gridtwin {

namespace {
using Ms = std::chrono::milliseconds;
using SysMs = date::sys_time<Ms>;

std::int64_t clampToMs(date::sys_seconds t) {
    // date::sys_info uses +-infinity-like seconds at the ends of the tz data.
    constexpr std::int64_t lim = std::numeric_limits<std::int64_t>::max() / 2000;
    const std::int64_t s = t.time_since_epoch().count();
    if (s > lim) return std::numeric_limits<std::int64_t>::max() / 2;
    if (s < -lim) return std::numeric_limits<std::int64_t>::min() / 2;
    return s * kMsPerSecond;
}
} // namespace

LocalTime::LocalTime(const std::string& zone_name) : zone_name_(zone_name) {
    try {
        zone_ = date::locate_zone(zone_name);
    } catch (const std::exception&) {
        throw InputError("", "time zone",
                         "an IANA time zone name such as \"Europe/Rome\" (see the TZ column of "
                         "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones or "
                         "`timedatectl list-timezones`)",
                         zone_name);
    }
}

std::int64_t LocalTime::offsetMs(std::int64_t utc_ms) const {
    if (utc_ms >= cache_begin_ms_ && utc_ms < cache_end_ms_) return cache_offset_ms_;
    const auto info = zone_->get_info(date::floor<std::chrono::seconds>(SysMs(Ms(utc_ms))));
    cache_begin_ms_ = clampToMs(info.begin);
    cache_end_ms_ = clampToMs(info.end);
    cache_offset_ms_ = info.offset.count() * kMsPerSecond;
    return cache_offset_ms_;
}

CivilTime LocalTime::toLocal(std::int64_t utc_ms) const {
    return civilFromMs(utc_ms + offsetMs(utc_ms));
}

std::int64_t LocalTime::toUtc(const CivilTime& local) const {
    const std::int64_t local_ms = msFromCivil(local);
    const date::local_time<Ms> lt{Ms(local_ms)};
    const auto info = zone_->get_info(date::floor<std::chrono::seconds>(lt));
    switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous: // first = the earlier instant (summer time)
        return local_ms - info.first.offset.count() * kMsPerSecond;
    case date::local_info::nonexistent: // the gap: the instant the clocks jump
        return clampToMs(info.first.end);
    }
    return local_ms - info.first.offset.count() * kMsPerSecond;
}

std::string LocalTime::formatIsoLocal(std::int64_t utc_ms) const {
    const std::int64_t off = offsetMs(utc_ms);
    const CivilTime c = civilFromMs(utc_ms + off);
    const std::int64_t off_min = (off < 0 ? -off : off) / 60000;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", c.year, c.month, c.day,
                  c.hour, c.minute, c.second, off < 0 ? '-' : '+', static_cast<int>(off_min / 60),
                  static_cast<int>(off_min % 60));
    return buf;
}

} // namespace gridtwin
