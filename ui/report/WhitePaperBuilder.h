#pragma once
// The compliance white paper (issue 6 item 6): CarbonStudyResult -> ReportDocument, in English,
// German or Simplified Chinese. Sections: summary; site and boundary; compute load; energy flows
// with the effect of PV and BESS; Scope 2 (both methods); hourly view and CFE; KPIs;
// CBAM-consistent statement; EED table; per-project attribution; data quality; method
// sensitivity; methodology; reproducibility manifest; change log.

#include "ReportDocument.h"
#include "ReportTranslator.h"
#include "WhitePaperContext.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace gridtwin::report {

/// A headline figure as printed in the summary (value formatted in the report locale) with the
/// number it was formatted from, for the CLI and for tests that compare against the ledger.
struct HeadlineFigure {
    const char* key;  // stable English identifier: "e_dc_mwh", "pue", ...
    KeyFigure shown;
    double value;     // in the unit shown
    int decimals;
};

class WhitePaperBuilder {
public:
    /// `language`: "en", "de" or "zh_CN" (std::invalid_argument otherwise).
    explicit WhitePaperBuilder(const QString& language);

    /// `untranslated_core`, when given, receives the core strings the report catalogue could not
    /// translate (see WhitePaperContext::untranslatedCore; always empty for English).
    ReportDocument build(const WhitePaperInputs& inputs, QStringList* untranslated_core = nullptr) const;
    /// Numbered section headings in document order, in the report language.
    QStringList sectionHeadings() const;
    std::vector<HeadlineFigure> headlineFigures(const WhitePaperInputs& inputs) const;
    const ReportTranslator& translator() const { return tr_; }

private:
    QString translate(const char* context, const char* source) const { return tr_.translate(context, source); }
    void addSummary(ReportDocument& doc, const WhitePaperContext& c, const QString& heading) const;
    void addSiteAndBoundary(ReportDocument& doc, const WhitePaperContext& c, const QString& heading) const;
    static std::vector<HeadlineFigure> headlines(const WhitePaperContext& c);

    ReportTranslator tr_;
};

} // namespace gridtwin::report
