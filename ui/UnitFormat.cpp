#include "UnitFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace gridtwin::ui {

namespace {

QString number(double v, int decimals) {
    return QLocale().toString(v, 'f', decimals);
}

// Two significant decimals in the large unit, none in the small one: reads at a glance.
QString scaled(double v, const char* small_unit, const char* large_unit) {
    const double a = std::fabs(v);
    if (a >= 1000.0) {
        return QStringLiteral("%1 %2").arg(number(a / 1000.0, a >= 100000.0 ? 1 : 2),
                                          QLatin1String(large_unit));
    }
    return QStringLiteral("%1 %2").arg(number(a, a < 10.0 ? 1 : 0), QLatin1String(small_unit));
}

} // namespace

QString formatPower(double kw) { return scaled(kw, "kW", "MW"); }

QString formatEnergy(double kwh) { return scaled(kwh, "kWh", "MWh"); }

QString formatPercent(double pct) { return QStringLiteral("%1 %").arg(number(pct, 1)); }

QString formatHours(double h) {
    if (!std::isfinite(h) || h < 0) {
        return QCoreApplication::translate("gridtwin::ui::UnitFormat", "n/a");
    }
    if (h < 1.0) {
        return QStringLiteral("%1 min").arg(number(h * 60.0, 0));
    }
    return QStringLiteral("%1 h").arg(number(h, 1));
}

QString formatEuro(double eur) {
    return QStringLiteral("%1 €").arg(number(eur, std::fabs(eur) < 100.0 ? 2 : 0));
}

QString formatCarbonIntensity(double g_per_kwh) {
    return QStringLiteral("%1 g/kWh").arg(number(g_per_kwh, 0));
}

QString formatMass(double kg) {
    if (std::fabs(kg) >= 1000.0) {
        return QStringLiteral("%1 t").arg(number(kg / 1000.0, 2));
    }
    return QStringLiteral("%1 kg").arg(number(kg, kg < 10.0 ? 1 : 0));
}

QString formatTime(std::int64_t time_ms, const QString& iana_zone) {
    QTimeZone zone(iana_zone.toUtf8());
    if (!zone.isValid()) zone = QTimeZone::utc();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(time_ms, zone);
    const QLocale locale;
    if (locale.language() == QLocale::C) return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // Short date formats carry two-digit years ("dd.MM.yy"); logs span decades, so widen them.
    QString date_format = locale.dateFormat(QLocale::ShortFormat);
    if (!date_format.contains(QLatin1String("yyyy"))) {
        date_format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    // 24-hour time everywhere: control rooms and logs do not use AM/PM.
    return locale.toString(t, date_format + QStringLiteral(" HH:mm:ss"));
}

} // namespace gridtwin::ui
