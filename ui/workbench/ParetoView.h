#pragma once
// Pareto scatter of a sweep: total cost (x) against peak billing-interval import (y), each
// variant coloured by emissions or cycles, the variants on the Pareto front (over the sweep's
// objectives) drawn larger with an outline and joined in cost order.

#include "tune/SweepRunner.h"

#include <QChartView>

class QScatterSeries;
class QLineSeries;

namespace gridtwin::ui {

class ParetoView : public QChartView {
    Q_OBJECT
public:
    enum class ColourBy { Emissions, Cycles };

    explicit ParetoView(QWidget* parent = nullptr);
    void setResults(const SweepResults& results, ColourBy colour);

    QScatterSeries* allSeries() const { return all_; }
    QScatterSeries* paretoSeries() const { return front_; }
    /// Indices (into SweepResults::variants) of the highlighted points, in paretoSeries() order.
    const std::vector<std::size_t>& paretoVariants() const { return front_variants_; }

private:
    QScatterSeries* all_;
    QScatterSeries* front_;
    QLineSeries* front_line_;
    std::vector<std::size_t> front_variants_;
};

} // namespace gridtwin::ui
