#pragma once
// Rolling trend charts (Qt Charts): power (PV, load, grid, BESS, with threshold and month-peak
// lines) with SoC on a second axis, and a small chart of price and carbon intensity. Each series
// is reduced to the min and max of every device-pixel column of the plot before
// QXYSeries::replace (style.md rule 7), so spikes stay visible; refresh is driven by the adapter's
// tick, so it redraws at most ~30 Hz. Axes are only touched when their (nice) range changes, since
// every axis change makes Qt Charts recompute the geometry of all series on it. Pause freezes the
// view; the mouse cursor reads every channel at the time under it.

#include "LiveSourceAdapter.h"
#include "Theme.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <array>
#include <cstdint>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QToolButton;
class QValueAxis;

namespace gridtwin::ui {

enum class TrendWindow { Min15, Hour1, Hour24 };
std::int64_t trendWindowMs(TrendWindow w);

class TrendPanel : public QWidget {
    Q_OBJECT
public:
    TrendPanel(LiveSourceAdapter& adapter, QWidget* parent = nullptr);

    void setTheme(Theme theme);
    void setWindow(TrendWindow w);
    TrendWindow window() const { return window_; }
    bool isPaused() const { return paused_; }
    /// Reads every channel at t_ms into the cursor line; returns the text shown.
    QString cursorText(std::int64_t t_ms) const;
    /// Points handed to Qt Charts for a channel at the last refresh (tests check decimation).
    qsizetype pointCount(Channel c) const;
    /// The points of a channel as drawn (MW for the power channels).
    QList<QPointF> points(Channel c) const;

    /// Charts redraw at most this often (the data may arrive at 30 Hz).
    static constexpr int kMinRedrawMs = 100;

public slots:
    /// Redraws now (tests, screenshot); live updates go through the throttle below.
    void refresh();
    void setPaused(bool paused);

signals:
    void windowChanged(gridtwin::ui::TrendWindow w);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Decimates channel c into lists_[c]; widens [lo, hi] by the points produced.
    void decimate(Channel c, double scale, double x_from, double x_to, int columns, double& lo,
                  double& hi);
    void showCursor(std::int64_t t_ms);

    LiveSourceAdapter& adapter_;
    TrendWindow window_ = TrendWindow::Hour1;
    bool paused_ = false;
    std::int64_t view_end_ms_ = 0;
    Theme theme_ = Theme::Dark;

    QComboBox* window_box_;
    QToolButton* pause_button_;
    QLabel* readout_;
    QChart* power_chart_;
    QChartView* power_view_;
    QChart* market_chart_;
    QChartView* market_view_;
    QDateTimeAxis* power_x_;
    QValueAxis* power_y_;
    QValueAxis* soc_y_;
    QDateTimeAxis* market_x_;
    QValueAxis* price_y_;
    QValueAxis* carbon_y_;
    std::array<QLineSeries*, kChannelCount> series_{};
    QLineSeries* threshold_;
    QLineSeries* month_peak_;
    QLineSeries* power_cursor_;
    QLineSeries* market_cursor_;
    // The decimated points of the next refresh, and those the series hold now (to skip the
    // replace of a series whose content did not change).
    std::array<QList<QPointF>, kChannelCount> lists_;
    std::array<QList<QPointF>, kChannelCount> shown_;
    double shown_x_from_ = 0;
    double shown_x_to_ = 0;
    double shown_threshold_ = 0;
    double shown_month_peak_ = 0;
    QElapsedTimer since_redraw_;
    bool dirty_ = false;
};

} // namespace gridtwin::ui
