#include "ParetoView.h"

#include "HeatmapView.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace gridtwin::ui {

ParetoView::ParetoView(QWidget* parent)
    : QChartView(new QChart, parent), all_(new QScatterSeries), front_(new QScatterSeries),
      front_line_(new QLineSeries) {
    QChart* c = chart();
    c->setTitle(tr("Pareto view: cost vs peak"));
    all_->setName(tr("variants"));
    all_->setMarkerSize(8);
    front_->setName(tr("Pareto front"));
    front_->setMarkerSize(14);
    front_->setColor(Qt::transparent);
    front_->setBorderColor(QColor(0xff, 0xff, 0xff));
    front_->setPen(QPen(QColor(0x2e, 0xa0, 0x43), 2.5));
    front_line_->setPen(QPen(QColor(0x2e, 0xa0, 0x43), 1.0, Qt::DashLine));
    c->addSeries(front_line_);
    c->addSeries(all_);
    c->addSeries(front_);
    auto* x = new QValueAxis;
    x->setTitleText(tr("total cost (EUR)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("peak billing-interval import (kW)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{front_line_, all_, front_}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->markers(front_line_).first()->setVisible(false);
}

void ParetoView::setResults(const SweepResults& results, ColourBy colour) {
    all_->clear();
    front_->clear();
    front_line_->clear();
    front_variants_.clear();
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    const auto metric = [colour](const SimulationKpis& k) {
        return colour == ColourBy::Emissions ? k.emissions_location_kg : k.equivalent_full_cycles;
    };
    for (const SweepVariantResult& v : results.variants) {
        if (!v.done) continue;
        lo = std::min(lo, metric(v.kpis));
        hi = std::max(hi, metric(v.kpis));
    }
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    std::vector<std::pair<double, std::size_t>> front_by_cost;
    for (std::size_t i = 0; i < results.variants.size(); ++i) {
        const SweepVariantResult& v = results.variants[i];
        if (!v.done) continue;
        const QPointF p(v.kpis.total_cost_eur, v.kpis.peak_billing_import_kw);
        all_->append(p);
        const double f = hi > lo ? (metric(v.kpis) - lo) / (hi - lo) : 0.5;
        all_->setPointConfiguration(all_->count() - 1,
                                    {{QXYSeries::PointConfiguration::Color, HeatmapView::scaleColor(f)}});
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
        if (v.pareto) front_by_cost.emplace_back(p.x(), i);
    }
    std::sort(front_by_cost.begin(), front_by_cost.end());
    for (const auto& [cost, i] : front_by_cost) {
        const SweepVariantResult& v = results.variants[i];
        front_->append(v.kpis.total_cost_eur, v.kpis.peak_billing_import_kw);
        front_line_->append(v.kpis.total_cost_eur, v.kpis.peak_billing_import_kw);
        front_variants_.push_back(i);
    }
    all_->setName(colour == ColourBy::Emissions
                      ? tr("variants (blue = low, red = high emissions)")
                      : tr("variants (blue = few, red = many equivalent full cycles)"));
    if (all_->count() > 0) {
        const double dx = std::max(1.0, (x1 - x0) * 0.05), dy = std::max(1.0, (y1 - y0) * 0.05);
        chart()->axes(Qt::Horizontal).first()->setRange(x0 - dx, x1 + dx);
        chart()->axes(Qt::Vertical).first()->setRange(y0 - dy, y1 + dy);
    }
}

} // namespace gridtwin::ui
