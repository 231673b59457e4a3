#pragma once
// White paper sections on energy: the compute load profile and the energy flows with the effect
// of PV and the BESS (peak reduction, savings).

#include "ReportDocument.h"
#include "WhitePaperContext.h"

namespace gridtwin::report {

class WhitePaperEnergySections {
public:
    explicit WhitePaperEnergySections(const WhitePaperContext& context) : c_(context) {}

    void addComputeLoad(ReportDocument& doc, const QString& heading) const;
    void addEnergyFlows(ReportDocument& doc, const QString& heading) const;

private:
    QString translate(const char* context, const char* source) const { return c_.translate(context, source); }
    const WhitePaperContext& c_;
};

} // namespace gridtwin::report
