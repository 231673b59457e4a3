#include "TrendPanel.h"

#include "UnitFormat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <span>

namespace gridtwin::ui {

namespace {

constexpr double kKwPerMw = 1000.0;

QLineSeries* addSeries(QChart* chart, const QString& name) {
    auto* s = new QLineSeries(chart);
    s->setName(name);
    chart->addSeries(s);
    return s;
}

QChart* makeChart() {
    auto* c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignTop);
    c->setAnimationOptions(QChart::NoAnimation);   // live data: animations only cost CPU
    return c;
}

void hideFromLegend(QChart* chart, QLineSeries* s) {
    for (QLegendMarker* m : chart->legend()->markers(s)) m->setVisible(false);
}

// Min and max of every column of the plot, in time order, so a one-sample spike stays visible
// with at most 2 points per column; the samples just outside [x_from, x_to] are kept so the line
// reaches the plot edges. NaN samples are left out (the line bridges a gap).
void decimateColumnsMinMax(const TimeSeriesBuffer& buf, double x_from, double x_to, int columns,
                           double scale, QList<QPointF>& out) {
    out.clear();
    if (buf.empty() || columns <= 0 || !(x_to > x_from)) return;
    const std::span<const double> x = buf.times();
    const std::span<const double> y = buf.values();
    const double width = (x_to - x_from) / columns;
    // indexAt gives the last sample at or before a time: at x_from that is the sample before the
    // range, and the one after the sample at x_to is the first beyond it.
    const std::size_t lo = buf.indexAt(static_cast<std::int64_t>(x_from));
    const std::size_t hi = std::min(buf.size(), buf.indexAt(static_cast<std::int64_t>(x_to)) + 2);
    out.reserve(static_cast<qsizetype>(
        std::min<std::size_t>(hi - lo, 2 * static_cast<std::size_t>(columns) + 4)));
    bool open = false;
    long current = 0;
    std::size_t i_min = 0;
    std::size_t i_max = 0;
    auto flush = [&] {
        if (!open) return;
        const std::size_t a = std::min(i_min, i_max);
        const std::size_t b = std::max(i_min, i_max);
        out.append(QPointF(x[a], y[a] / scale));
        if (b != a) out.append(QPointF(x[b], y[b] / scale));
    };
    for (std::size_t i = lo; i < hi; ++i) {
        if (std::isnan(y[i])) continue;
        auto c = static_cast<long>(std::floor((x[i] - x_from) / width));
        // x_to itself belongs to the last column; neighbours outside the range keep their own.
        if (x[i] >= x_from && x[i] <= x_to) c = std::clamp(c, 0L, static_cast<long>(columns) - 1);
        if (!open || c != current) {
            flush();
            open = true;
            current = c;
            i_min = i;
            i_max = i;
            continue;
        }
        if (y[i] < y[i_min]) i_min = i;
        if (y[i] > y[i_max]) i_max = i;
    }
    flush();
}

struct NiceRange {
    double min;
    double max;
    int ticks;
};

// 1, 2, 5 x 10^n at or above x (ceiling) or nearest to it, as QValueAxis::applyNiceNumbers does.
double niceNumber(double x, bool ceiling) {
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    const double q = x / z;
    if (ceiling) return (q <= 1.0 ? 1.0 : q <= 2.0 ? 2.0 : q <= 5.0 ? 5.0 : 10.0) * z;
    return (q < 1.5 ? 1.0 : q < 3.0 ? 2.0 : q < 7.0 ? 5.0 : 10.0) * z;
}

// The loose nice range of Qt's applyNiceNumbers for the default 5 ticks, computed here so the axis
// is only touched when the result changes (applyNiceNumbers always sets the range, twice).
NiceRange niceRange(double lo, double hi) {
    constexpr int kTicks = 5;
    if (!(hi > lo)) hi = lo + 1;
    const double step = niceNumber(niceNumber(hi - lo, true) / (kTicks - 1), false);
    const double a = std::floor(lo / step);
    const double b = std::ceil(hi / step);
    return {a * step, b * step, static_cast<int>(b - a) + 1};
}

bool differs(const QValueAxis* axis, const NiceRange& r) {
    return axis->min() != r.min || axis->max() != r.max || axis->tickCount() != r.ticks;
}

void applyRange(QValueAxis* axis, const NiceRange& r) {
    if (axis->min() != r.min || axis->max() != r.max) axis->setRange(r.min, r.max);
    if (axis->tickCount() != r.ticks) axis->setTickCount(r.ticks);
}


} // namespace

