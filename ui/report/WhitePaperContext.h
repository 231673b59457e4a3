#pragma once
// What every section of the white paper needs: the study, its options, the report language and
// locale-aware number formatting. Numbers are formatted here only, so the summary, the tables and
// the CLI's headline figures agree digit for digit.

#include "CoreTextCatalog.h"
#include "ReportDocument.h"
#include "ReportTranslator.h"

#include "carbon/CarbonStudy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace gridtwin::report {

/// Shown as "n/a" by WhitePaperContext::number.
inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

struct WhitePaperInputs {
    const CarbonStudyResult* study = nullptr;
    const CarbonStudyOptions* options = nullptr;
    QString site_argument;       // "demo" or the site file as given (for the regenerate command)
    QDateTime generated_utc;     // shown on the cover; not part of the manifest
};

class WhitePaperContext {
public:
    WhitePaperContext(const WhitePaperInputs& inputs, const ReportTranslator& translator);

    const CarbonStudyResult& study() const { return *in_.study; }
    const CarbonStudyOptions& options() const { return *in_.options; }
    const WhitePaperInputs& inputs() const { return in_; }
    const QLocale& locale() const { return tr_.locale(); }
    const QString& language() const { return tr_.language(); }

    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const {
        return tr_.translate(context, source, disambiguation, n);
    }
    /// Strings that come from core (stream names, EED fields, quality items): translated when the
    /// catalogue has them (context "CoreText", see CoreTextCatalog), else shown as given and, in a
    /// language other than English, recorded for untranslatedCore().
    QString core(const std::string& text) const;
    /// Core strings core() met and could not translate, sorted, each once.
    QStringList untranslatedCore() const { return {untranslated_.begin(), untranslated_.end()}; }

    QString number(double value, int decimals) const;
    QString mwh(double kwh, int decimals = 1) const { return number(kwh / 1000.0, decimals); }
    QString tonnes(double kg, int decimals = 1) const { return number(kg / 1000.0, decimals); }
    QString percent(double pct, int decimals = 1) const { return number(pct, decimals); }
    QString euro(double eur) const { return number(eur, 0); }
    /// "n/a" in the report language for NaN or infinite values.
    QString notAvailable() const;
    QString date(std::int64_t time_ms) const;
    QString monthName(int month) const; // short, 1..12
    static QString qs(const std::string& s) { return QString::fromStdString(s); }

    // Aggregates of the ledger's hours: UTC calendar month (0..11), UTC day of the period, local
    // hour of day (site time zone) for each ledger hour, precomputed once.
    int monthOf(std::size_t hour) const { return month_[hour]; }
    int dayOf(std::size_t hour) const { return day_[hour]; }
    int localHourOf(std::size_t hour) const { return local_hour_[hour]; }
    int dayCount() const { return day_count_; }
    template <class F> std::vector<double> monthlySum(F value) const {
        std::vector<double> out(12, 0.0);
        const auto& hours = study().ledger.hours;
        for (std::size_t i = 0; i < hours.size(); ++i) out[static_cast<std::size_t>(month_[i])] += value(hours[i]);
        return out;
    }
    /// x-axis ticks at the first day of each month for a daily series.
    std::vector<std::pair<double, QString>> monthTicksForDays() const;
    std::vector<std::pair<double, QString>> monthTicks() const; // 12 categories

private:
    void indexHours();

    WhitePaperInputs in_;
    const ReportTranslator& tr_;
    CoreTextTranslator core_text_;
    mutable std::set<QString> untranslated_; // filled by core() while the sections are built
    std::vector<int> month_, day_, local_hour_;
    int day_count_ = 0;
};

} // namespace gridtwin::report
