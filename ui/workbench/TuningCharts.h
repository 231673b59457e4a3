#pragma once
// Overlaid baseline vs candidate charts of a tuning result: grid import with the candidate's
// peak threshold, and battery SoC. Series are reduced to min/max per pixel column of the plot
// (core decimator) before they reach Qt Charts.

#include "tune/TuningRun.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLineSeries;

namespace gridtwin::ui {

class TuningCharts : public QWidget {
    Q_OBJECT
public:
    explicit TuningCharts(QWidget* parent = nullptr);
    void setResult(std::shared_ptr<const TuningResult> result);

    QLineSeries* baselineGridSeries() const { return grid_base_; }
    QLineSeries* candidateGridSeries() const { return grid_cand_; }
    QLineSeries* thresholdSeries() const { return threshold_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();

    std::shared_ptr<const TuningResult> result_;
    QChartView* grid_view_;
    QChartView* soc_view_;
    QLineSeries* grid_base_;
    QLineSeries* grid_cand_;
    QLineSeries* threshold_;
    QLineSeries* soc_base_;
    QLineSeries* soc_cand_;
    int drawn_columns_ = 0;
};

} // namespace gridtwin::ui