std::int64_t trendWindowMs(TrendWindow w) {
    switch (w) {
    case TrendWindow::Min15: return 15 * 60 * 1000LL;
    case TrendWindow::Hour1: return 3600 * 1000LL;
    case TrendWindow::Hour24: return 24 * 3600 * 1000LL;
    }
    return 3600 * 1000LL;
}

TrendPanel::TrendPanel(LiveSourceAdapter& adapter, QWidget* parent)
    : QWidget(parent), adapter_(adapter), window_box_(new QComboBox(this)),
      pause_button_(new QToolButton(this)), readout_(new QLabel(this)),
      power_chart_(makeChart()), power_view_(new QChartView(power_chart_, this)),
      market_chart_(makeChart()), market_view_(new QChartView(market_chart_, this)),
      power_x_(new QDateTimeAxis(this)), power_y_(new QValueAxis(this)),
      soc_y_(new QValueAxis(this)), market_x_(new QDateTimeAxis(this)),
      price_y_(new QValueAxis(this)), carbon_y_(new QValueAxis(this)) {
    setObjectName(QStringLiteral("trendPanel"));
    window_box_->addItem(tr("15 min"), static_cast<int>(TrendWindow::Min15));
    window_box_->addItem(tr("1 h"), static_cast<int>(TrendWindow::Hour1));
    window_box_->addItem(tr("24 h"), static_cast<int>(TrendWindow::Hour24));
    window_box_->setCurrentIndex(1);
    window_box_->setToolTip(tr("Time window of the trends"));
    connect(window_box_, &QComboBox::currentIndexChanged, this, [this](int i) {
        setWindow(static_cast<TrendWindow>(window_box_->itemData(i).toInt()));
    });
    pause_button_->setCheckable(true);
    pause_button_->setText(tr("Freeze"));
    pause_button_->setToolTip(tr("Freeze the trends to inspect them with the mouse cursor"));
    connect(pause_button_, &QToolButton::toggled, this, &TrendPanel::setPaused);
    readout_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    using C = Channel;
    series_[static_cast<std::size_t>(C::Pv)] = addSeries(power_chart_, tr("PV"));
    series_[static_cast<std::size_t>(C::Load)] = addSeries(power_chart_, tr("Load"));
    series_[static_cast<std::size_t>(C::Grid)] = addSeries(power_chart_, tr("Grid"));
    series_[static_cast<std::size_t>(C::Bess)] = addSeries(power_chart_, tr("BESS"));
    threshold_ = addSeries(power_chart_, tr("Threshold"));
    month_peak_ = addSeries(power_chart_, tr("Month peak"));
    series_[static_cast<std::size_t>(C::Soc)] = addSeries(power_chart_, tr("SoC"));
    power_cursor_ = addSeries(power_chart_, QString());
    series_[static_cast<std::size_t>(C::Price)] = addSeries(market_chart_, tr("Price"));
    series_[static_cast<std::size_t>(C::Carbon)] = addSeries(market_chart_, tr("Carbon"));
    market_cursor_ = addSeries(market_chart_, QString());

    power_y_->setTitleText(tr("Power (MW)"));
    soc_y_->setTitleText(tr("SoC (%)"));
    soc_y_->setRange(0, 100);
    price_y_->setTitleText(tr("€/MWh"));
    carbon_y_->setTitleText(tr("g/kWh"));
    for (QDateTimeAxis* x : {power_x_, market_x_}) {
        x->setFormat(QStringLiteral("HH:mm"));
        x->setTickCount(7);
    }
    power_chart_->addAxis(power_x_, Qt::AlignBottom);
    power_chart_->addAxis(power_y_, Qt::AlignLeft);
    power_chart_->addAxis(soc_y_, Qt::AlignRight);
    market_chart_->addAxis(market_x_, Qt::AlignBottom);
    market_chart_->addAxis(price_y_, Qt::AlignLeft);
    market_chart_->addAxis(carbon_y_, Qt::AlignRight);
    for (QLineSeries* s : {series_[0], series_[1], series_[2], series_[3], threshold_, month_peak_,
                           power_cursor_}) {
        s->attachAxis(power_x_);
        s->attachAxis(power_y_);
    }
    series_[static_cast<std::size_t>(C::Soc)]->attachAxis(power_x_);
    series_[static_cast<std::size_t>(C::Soc)]->attachAxis(soc_y_);
    for (QLineSeries* s : {series_[static_cast<std::size_t>(C::Price)], market_cursor_}) {
        s->attachAxis(market_x_);
        s->attachAxis(price_y_);
    }
    series_[static_cast<std::size_t>(C::Carbon)]->attachAxis(market_x_);
    series_[static_cast<std::size_t>(C::Carbon)]->attachAxis(carbon_y_);
    hideFromLegend(power_chart_, power_cursor_);
    hideFromLegend(market_chart_, market_cursor_);

    for (QChartView* v : {power_view_, market_view_}) {
        // No antialiasing: thousands of decimated points per frame cost too much to smooth.
        v->setRenderHint(QPainter::Antialiasing, false);
        v->setMouseTracking(true);
        v->viewport()->setMouseTracking(true);
        v->viewport()->installEventFilter(this);
    }
    power_view_->setMinimumHeight(220);
    market_view_->setMinimumHeight(140);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Window:"), this));
    bar->addWidget(window_box_);
    bar->addWidget(pause_button_);
    bar->addWidget(readout_, 1);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    v->setSpacing(2);
    v->addLayout(bar);
    v->addWidget(power_view_, 3);
    v->addWidget(market_view_, 2);

    setTheme(Theme::Dark);
    // New data only marks the charts dirty; the shared tick redraws when kMinRedrawMs has passed,
    // so the last samples are always drawn even when the data stops.
    connect(&adapter_, &LiveSourceAdapter::updated, this, [this] { dirty_ = true; });
    connect(&adapter_, &LiveSourceAdapter::frameTick, this, [this] {
        if (dirty_ && (!since_redraw_.isValid() || since_redraw_.elapsed() >= kMinRedrawMs)) {
            refresh();
        }
    });
}

