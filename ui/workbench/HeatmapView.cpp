#include "HeatmapView.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridtwin::ui {

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent) { setMinimumSize(300, 220); }

void HeatmapView::setData(std::vector<double> x_values, std::vector<double> y_values,
                          std::vector<double> values, QString x_title, QString y_title,
                          QString value_title) {
    x_ = std::move(x_values);
    y_ = std::move(y_values);
    v_ = std::move(values);
    x_title_ = std::move(x_title);
    y_title_ = std::move(y_title);
    v_title_ = std::move(value_title);
    update();
}

QColor HeatmapView::scaleColor(double f) {
    // Blue (best = lowest, all KPIs here are minimised) through yellow to red.
    f = std::clamp(f, 0.0, 1.0);
    const QColor a(0x2c, 0x7b, 0xb6), m(0xff, 0xe0, 0x8a), b(0xd7, 0x30, 0x27);
    const QColor& lo = f < 0.5 ? a : m;
    const QColor& hi = f < 0.5 ? m : b;
    const double t = f < 0.5 ? f * 2 : (f - 0.5) * 2;
    auto mix = [t](float l, float h) {
        return static_cast<float>(static_cast<double>(l) + (static_cast<double>(h) - static_cast<double>(l)) * t);
    };
    return QColor::fromRgbF(mix(lo.redF(), hi.redF()), mix(lo.greenF(), hi.greenF()), mix(lo.blueF(), hi.blueF()));
}

QRectF HeatmapView::plotRect() const {
    const int fh = fontMetrics().height();
    return QRectF(fh * 5.0, fh * 1.5, width() - fh * 5.0 - fh * 6.0, height() - fh * 4.5);
}

void HeatmapView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setPen(palette().color(QPalette::WindowText));
    if (x_.empty() || y_.empty() || v_.size() != x_.size() * y_.size()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Choose two parameters and run a sweep for a heatmap."));
        return;
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (double v : v_) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    const QRectF pr = plotRect();
    const double cw = pr.width() / static_cast<double>(x_.size());
    const double ch = pr.height() / static_cast<double>(y_.size());
    for (std::size_t r = 0; r < y_.size(); ++r) {
        for (std::size_t c = 0; c < x_.size(); ++c) {
            const double v = v_[r * x_.size() + c];
            // Row 0 at the bottom, like a y axis.
            const QRectF cell(pr.left() + cw * static_cast<double>(c),
                              pr.bottom() - ch * static_cast<double>(r + 1), cw, ch);
            if (std::isfinite(v)) {
                p.fillRect(cell, scaleColor(hi > lo ? (v - lo) / (hi - lo) : 0.5));
            } else {
                p.fillRect(cell, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
            }
        }
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawRect(pr);
    const QLocale loc;
    const auto label_step = [](std::size_t n) { return std::max<std::size_t>(1, n / 8); };
    for (std::size_t c = 0; c < x_.size(); c += label_step(x_.size())) {
        const double x = pr.left() + cw * (static_cast<double>(c) + 0.5);
        p.drawText(QRectF(x - 40, pr.bottom() + 2, 80, fontMetrics().height()), Qt::AlignCenter,
                   loc.toString(x_[c], 'g', 6));
    }
    for (std::size_t r = 0; r < y_.size(); r += label_step(y_.size())) {
        const double y = pr.bottom() - ch * (static_cast<double>(r) + 0.5);
        p.drawText(QRectF(0, y - 10, pr.left() - 4, 20), Qt::AlignRight | Qt::AlignVCenter,
                   loc.toString(y_[r], 'g', 6));
    }
    p.drawText(QRectF(pr.left(), pr.bottom() + fontMetrics().height() + 4, pr.width(),
                      fontMetrics().height()), Qt::AlignCenter, x_title_);
    p.save();
    p.translate(fontMetrics().height() * 0.8, pr.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-pr.height() / 2, -fontMetrics().height(), pr.height(), fontMetrics().height() * 1.2),
               Qt::AlignCenter, y_title_);
    p.restore();
    // Colour scale on the right.
    const QRectF scale(pr.right() + fontMetrics().height(), pr.top(), fontMetrics().height(), pr.height());
    for (int i = 0; i < static_cast<int>(scale.height()); ++i) {
        p.setPen(scaleColor(1.0 - i / scale.height()));
        p.drawLine(QPointF(scale.left(), scale.top() + i), QPointF(scale.right(), scale.top() + i));
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPointF(scale.right() + 3, scale.top() + fontMetrics().ascent()), loc.toString(hi, 'g', 5));
    p.drawText(QPointF(scale.right() + 3, scale.bottom()), loc.toString(lo, 'g', 5));
    p.drawText(QRectF(pr.left(), 0, pr.width(), pr.top()), Qt::AlignCenter, v_title_);
}

bool HeatmapView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip && !x_.empty() && v_.size() == x_.size() * y_.size()) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QRectF pr = plotRect();
        if (pr.contains(help->pos())) {
            const auto c = static_cast<std::size_t>((help->pos().x() - pr.left()) / pr.width() * static_cast<double>(x_.size()));
            const auto r = static_cast<std::size_t>((pr.bottom() - help->pos().y()) / pr.height() * static_cast<double>(y_.size()));
            if (c < x_.size() && r < y_.size()) {
                const QLocale loc;
                QToolTip::showText(help->globalPos(),
                                   QStringLiteral("%1 = %2\n%3 = %4\n%5 = %6")
                                       .arg(x_title_, loc.toString(x_[c], 'g', 6), y_title_,
                                            loc.toString(y_[r], 'g', 6), v_title_,
                                            loc.toString(v_[r * x_.size() + c], 'g', 6)));
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace gridtwin::ui
