#pragma once
// Tuning: the chosen controller's parameters as slider + spin box pairs, the period (TMY year,
// a month, or historian history), and re-simulation in the background: every candidate edit
// restarts a 250 ms debounce timer, the newest request supersedes the running one (core
// TuningSession), with progress and cancel. Shows baseline vs candidate KPIs and charts.

#include "tune/TuningPeriod.h"
#include "tune/TuningRun.h"
#include "tune/TuningSession.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace gridtwin::ui {

class CandidateSite;
class KpiDeltaTable;
class SliderSpinBox;
class TuningCharts;

class TuningPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    explicit TuningPage(CandidateSite& site, QWidget* parent = nullptr);
    ~TuningPage() override;

    /// The request the current candidate and period stand for (baseline + overrides).
    TuningRequest currentRequest() const;
    TuningPeriod period() const;
    void setPeriod(const TuningPeriod& p);

    std::shared_ptr<const TuningResult> result() const { return shown_; }
    KpiDeltaTable* kpiTable() const { return table_; }
    TuningCharts* charts() const { return charts_; }
    SliderSpinBox* parameterEditor(const QString& path) const;
    bool running() const;

public slots:
    /// Submits now (skips the debounce).
    void runNow();
    void cancel();

signals:
    /// A new result is shown (the explanation page follows it).
    void resultReady(std::shared_ptr<const gridtwin::TuningResult> result);

private:
    void scheduleRun();
    void poll();
    void rebuildParameters();
    void onCandidateChanged(const QString& path);
    void browseHistorian();

    CandidateSite& site_;
    TuningSession session_;
    // Set by the session's signals on its worker thread; read by poll() on the GUI thread.
    std::atomic<bool> finished_flag_{false};
    QTimer* debounce_;
    QTimer* poll_timer_;
    QFormLayout* params_form_;
    QWidget* params_box_;
    QList<SliderSpinBox*> params_;
    QComboBox* period_kind_;
    QSpinBox* year_;
    QComboBox* month_;
    QComboBox* step_;
    QLineEdit* historian_;
    QLineEdit* history_from_;
    QLineEdit* history_to_;
    QProgressBar* progress_;
    QPushButton* cancel_button_;
    QLabel* status_;
    KpiDeltaTable* table_;
    TuningCharts* charts_;
    std::shared_ptr<const TuningResult> shown_;
    std::uint64_t error_id_seen_ = 0;
};

} // namespace gridtwin::ui