void TrendPanel::setTheme(Theme theme) {
    theme_ = theme;
    const ThemeColors c = themeColors(theme);
    for (QChart* chart : {power_chart_, market_chart_}) {
        chart->setTheme(theme == Theme::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(c.panel);
        chart->setBackgroundRoundness(0);
        chart->legend()->setLabelColor(c.text);
    }
    for (QChartView* v : {power_view_, market_view_}) v->setBackgroundBrush(c.panel);
    // setTheme resets series pens: apply ours afterwards.
    auto pen = [](QLineSeries* s, const QColor& col, double w, Qt::PenStyle style) {
        QPen p(col, w, style);
        s->setPen(p);
    };
    using C = Channel;
    pen(series_[static_cast<std::size_t>(C::Pv)], c.pv, 2, Qt::SolidLine);
    pen(series_[static_cast<std::size_t>(C::Load)], c.it_load, 2, Qt::SolidLine);
    pen(series_[static_cast<std::size_t>(C::Grid)], c.grid, 2, Qt::SolidLine);
    pen(series_[static_cast<std::size_t>(C::Bess)], c.bess, 2, Qt::SolidLine);
    pen(series_[static_cast<std::size_t>(C::Soc)], c.bess, 1.2, Qt::DotLine);
    pen(threshold_, c.threshold, 1.5, Qt::DashLine);
    pen(month_peak_, c.warning, 1.5, Qt::DashDotLine);
    pen(series_[static_cast<std::size_t>(C::Price)], c.price, 1.5, Qt::SolidLine);
    pen(series_[static_cast<std::size_t>(C::Carbon)], c.carbon, 1.5, Qt::SolidLine);
    pen(power_cursor_, c.dim_text, 1, Qt::SolidLine);
    pen(market_cursor_, c.dim_text, 1, Qt::SolidLine);
    hideFromLegend(power_chart_, power_cursor_);
    hideFromLegend(market_chart_, market_cursor_);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(power_x_),
                             static_cast<QAbstractAxis*>(power_y_),
                             static_cast<QAbstractAxis*>(soc_y_),
                             static_cast<QAbstractAxis*>(market_x_),
                             static_cast<QAbstractAxis*>(price_y_),
                             static_cast<QAbstractAxis*>(carbon_y_)}) {
        a->setLabelsColor(c.dim_text);
        a->setTitleBrush(c.dim_text);
        a->setGridLineColor(c.track);
        a->setLinePenColor(c.track);
    }
    readout_->setStyleSheet(QStringLiteral("color: %1;").arg(c.dim_text.name()));
}

