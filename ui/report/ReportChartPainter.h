#pragma once
// Vector charts for reports: lines, stacked areas and bars drawn as paths, with a value axis
// carrying the unit, category or time ticks, grid lines and a legend.

#include "ReportDocument.h"
#include "ReportStyle.h"

#include <QRectF>

#include <vector>

class QPainter;

namespace gridtwin::report {

class ReportChartPainter {
public:
    ReportChartPainter(const ReportStyle& style, const QLocale& locale) : style_(style), locale_(locale) {}

    /// Draws `chart` into `rect` (dots).
    void paint(QPainter& painter, const ReportChart& chart, const QRectF& rect) const;

    /// "Nice" tick values covering [lo, hi] (1, 2, 2.5 or 5 times a power of ten), at least two.
    static std::vector<double> niceTicks(double lo, double hi, int target_count);

private:
    void paintLegend(QPainter& painter, const ReportChart& chart, const QRectF& rect) const;
    double legendHeight(const ReportChart& chart, double width) const;

    const ReportStyle& style_;
    const QLocale& locale_;
};

} // namespace gridtwin::report
