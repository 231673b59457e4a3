#include "ReportChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridtwin::report {

namespace {
constexpr double kSwatchPt = 9.0;

bool isStacked(ChartKind kind) { return kind == ChartKind::StackedArea || kind == ChartKind::StackedBars; }

std::size_t pointCount(const ReportChart& chart) {
    std::size_t n = 0;
    for (const ChartSeries& s : chart.series) n = std::max(n, s.values.size());
    return n;
}

double valueAt(const ChartSeries& s, std::size_t i) {
    return i < s.values.size() && std::isfinite(s.values[i]) ? s.values[i] : 0.0;
}

// The fewest decimals that print every multiple of the tick step exactly (2.5 -> 1, 0.25 -> 2).
int decimalsFor(double step) {
    if (step <= 0 || !std::isfinite(step)) return 0;
    for (int d = 0; d < 6; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
    }
    return 6;
}
} // namespace

std::vector<double> ReportChartPainter::niceTicks(double lo, double hi, int target_count) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return {0.0, 1.0};
    if (hi <= lo) hi = lo + (lo == 0.0 ? 1.0 : std::abs(lo) * 0.1);
    const double raw = (hi - lo) / std::max(1, target_count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10.0;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    std::vector<double> ticks;
    const double start = std::floor(lo / step + 1e-9) * step;
    for (int k = 0; k < 1000; ++k) {
        const double v = start + k * step; // by index: no accumulated rounding
        if (v > hi + step * 0.999) break;
        ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    if (ticks.size() < 2) ticks.push_back(ticks.back() + step);
    return ticks;
}

double ReportChartPainter::legendHeight(const ReportChart& chart, double width) const {
    const QFontMetricsF fm(style_.font(FontRole::ChartText));
    double x = 0;
    int rows = chart.series.empty() ? 0 : 1;
    for (const ChartSeries& s : chart.series) {
        const double w = ReportStyle::pt(kSwatchPt + 4 + 12) + fm.horizontalAdvance(s.name);
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * fm.height() * 1.3;
}

void ReportChartPainter::paintLegend(QPainter& painter, const ReportChart& chart, const QRectF& rect) const {
    const QFont font = style_.font(FontRole::ChartText);
    const QFontMetricsF fm(font);
    painter.setFont(font);
    double x = rect.left();
    double y = rect.top();
    for (const ChartSeries& s : chart.series) {
        const double w = ReportStyle::pt(kSwatchPt + 4 + 12) + fm.horizontalAdvance(s.name);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += fm.height() * 1.3;
        }
        const double mid = y + fm.height() * 0.5;
        if (chart.kind == ChartKind::Lines) {
            QPen pen(s.color, ReportStyle::pt(1.6));
            if (s.dashed) pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(x, mid), QPointF(x + ReportStyle::pt(kSwatchPt), mid));
        } else {
            painter.fillRect(QRectF(x, mid - ReportStyle::pt(3.5), ReportStyle::pt(kSwatchPt), ReportStyle::pt(7)), s.color);
        }
        painter.setPen(ReportStyle::textColour());
        painter.drawText(QPointF(x + ReportStyle::pt(kSwatchPt + 4), y + fm.ascent()), s.name);
        x += w;
    }
}