void TrendPanel::setWindow(TrendWindow w) {
    if (w == window_) return;
    window_ = w;
    const int idx = window_box_->findData(static_cast<int>(w));
    if (idx >= 0 && idx != window_box_->currentIndex()) window_box_->setCurrentIndex(idx);
    power_x_->setFormat(w == TrendWindow::Min15 ? QStringLiteral("HH:mm:ss")
                                                : QStringLiteral("HH:mm"));
    market_x_->setFormat(power_x_->format());
    emit windowChanged(w);
    const bool was_paused = paused_;
    paused_ = false;   // a new window must be drawn even while frozen
    refresh();
    paused_ = was_paused;
}

void TrendPanel::setPaused(bool paused) {
    paused_ = paused;
    if (pause_button_->isChecked() != paused) pause_button_->setChecked(paused);
    pause_button_->setText(paused ? tr("Resume") : tr("Freeze"));
    if (!paused) {
        power_cursor_->clear();
        market_cursor_->clear();
        refresh();
    }
}

qsizetype TrendPanel::pointCount(Channel c) const {
    return series_[static_cast<std::size_t>(c)]->count();
}

QList<QPointF> TrendPanel::points(Channel c) const {
    return series_[static_cast<std::size_t>(c)]->points();
}

void TrendPanel::decimate(Channel c, double scale, double x_from, double x_to, int columns,
                          double& lo, double& hi) {
    QList<QPointF>& out = lists_[static_cast<std::size_t>(c)];
    decimateColumnsMinMax(adapter_.series(c), x_from, x_to, columns, scale, out);
    for (const QPointF& p : out) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
}

void TrendPanel::refresh() {
    if (paused_ || !adapter_.hasSample()) return;
    dirty_ = false;
    since_redraw_.start();
    const std::int64_t end = adapter_.latest().time_ms;
    const std::int64_t span = trendWindowMs(window_);
    view_end_ms_ = end;
    // Device pixels: one min/max pair per physical column keeps every spike and nothing more.
    const int columns = std::max(
        50, static_cast<int>(power_chart_->plotArea().width() * power_view_->devicePixelRatioF()));
    // Scrolling by less than one column does not show; keeping the x axes then saves the domain
    // update of every series and the label relayout (the newest < 1 column waits a frame or so).
    const auto span_ms = static_cast<double>(span);
    const auto end_ms = static_cast<double>(end);
    const bool x_changed = shown_x_to_ - shown_x_from_ != span_ms ||
                           std::fabs(end_ms - shown_x_to_) >= span_ms / columns;
    const double x_from = x_changed ? end_ms - span_ms : shown_x_from_;
    const double x_to = x_changed ? end_ms : shown_x_to_;

    const LiveKpiSnapshot k = adapter_.kpis();
    const double thr = k.peak_threshold_kw / kKwPerMw;
    const double mp = k.month_peak_kw / kKwPerMw;

    using C = Channel;
    // Y ranges from what is drawn, so spikes and the limit lines always fit.
    double power_lo = 0;
    double power_hi = std::max(thr, mp);
    for (C c : {C::Pv, C::Load, C::Grid, C::Bess}) {
        decimate(c, kKwPerMw, x_from, x_to, columns, power_lo, power_hi);
    }
    double soc_lo = 0;
    double soc_hi = 100;
    decimate(C::Soc, 1.0, x_from, x_to, columns, soc_lo, soc_hi);
    double price_lo = 0;
    double price_hi = 1;
    decimate(C::Price, 1.0, x_from, x_to, columns, price_lo, price_hi);
    double carbon_lo = 0;
    double carbon_hi = 1;
    decimate(C::Carbon, 1.0, x_from, x_to, columns, carbon_lo, carbon_hi);

    const NiceRange power_nice = niceRange(power_lo, power_hi * 1.08 + 0.1);
    const NiceRange price_nice = niceRange(price_lo, price_hi * 1.1);
    const NiceRange carbon_nice = niceRange(0, carbon_hi * 1.1);
    const bool limits_changed = x_changed || thr != shown_threshold_ || mp != shown_month_peak_;

    auto changed = [this](C c) {
        return lists_[static_cast<std::size_t>(c)] != shown_[static_cast<std::size_t>(c)];
    };
    // An axis change recomputes every series on it: empty the ones about to be replaced first so
    // that recomputation is trivial and each series is laid out once, by its replace.
    auto clear_changed = [&](std::initializer_list<C> chans) {
        for (C c : chans) {
            if (changed(c)) series_[static_cast<std::size_t>(c)]->clear();
        }
    };
    auto replace_changed = [&](std::initializer_list<C> chans) {
        for (C c : chans) {
            const auto i = static_cast<std::size_t>(c);
            if (!changed(c)) continue;
            series_[i]->replace(lists_[i]);
            // The old list is no longer shared with the series: reuse its buffer next time.
            shown_[i].swap(lists_[i]);
        }
    };

    const std::initializer_list<C> power_chans = {C::Pv, C::Load, C::Grid, C::Bess, C::Soc};
    if (x_changed || differs(power_y_, power_nice)) {
        clear_changed(power_chans);
        if (limits_changed) {
            threshold_->clear();
            month_peak_->clear();
        }
        applyRange(power_y_, power_nice);
    }
    const std::initializer_list<C> market_chans = {C::Price, C::Carbon};
    if (x_changed || differs(price_y_, price_nice) || differs(carbon_y_, carbon_nice)) {
        clear_changed(market_chans);
        applyRange(price_y_, price_nice);
        applyRange(carbon_y_, carbon_nice);
    }
    if (x_changed) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x_from));
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x_to));
        power_x_->setRange(from, to);
        market_x_->setRange(from, to);
        shown_x_from_ = x_from;
        shown_x_to_ = x_to;
    }
    replace_changed(power_chans);
    replace_changed(market_chans);
    if (limits_changed) {
        threshold_->replace({QPointF(x_from, thr), QPointF(x_to, thr)});
        month_peak_->replace({QPointF(x_from, mp), QPointF(x_to, mp)});
        shown_threshold_ = thr;
        shown_month_peak_ = mp;
    }
}

