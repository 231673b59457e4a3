#include "TuningCharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace gridtwin::ui {

namespace {

QChartView* makeView(QWidget* parent, const QString& title, const QString& y_title,
                     std::initializer_list<QLineSeries*> series) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    for (QLineSeries* s : series) chart->addSeries(s);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd MMM"));
    x->setTitleText(QObject::tr("time (UTC)"));
    auto* y = new QValueAxis;
    y->setTitleText(y_title);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    auto* view = new QChartView(chart, parent);
    view->setMinimumHeight(180);
    return view;
}

QList<QPointF> points(const ChartSeries& c, double scale) {
    QList<QPointF> p;
    p.reserve(static_cast<qsizetype>(c.time_ms.size()));
    for (std::size_t i = 0; i < c.time_ms.size(); ++i) p.append({c.time_ms[i], c.value[i] * scale});
    return p;
}

} // namespace

TuningCharts::TuningCharts(QWidget* parent)
    : QWidget(parent), grid_base_(new QLineSeries), grid_cand_(new QLineSeries),
      threshold_(new QLineSeries), soc_base_(new QLineSeries), soc_cand_(new QLineSeries) {
    grid_base_->setName(tr("baseline grid import"));
    grid_cand_->setName(tr("candidate grid import"));
    threshold_->setName(tr("candidate peak threshold"));
    soc_base_->setName(tr("baseline SoC"));
    soc_cand_->setName(tr("candidate SoC"));
    grid_base_->setPen(QPen(QColor(0x8a, 0x8f, 0x98), 1.0));
    grid_cand_->setPen(QPen(QColor(0xd9, 0x6c, 0x1e), 1.0));
    threshold_->setPen(QPen(QColor(0xe0, 0x48, 0x3e), 1.5, Qt::DashLine));
    soc_base_->setPen(QPen(QColor(0x8a, 0x8f, 0x98), 1.0));
    soc_cand_->setPen(QPen(QColor(0x2e, 0x9d, 0xd6), 1.0));
    grid_view_ = makeView(this, tr("Grid import"), tr("MW"), {grid_base_, grid_cand_, threshold_});
    soc_view_ = makeView(this, tr("Battery state of charge"), tr("%"), {soc_base_, soc_cand_});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(grid_view_, 3);
    layout->addWidget(soc_view_, 2);
}

void TuningCharts::setResult(std::shared_ptr<const TuningResult> result) {
    result_ = std::move(result);
    drawn_columns_ = 0;
    redraw();
}

void TuningCharts::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    redraw();
}

void TuningCharts::redraw() {
    if (!result_ || result_->steps() == 0) return;
    const int columns = std::max(50, static_cast<int>(grid_view_->chart()->plotArea().width()));
    if (columns == drawn_columns_) return;
    drawn_columns_ = columns;
    const TuningResult& r = *result_;
    constexpr double kMw = 1e-3;
    grid_base_->replace(points(decimatedSeries(r, r.baseline_series.grid_kw, columns), kMw));
    grid_cand_->replace(points(decimatedSeries(r, r.candidate_series.grid_kw, columns), kMw));
    soc_base_->replace(points(decimatedSeries(r, r.baseline_series.soc_pct, columns), 1.0));
    soc_cand_->replace(points(decimatedSeries(r, r.candidate_series.soc_pct, columns), 1.0));
    const double t0 = static_cast<double>(r.period.start_ms);
    const double t1 = static_cast<double>(r.period.end_ms);
    const double thr_mw = r.candidate_site.controller.peak_threshold_kw * kMw;
    const bool shaving = r.candidate_site.controller.kind == ControllerKind::PeakShaving;
    threshold_->replace(shaving ? QList<QPointF>{{t0, thr_mw}, {t1, thr_mw}} : QList<QPointF>{});

    double y_max = thr_mw;
    for (const float v : r.baseline_series.grid_kw) y_max = std::max(y_max, static_cast<double>(v) * kMw);
    double y_min = 0;
    for (const float v : r.candidate_series.grid_kw) y_min = std::min(y_min, static_cast<double>(v) * kMw);
    for (QChartView* v : {grid_view_, soc_view_}) {
        const auto xs = v->chart()->axes(Qt::Horizontal);
        if (!xs.isEmpty()) {
            xs.first()->setRange(QDateTime::fromMSecsSinceEpoch(r.period.start_ms, Qt::UTC),
                                 QDateTime::fromMSecsSinceEpoch(r.period.end_ms, Qt::UTC));
        }
    }
    grid_view_->chart()->axes(Qt::Vertical).first()->setRange(y_min, y_max * 1.05);
    soc_view_->chart()->axes(Qt::Vertical).first()->setRange(0, 100);
}

} // namespace gridtwin::ui
