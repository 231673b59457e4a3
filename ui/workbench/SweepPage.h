#pragma once
// Sweeps: one or two parameters over start/stop/step ranges, run on all cores (core SweepRunner)
// with progress and cancel; a heatmap (two parameters) or line (one) of a chosen KPI, the Pareto
// scatter and CSV export. The swept site is the current candidate.

#include "tune/SweepRunner.h"
#include "tune/SweepSpec.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace gridtwin::ui {

class CandidateSite;
class HeatmapView;
class ParetoView;

struct SweepAxisEditor {
    QComboBox* parameter = nullptr;
    QDoubleSpinBox* from = nullptr;
    QDoubleSpinBox* to = nullptr;
    QDoubleSpinBox* step = nullptr;
};

class SweepPage : public QWidget {
    Q_OBJECT
public:
    explicit SweepPage(CandidateSite& site, QWidget* parent = nullptr);
    ~SweepPage() override;

    /// Sets axis 0 or 1 (axis 1 enables the second parameter).
    void setAxis(int axis, const QString& parameter, double from, double to, double step);
    void setSecondAxisEnabled(bool on);
    /// One month (1..12) of the TMY year or the whole year (month 0) at step_s.
    void setPeriod(int month, int step_s);
    /// The spec the editors describe, or the reason it is invalid.
    std::optional<SweepSpec> currentSpec(QString* why) const;

    bool running() const { return runner_ != nullptr && !runner_->finished(); }
    const SweepResults& results() const { return results_; }
    ParetoView* paretoView() const { return pareto_; }
    HeatmapView* heatmap() const { return heatmap_; }
    QString exportCsv(const QString& file) const;

public slots:
    void start();
    void cancel();

signals:
    void sweepFinished();

private:
    SweepAxisEditor buildAxis(QFormLayout* form, int axis);
    void onParameterChosen(int axis);
    void poll();
    void showResults();
    void exportDialog();

    CandidateSite& site_;
    SweepAxisEditor axes_[2];
    QCheckBox* second_;
    QComboBox* objectives_;
    QComboBox* kpi_;
    QComboBox* colour_;
    QComboBox* month_;
    QComboBox* step_;
    QPushButton* start_button_;
    QPushButton* cancel_button_;
    QPushButton* export_button_;
    QProgressBar* progress_;
    QLabel* status_;
    QStackedWidget* kpi_view_;
    HeatmapView* heatmap_;
    QChartView* line_;
    ParetoView* pareto_;
    QTimer* poll_timer_;
    std::unique_ptr<SweepRunner> runner_;
    std::atomic<bool> completed_flag_{false};
    SweepResults results_;
};

} // namespace gridtwin::ui
