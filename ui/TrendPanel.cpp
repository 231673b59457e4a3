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

void TrendPanel::fill(QLineSeries* series, Channel c, double scale, double x_from, double x_to,
                      int columns) {
    const TimeSeriesBuffer& b = adapter_.series(c);
    decimateMinMax(b.times(), b.values(), x_from, x_to, columns, scratch_);
    QList<QPointF> pts;
    pts.reserve(static_cast<qsizetype>(scratch_.size()));
    for (const XYPoint& p : scratch_) {
        if (std::isfinite(p.y)) pts.append(QPointF(p.x, p.y / scale));
    }
    series->replace(pts);
}

void TrendPanel::refresh() {
    if (paused_ || !adapter_.hasSample()) return;
    dirty_ = false;
    since_redraw_.start();
    const std::int64_t end = adapter_.latest().time_ms;
    const std::int64_t span = trendWindowMs(window_);
    view_end_ms_ = end;
    const auto x_from = static_cast<double>(end - span);
    const auto x_to = static_cast<double>(end);
    const int columns = std::max(50, static_cast<int>(power_chart_->plotArea().width()));

    using C = Channel;
    for (C c : {C::Pv, C::Load, C::Grid, C::Bess}) {
        fill(series_[static_cast<std::size_t>(c)], c, kKwPerMw, x_from, x_to, columns);
    }
    fill(series_[static_cast<std::size_t>(C::Soc)], C::Soc, 1.0, x_from, x_to, columns);
    fill(series_[static_cast<std::size_t>(C::Price)], C::Price, 1.0, x_from, x_to, columns);
    fill(series_[static_cast<std::size_t>(C::Carbon)], C::Carbon, 1.0, x_from, x_to, columns);

    const LiveKpiSnapshot k = adapter_.kpis();
    const double thr = k.peak_threshold_kw / kKwPerMw;
    const double mp = k.month_peak_kw / kKwPerMw;
    threshold_->replace({QPointF(x_from, thr), QPointF(x_to, thr)});
    month_peak_->replace({QPointF(x_from, mp), QPointF(x_to, mp)});

    // Y ranges from what is drawn, so spikes and the limit lines always fit.
    double lo = 0;
    double hi = std::max(thr, mp);
    for (C c : {C::Pv, C::Load, C::Grid, C::Bess}) {
        for (const QPointF& p : series_[static_cast<std::size_t>(c)]->points()) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    power_y_->setRange(lo, hi * 1.08 + 0.1);
    power_y_->applyNiceNumbers();
    auto range_of = [](const QLineSeries* s, double& a, double& b) {
        a = 0;
        b = 1;
        for (const QPointF& p : s->points()) b = std::max(b, p.y());
    };
    double a = 0;
    double b = 0;
    range_of(series_[static_cast<std::size_t>(C::Price)], a, b);
    price_y_->setRange(std::min(a, 0.0), b * 1.1);
    price_y_->applyNiceNumbers();
    range_of(series_[static_cast<std::size_t>(C::Carbon)], a, b);
    carbon_y_->setRange(0, b * 1.1);
    carbon_y_->applyNiceNumbers();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(end - span);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(end);
    power_x_->setRange(from, to);
    market_x_->setRange(from, to);
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