void ReportChartPainter::paint(QPainter& painter, const ReportChart& chart, const QRectF& rect) const {
    painter.save();
    const QFont text_font = style_.font(FontRole::ChartText);
    const QFontMetricsF tfm(text_font);
    const QFontMetricsF title_fm(style_.font(FontRole::ChartTitle));
    const std::size_t n = pointCount(chart);

    // Value range (stacked charts: range of the running sums).
    double lo = chart.y_from_zero ? 0.0 : std::numeric_limits<double>::infinity();
    double hi = chart.y_from_zero ? 0.0 : -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        double pos = 0, neg = 0;
        for (const ChartSeries& s : chart.series) {
            const double v = valueAt(s, i);
            if (isStacked(chart.kind)) {
                (v >= 0 ? pos : neg) += v;
            } else {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        if (isStacked(chart.kind)) {
            lo = std::min(lo, neg);
            hi = std::max(hi, pos);
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
    const std::vector<double> ticks = niceTicks(lo, hi, 5);
    const double y_min = ticks.front();
    const double y_max = ticks.back();
    const int decimals = decimalsFor(ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0);

    // Frame: title, unit label, plot, x ticks, x label, legend.
    painter.setFont(style_.font(FontRole::ChartTitle));
    painter.setPen(ReportStyle::textColour());
    painter.drawText(QPointF(rect.left(), rect.top() + title_fm.ascent()), chart.title);
    double top = rect.top() + title_fm.height() + ReportStyle::pt(3);
    painter.setFont(text_font);
    painter.setPen(ReportStyle::noteColour());
    painter.drawText(QPointF(rect.left(), top + tfm.ascent()), chart.y_label);
    top += tfm.height() + ReportStyle::pt(4);
    double label_w = 0;
    for (double t : ticks) label_w = std::max(label_w, tfm.horizontalAdvance(locale_.toString(t, 'f', decimals)));
    const double legend_h = legendHeight(chart, rect.width());
    const double bottom_space = tfm.height() * (chart.x_label.isEmpty() ? 1.3 : 2.5) + legend_h + ReportStyle::pt(4);
    const QRectF plot(rect.left() + label_w + ReportStyle::pt(6), top,
                      rect.width() - label_w - ReportStyle::pt(10), rect.bottom() - bottom_space - top);
    if (plot.height() <= 0 || plot.width() <= 0) {
        painter.restore();
        return;
    }
    auto yOf = [&](double v) { return plot.bottom() - (v - y_min) / (y_max - y_min) * plot.height(); };
    const bool bars = chart.kind == ChartKind::Bars || chart.kind == ChartKind::StackedBars;
    const double slot = n > 0 ? plot.width() / static_cast<double>(bars ? n : std::max<std::size_t>(1, n - 1)) : plot.width();
    auto xOf = [&](double index) { return plot.left() + (bars ? (index + 0.5) * slot : index * slot); };

    // Grid and value axis.
    painter.setPen(QPen(ReportStyle::gridColour(), ReportStyle::pt(0.4)));
    for (double t : ticks) painter.drawLine(QPointF(plot.left(), yOf(t)), QPointF(plot.right(), yOf(t)));
    painter.setPen(ReportStyle::noteColour());
    for (double t : ticks) {
        const QString s = locale_.toString(t, 'f', decimals);
        painter.drawText(QPointF(plot.left() - ReportStyle::pt(4) - tfm.horizontalAdvance(s),
                                 yOf(t) + tfm.ascent() * 0.35), s);
    }
    // Category / time axis.
    double last_label_right = -std::numeric_limits<double>::infinity();
    for (const auto& [pos, label] : chart.x_ticks) {
        const double x = xOf(pos);
        const double w = tfm.horizontalAdvance(label);
        painter.setPen(QPen(ReportStyle::gridColour(), ReportStyle::pt(0.4)));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + ReportStyle::pt(3)));
        const double left = std::clamp(x - w / 2, rect.left(), rect.right() - w);
        if (left < last_label_right + ReportStyle::pt(3)) continue; // skip labels that would overlap
        painter.setPen(ReportStyle::noteColour());
        painter.drawText(QPointF(left, plot.bottom() + ReportStyle::pt(4) + tfm.ascent()), label);
        last_label_right = left + w;
    }
    if (!chart.x_label.isEmpty()) {
        painter.drawText(QPointF(plot.center().x() - tfm.horizontalAdvance(chart.x_label) / 2,
                                 plot.bottom() + ReportStyle::pt(4) + tfm.height() * 1.2 + tfm.ascent()),
                         chart.x_label);
    }

    // Series.
    painter.setClipRect(plot.adjusted(-ReportStyle::pt(1), -ReportStyle::pt(1), ReportStyle::pt(1), ReportStyle::pt(1)));
    std::vector<double> base_pos(n, 0.0), base_neg(n, 0.0);
    const double group_w = slot * 0.72;
    const double bar_w = chart.kind == ChartKind::Bars && !chart.series.empty()
                             ? group_w / static_cast<double>(chart.series.size())
                             : group_w;
    for (std::size_t si = 0; si < chart.series.size(); ++si) {
        const ChartSeries& s = chart.series[si];
        if (chart.kind == ChartKind::Lines) {
            QPainterPath path;
            for (std::size_t i = 0; i < s.values.size(); ++i) {
                const QPointF p(xOf(static_cast<double>(i)), yOf(valueAt(s, i)));
                if (i == 0) path.moveTo(p);
                else path.lineTo(p);
            }
            QPen pen(s.color, ReportStyle::pt(1.1));
            pen.setJoinStyle(Qt::RoundJoin);
            if (s.dashed) pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        } else if (chart.kind == ChartKind::StackedArea) {
            QPainterPath path;
            for (std::size_t i = 0; i < n; ++i) {
                const QPointF p(xOf(static_cast<double>(i)), yOf(base_pos[i] + std::max(0.0, valueAt(s, i))));
                if (i == 0) path.moveTo(p);
                else path.lineTo(p);
            }
            for (std::size_t i = n; i-- > 0;) path.lineTo(QPointF(xOf(static_cast<double>(i)), yOf(base_pos[i])));
            path.closeSubpath();
            QColor fill = s.color;
            fill.setAlpha(215);
            painter.setPen(QPen(s.color.darker(115), ReportStyle::pt(0.5)));
            painter.setBrush(fill);
            painter.drawPath(path);
            for (std::size_t i = 0; i < n; ++i) base_pos[i] += std::max(0.0, valueAt(s, i));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.color);
            for (std::size_t i = 0; i < n; ++i) {
                const double v = valueAt(s, i);
                double x = xOf(static_cast<double>(i)) - group_w / 2;
                double from = 0.0;
                if (chart.kind == ChartKind::Bars) {
                    x += bar_w * static_cast<double>(si);
                } else {
                    double& base = v >= 0 ? base_pos[i] : base_neg[i];
                    from = base;
                    base += v;
                }
                const double y0 = yOf(from);
                const double y1 = yOf(from + v);
                painter.drawRect(QRectF(QPointF(x, std::min(y0, y1)), QPointF(x + bar_w, std::max(y0, y1))));
            }
        }
    }
    painter.setClipping(false);
    // Zero line and axis frame.
    painter.setPen(QPen(ReportStyle::noteColour(), ReportStyle::pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    const double zero_y = yOf(std::clamp(0.0, y_min, y_max));
    painter.drawLine(QPointF(plot.left(), zero_y), QPointF(plot.right(), zero_y));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));

    paintLegend(painter, chart, QRectF(plot.left(), rect.bottom() - legend_h, plot.width(), legend_h));
    painter.restore();
}

} // namespace gridtwin::report
