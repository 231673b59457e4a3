#pragma once
// White paper sections for the auditor: the EED field table, per-project attribution with the
// unattributed residual, data quality, method sensitivity, the methodology statement, the
// reproducibility manifest and the change log.

#include "ReportDocument.h"
#include "WhitePaperContext.h"

namespace gridtwin::report {

class WhitePaperAuditSections {
public:
    explicit WhitePaperAuditSections(const WhitePaperContext& context) : c_(context) {}

    void addEed(ReportDocument& doc, const QString& heading) const;
    void addAttribution(ReportDocument& doc, const QString& heading) const;
    void addDataQuality(ReportDocument& doc, const QString& heading) const;
    void addSensitivity(ReportDocument& doc, const QString& heading) const;
    void addMethodology(ReportDocument& doc, const QString& heading) const;
    void addManifest(ReportDocument& doc, const QString& heading) const;
    void addChangeLog(ReportDocument& doc, const QString& heading) const;

private:
    QString eedValue(const EedField& f) const;
    QString translate(const char* context, const char* source) const { return c_.translate(context, source); }
    const WhitePaperContext& c_;
};

} // namespace gridtwin::report
