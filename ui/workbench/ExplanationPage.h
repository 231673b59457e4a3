#pragma once
// Explanation of the candidate's battery decisions: the reason timeline of the whole period, a
// one-day zoom around the clicked interval, a legend with each reason's share of the time, and
// for the interval under the cursor the reason text, the powers and the counterfactual grid
// import without the battery.

#include "tune/TuningRun.h"

#include <QWidget>

#include <cstddef>
#include <memory>

class QGridLayout;
class QLabel;

namespace gridtwin::ui {

class ReasonTimeline;

class ExplanationPage : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationPage(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const TuningResult> result);
    /// Shows the details of interval i of the candidate run (also what hovering does).
    void showInterval(std::size_t i);
    QString detailText() const;
    ReasonTimeline* timeline() const { return whole_; }

private:
    void zoomTo(std::size_t i);
    void rebuildLegend();

    std::shared_ptr<const TuningResult> result_;
    ReasonTimeline* whole_;
    ReasonTimeline* day_;
    std::size_t day_first_ = 0;
    QLabel* day_title_;
    QGridLayout* legend_;
    QWidget* legend_box_;
    QLabel* detail_;
};

} // namespace gridtwin::ui
