#pragma once
// White paper sections on carbon: Scope 2 both methods, the hourly view and CFE, the KPI table
// and the CBAM-consistent indirect-emissions statement with the shadow carbon cost.

#include "ReportDocument.h"
#include "WhitePaperContext.h"

namespace gridtwin::report {

class WhitePaperCarbonSections {
public:
    explicit WhitePaperCarbonSections(const WhitePaperContext& context) : c_(context) {}

    void addScope2(ReportDocument& doc, const QString& heading) const;
    void addHourlyView(ReportDocument& doc, const QString& heading) const;
    void addKpis(ReportDocument& doc, const QString& heading) const;
    void addCbamStatement(ReportDocument& doc, const QString& heading) const;

private:
    QString translate(const char* context, const char* source) const { return c_.translate(context, source); }
    QString factorKindName(FactorKind kind) const;
    void addInstruments(ReportDocument& doc) const;
    const WhitePaperContext& c_;
};

} // namespace gridtwin::report