QString TrendPanel::cursorText(std::int64_t t_ms) const {
    const TimeSeriesBuffer& first = adapter_.series(Channel::Pv);
    if (first.empty()) return {};
    auto at = [&](Channel c) {
        const TimeSeriesBuffer& b = adapter_.series(c);
        const std::size_t i = b.indexAt(t_ms);
        return i == TimeSeriesBuffer::npos ? std::nan("") : b.valueAt(i);
    };
    const std::size_t i = first.indexAt(t_ms);
    const std::int64_t t = first.timeAt(i);
    const double grid = at(Channel::Grid);
    const double bess = at(Channel::Bess);
    return tr("%1 · PV %2 · load %3 · grid %4 %5 · BESS %6 %7 · SoC %8 · %9 €/MWh · %10")
        .arg(formatTime(t, QString::fromStdString(adapter_.site().location.time_zone)),
             formatPower(at(Channel::Pv)), formatPower(at(Channel::Load)),
             grid >= 0 ? tr("import") : tr("export"), formatPower(grid),
             bess >= 0 ? tr("discharge") : tr("charge"), formatPower(bess),
             formatPercent(at(Channel::Soc)), QString::number(at(Channel::Price), 'f', 1))
        .arg(formatCarbonIntensity(at(Channel::Carbon)));
}

void TrendPanel::showCursor(std::int64_t t_ms) {
    readout_->setText(cursorText(t_ms));
    const auto x = static_cast<double>(t_ms);
    power_cursor_->replace({QPointF(x, power_y_->min()), QPointF(x, power_y_->max())});
    market_cursor_->replace({QPointF(x, price_y_->min()), QPointF(x, price_y_->max())});
}

bool TrendPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseMove) {
        const bool on_power = watched == power_view_->viewport();
        const bool on_market = watched == market_view_->viewport();
        if (on_power || on_market) {
            QChart* chart = on_power ? power_chart_ : market_chart_;
            auto* me = static_cast<QMouseEvent*>(event);
            const QPointF scene = (on_power ? power_view_ : market_view_)->mapToScene(me->pos());
            const QPointF chart_pos = chart->mapFromScene(scene);
            if (chart->plotArea().contains(chart_pos)) {
                const QPointF v = chart->mapToValue(chart_pos, chart->series().first());
                showCursor(static_cast<std::int64_t>(std::llround(v.x())));
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gridtwin::ui
