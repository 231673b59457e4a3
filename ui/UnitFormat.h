#pragma once
// Display formatting of physical values with units (kW/MW chosen by magnitude), in the locale of
// the user interface. Every number a view shows goes through here.

#include <QString>

#include <cstdint>

namespace gridtwin::ui {

/// "850 kW", "12.35 MW" (absolute value; the caller states the direction in words).
QString formatPower(double kw);
/// "850 kWh", "12.35 MWh".
QString formatEnergy(double kwh);
/// "62.5 %".
QString formatPercent(double pct);
/// "2.4 h", "35 min", or "n/a" for NaN/inf.
QString formatHours(double h);
/// "1,234 €" style with the locale's grouping; negative values keep their sign.
QString formatEuro(double eur);
/// "312 g/kWh".
QString formatCarbonIntensity(double g_per_kwh);
/// "850 kg", "12.3 t" of CO2e.
QString formatMass(double kg);
/// Date and time in the given IANA zone (UTC when empty or unknown), the date in the default
/// locale's short form with a four-digit year: "6/1/2024 10:15:00" (en), "01.06.2024 10:15:00"
/// (de), "2024/6/1 10:15:00" (zh_CN); ISO "2024-06-01 10:15:00" under the C locale.
QString formatTime(std::int64_t time_ms, const QString& iana_zone);

} // namespace gridtwin::ui
