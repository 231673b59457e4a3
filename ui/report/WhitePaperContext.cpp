#include "WhitePaperContext.h"

#include <QDate>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gridtwin::report {

WhitePaperContext::WhitePaperContext(const WhitePaperInputs& inputs, const ReportTranslator& translator)
    : in_(inputs), tr_(translator), core_text_(translator) {
    if (!in_.study || !in_.options) throw std::invalid_argument("WhitePaperContext: study and options are required");
    indexHours();
}

void WhitePaperContext::indexHours() {
    const auto& hours = study().ledger.hours;
    const QTimeZone zone(QByteArray::fromStdString(options().site.location.time_zone));
    const QTimeZone local = zone.isValid() ? zone : QTimeZone::utc();
    const QDate first = hours.empty() ? QDate()
                                      : QDateTime::fromMSecsSinceEpoch(hours.front().hour_start_ms, QTimeZone::utc()).date();
    for (const LedgerHour& h : hours) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(h.hour_start_ms, QTimeZone::utc());
        month_.push_back(utc.date().month() - 1);
        const int day = static_cast<int>(first.daysTo(utc.date()));
        day_.push_back(day);
        day_count_ = std::max(day_count_, day + 1);
        local_hour_.push_back(utc.toTimeZone(local).time().hour());
    }
}

std::vector<std::pair<double, QString>> WhitePaperContext::monthTicksForDays() const {
    std::vector<std::pair<double, QString>> ticks;
    int last_month = -1;
    for (std::size_t i = 0; i < month_.size(); ++i) {
        if (month_[i] != last_month) {
            ticks.emplace_back(day_[i], monthName(month_[i] + 1));
            last_month = month_[i];
        }
    }
    return ticks;
}

std::vector<std::pair<double, QString>> WhitePaperContext::monthTicks() const {
    std::vector<std::pair<double, QString>> ticks;
    for (int m = 1; m <= 12; ++m) ticks.emplace_back(m - 1, monthName(m));
    return ticks;
}

QString WhitePaperContext::core(const std::string& text) const {
    const QString source = qs(text);
    if (source.isEmpty() || language() == QLatin1String("en")) return source;
    if (auto translated = core_text_.translate(source)) return *translated;
    untranslated_.insert(source);
    return source;
}

QString WhitePaperContext::number(double value, int decimals) const {
    if (!std::isfinite(value)) return notAvailable();
    // Avoid "-0.0" after rounding.
    const double scale = std::pow(10.0, decimals);
    if (std::abs(value) * scale < 0.5) value = 0.0;
    return locale().toString(value, 'f', decimals);
}

QString WhitePaperContext::notAvailable() const { return translate("WhitePaper", "n/a"); }

QString WhitePaperContext::date(std::int64_t time_ms) const {
    return locale().toString(QDateTime::fromMSecsSinceEpoch(time_ms, QTimeZone::utc()).date(), QLocale::ShortFormat);
}

QString WhitePaperContext::monthName(int month) const { return locale().monthName(month, QLocale::ShortFormat); }

} // namespace gridtwin::report
