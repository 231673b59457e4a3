#include "PowerFlowView.h"

#include "UnitFormat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace gridtwin::ui {

namespace {

constexpr double kEpsKw = 1e-6;

// Positions as fractions of the widget: sources on the left half, loads on the right.
QPointF relativePos(FlowNode n) {
    switch (n) {
    case FlowNode::Pv: return {0.36, 0.17};
    case FlowNode::Grid: return {0.11, 0.50};
    case FlowNode::Bess: return {0.36, 0.80};
    case FlowNode::Bus: return {0.62, 0.50};
    case FlowNode::GpuIt: return {0.87, 0.24};
    case FlowNode::CoolingAux: return {0.87, 0.76};
    }
    return {};
}

struct EdgeGeometry {
    FlowNode a;
    FlowNode b;
    QPointF control;   // quadratic Bezier control point (relative); midpoint = straight
    double label_t;    // where along the edge the value label sits (clear of the crossing)
};

// The eight physical connections; a flow runs along one of them in either direction.
constexpr std::array<EdgeGeometry, 8> kEdges = {{
    {FlowNode::Pv, FlowNode::Bus, {0.62, 0.17}, 0.55},
    {FlowNode::Pv, FlowNode::Bess, {0.36, 0.485}, 0.27},
    {FlowNode::Pv, FlowNode::Grid, {0.11, 0.17}, 0.5},
    {FlowNode::Grid, FlowNode::Bus, {0.365, 0.50}, 0.72},
    {FlowNode::Grid, FlowNode::Bess, {0.11, 0.80}, 0.5},
    {FlowNode::Bess, FlowNode::Bus, {0.62, 0.80}, 0.45},
    {FlowNode::Bus, FlowNode::GpuIt, {0.74, 0.24}, 0.55},
    {FlowNode::Bus, FlowNode::CoolingAux, {0.74, 0.76}, 0.55},
}};

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

} // namespace

FlowRatings flowRatings(const SiteConfig& site) {
    FlowRatings r{};
    for (const auto& a : site.pv_arrays) r.pv_kw += a.dc_capacity_kwp;
    r.bess_kw = site.bess.power_kw;
    r.grid_kw = site.grid.import_limit_kw;
    const auto& c = site.cluster;
    // Every GPU at TDP plus full node overhead: the IT nameplate of the cluster.
    r.it_kw = c.node_count * (c.gpus_per_node * c.gpu_tdp_w + c.node_overhead_w) / 1000.0;
    // Cooling at PUE 1.4 (hot day) plus the fixed facility load: the documented aux maximum.
    r.aux_kw = 0.4 * r.it_kw + c.facility_fixed_kw;
    for (double* v : {&r.pv_kw, &r.bess_kw, &r.grid_kw, &r.it_kw, &r.aux_kw}) {
        *v = std::max(*v, 1.0);
    }
    return r;
}

PowerFlowView::PowerFlowView(const SiteConfig& site, QWidget* parent)
    : QWidget(parent), ratings_(flowRatings(site)) {
    setObjectName(QStringLiteral("powerFlowView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QString PowerFlowView::nodeName(FlowNode n) {
    switch (n) {
    case FlowNode::Pv: return tr("PV");
    case FlowNode::Grid: return tr("Grid");
    case FlowNode::Bess: return tr("BESS");
    case FlowNode::Bus: return tr("Site bus");
    case FlowNode::GpuIt: return tr("GPU cluster (IT)");
    case FlowNode::CoolingAux: return tr("Cooling / aux");
    }
    return {};
}

void PowerFlowView::setTheme(Theme theme) {
    theme_ = theme;
    update();
}

void PowerFlowView::setState(const StepRecord& r) {
    state_ = r;
    have_state_ = true;
    const PowerFlows f = allocateFlows(r);
    const double served = f.pv_to_load_kw + f.grid_to_load_kw + f.bess_to_load_kw;
    // The bus hands the served consumption to IT first; the rest is cooling/aux (incl. BESS aux).
    const double it = std::clamp(r.it_load_kw, 0.0, served);
    const double aux = served - it;
    struct Candidate {
        FlowNode from, to;
        double kw, rating;
    };
    const std::array<Candidate, 9> all = {{
        {FlowNode::Pv, FlowNode::Bus, f.pv_to_load_kw, ratings_.pv_kw},
        {FlowNode::Pv, FlowNode::Bess, f.pv_to_bess_kw, ratings_.pv_kw},
        {FlowNode::Pv, FlowNode::Grid, f.pv_to_grid_kw, ratings_.pv_kw},
        {FlowNode::Grid, FlowNode::Bus, f.grid_to_load_kw, ratings_.grid_kw},
        {FlowNode::Grid, FlowNode::Bess, f.grid_to_bess_kw, ratings_.grid_kw},
        {FlowNode::Bess, FlowNode::Bus, f.bess_to_load_kw, ratings_.bess_kw},
        {FlowNode::Bess, FlowNode::Grid, f.bess_to_grid_kw, ratings_.bess_kw},
        {FlowNode::Bus, FlowNode::GpuIt, it, ratings_.it_kw},
        {FlowNode::Bus, FlowNode::CoolingAux, aux, ratings_.aux_kw},
    }};
    flows_.clear();
    for (const Candidate& c : all) {
        if (c.kw > kEpsKw) {
            flows_.push_back({c.from, c.to, c.kw, c.rating, isAnimated(c.kw, c.rating)});
        }
    }
    update();
}

void PowerFlowView::setAnimationPhase(double phase_s) {
    phase_s_ = phase_s;
    if (std::any_of(flows_.begin(), flows_.end(), [](const DrawnFlow& f) { return f.animated; })) {
        update();
    }
}

QPointF PowerFlowView::nodeCentre(FlowNode n) const {
    const QPointF r = relativePos(n);
    return {r.x() * width(), r.y() * height()};
}

double PowerFlowView::nodeRadius() const {
    return std::clamp(std::min(width(), height()) * 0.085, 26.0, 70.0);
}

QColor PowerFlowView::nodeColor(FlowNode n) const {
    const ThemeColors c = themeColors(theme_);
    switch (n) {
    case FlowNode::Pv: return c.pv;
    case FlowNode::Grid: return c.grid;
    case FlowNode::Bess: return c.bess;
    case FlowNode::Bus: return c.text;
    case FlowNode::GpuIt: return c.it_load;
    case FlowNode::CoolingAux: return c.aux_load;
    }
    return c.text;
}

void PowerFlowView::paintFlowEdge(QPainter& p, FlowNode from, FlowNode to) const {
    const ThemeColors colors = themeColors(theme_);
    const EdgeGeometry* edge = nullptr;
    bool reversed = false;
    for (const EdgeGeometry& e : kEdges) {
        if (e.a == from && e.b == to) edge = &e;
        if (e.a == to && e.b == from) {
            edge = &e;
            reversed = true;
        }
    }
    if (edge == nullptr) return;
    const QPointF ctrl(edge->control.x() * width(), edge->control.y() * height());
    const QPointF start = nodeCentre(from);
    const QPointF end = nodeCentre(to);
    QPainterPath path(start);
    path.quadTo(ctrl, end);

    const DrawnFlow* flow = nullptr;
    for (const DrawnFlow& f : flows_) {
        if (f.from == from && f.to == to) flow = &f;
    }
    if (flow == nullptr) {
        p.setPen(QPen(colors.track, 1.5, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        return;
    }
    const double scale = nodeRadius() / 45.0;
    const double ratio = clamp01(flow->kw / flow->rating_kw);
    const double w = (2.0 + 16.0 * ratio) * scale;
    const QColor colour = nodeColor(from);
    QColor pipe = colour;
    pipe.setAlpha(flow->animated ? 95 : 150);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(pipe, w, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(path);

    if (flow->animated) {
        // Dots moving from -> to along the flattened curve (percentAtLength re-measures the
        // Bezier on every call, which dominated the frame time).
        const QList<QPolygonF> polys = path.toSubpathPolygons();
        const double gap_px = 24.0 * scale;
        const double speed_px_s = (35.0 + 110.0 * ratio) * scale;
        double next = std::fmod(phase_s_ * speed_px_s, gap_px);
        const double dot_r = std::max(1.5, 0.3 * w);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        double walked = 0;
        const QPolygonF poly = polys.isEmpty() ? QPolygonF() : polys.first();
        for (qsizetype i = 1; i < poly.size(); ++i) {
            const QPointF a = poly[i - 1];
            const QPointF b = poly[i];
            const double seg = QLineF(a, b).length();
            while (seg > 0 && next <= walked + seg) {
                p.drawEllipse(a + (b - a) * ((next - walked) / seg), dot_r, dot_r);
                next += gap_px;
            }
            walked += seg;
        }
    }

    // Arrow head at the middle of the edge, pointing from -> to.
    const double t_mid = 0.5;
    const QPointF mid = path.pointAtPercent(t_mid);
    const double ang = path.angleAtPercent(t_mid) * std::numbers::pi / 180.0;
    const QPointF dir(std::cos(ang), -std::sin(ang));
    const QPointF normal(-dir.y(), dir.x());
    const double ah = (7.0 + 0.5 * w);
    QPolygonF arrow;
    arrow << mid + dir * ah << mid - dir * ah * 0.6 + normal * ah * 0.8
          << mid - dir * ah * 0.6 - normal * ah * 0.8;
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(arrow);

    // Value label beside the edge, clear of the arrow and of crossings.
    const double t_label = reversed ? 1.0 - edge->label_t : edge->label_t;
    const QPointF at = path.pointAtPercent(std::clamp(t_label, 0.05, 0.95));
    const QString text = formatPower(flow->kw);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(std::max(8.0, font().pointSizeF() * 0.95 * std::min(scale, 1.3)));
    p.setFont(f);
    const QFontMetricsF fm(f);
    QRectF box(0, 0, fm.horizontalAdvance(text) + 10, fm.height() + 4);
    box.moveCenter(at);
    QColor bg = colors.window;
    bg.setAlpha(225);
    p.setPen(QPen(colour, 1));
    p.setBrush(bg);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(colors.text);
    p.drawText(box, Qt::AlignCenter, text);
}

void PowerFlowView::paintNode(QPainter& p, FlowNode n) const {
    const ThemeColors colors = themeColors(theme_);
    const QPointF c = nodeCentre(n);
    const double big_r = nodeRadius();
    const double r = n == FlowNode::Bus ? big_r * 0.42 : big_r;
    const QColor colour = nodeColor(n);
    const double scale = big_r / 45.0;

    // Gauge ring: SoC for the BESS, power over rating for the others (OpenEMS energy monitor).
    double value_kw = 0;
    double rating = 1;
    QString sub;
    const StepRecord& s = state_;
    double served = 0;
    for (const DrawnFlow& f : flows_) {
        if (f.to == FlowNode::Bus) served += f.kw;
    }
    switch (n) {
    case FlowNode::Pv:
        value_kw = s.pv_kw;
        rating = ratings_.pv_kw;
        if (s.pv_curtailed_kw > 0.01) sub = tr("curtailed %1").arg(formatPower(s.pv_curtailed_kw));
        break;
    case FlowNode::Grid:
        value_kw = s.grid_kw;
        rating = ratings_.grid_kw;
        sub = s.grid_kw > kEpsKw ? tr("import") : (s.grid_kw < -kEpsKw ? tr("export") : tr("idle"));
        break;
    case FlowNode::Bess:
        value_kw = s.bess_kw;
        rating = ratings_.bess_kw;
        sub = s.bess_kw > kEpsKw ? tr("discharging")
                                 : (s.bess_kw < -kEpsKw ? tr("charging") : tr("idle"));
        break;
    case FlowNode::Bus: value_kw = served; break;
    case FlowNode::GpuIt:
    case FlowNode::CoolingAux:
        for (const DrawnFlow& f : flows_) {
            if (f.to == n) value_kw = f.kw;
        }
        rating = n == FlowNode::GpuIt ? ratings_.it_kw : ratings_.aux_kw;
        break;
    }

    p.setPen(QPen(colour, 2.0 * scale));
    p.setBrush(colors.panel);
    p.drawEllipse(c, r, r);
    if (n != FlowNode::Bus) {
        const double fill = n == FlowNode::Bess ? clamp01(s.soc_pct / 100.0)
                                                : clamp01(std::fabs(value_kw) / rating);
        const double ring = r + 6.0 * scale;
        const QRectF rr(c.x() - ring, c.y() - ring, 2 * ring, 2 * ring);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(colors.track, 5.0 * scale, Qt::SolidLine, Qt::FlatCap));
        p.drawEllipse(rr);
        p.setPen(QPen(colour, 5.0 * scale, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(rr, 90 * 16, -static_cast<int>(std::lround(fill * 360.0 * 16.0)));
    }

    QFont value_font = font();
    value_font.setBold(true);
    value_font.setPointSizeF(std::max(8.0, font().pointSizeF() * 1.05 * std::min(scale, 1.4)));
    QFont small_font = font();
    small_font.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.85 * std::min(scale, 1.4)));

    if (n == FlowNode::Bess) {
        // SoC big in the middle, power under it.
        p.setPen(colors.text);
        p.setFont(value_font);
        QRectF top(c.x() - r, c.y() - r * 0.55, 2 * r, r * 0.6);
        p.drawText(top, Qt::AlignCenter, formatPercent(s.soc_pct));
        p.setFont(small_font);
        p.setPen(colors.dim_text);
        QRectF bottom(c.x() - r, c.y() + r * 0.05, 2 * r, r * 0.5);
        p.drawText(bottom, Qt::AlignCenter, formatPower(value_kw));
    } else if (n != FlowNode::Bus) {
        p.setPen(colors.text);
        p.setFont(value_font);
        p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                   formatPower(value_kw));
    }

    // Name (and state) outside the circle: above PV, below everything else.
    QFont name_font = font();
    name_font.setBold(true);
    name_font.setPointSizeF(std::max(8.0, font().pointSizeF() * std::min(scale, 1.3)));
    const QFontMetricsF nfm(name_font);
    const QFontMetricsF sfm(small_font);
    const double ring_out = (n == FlowNode::Bus ? r : r + 9.0 * scale);
    const double text_w = big_r * 4.0;
    if (n == FlowNode::Bus) {
        // Name and total under the small bus circle, on a pill so crossing flows stay readable.
        const QString text = nodeName(n) + QLatin1Char('\n') + formatPower(value_kw);
        QRectF box(0, 0, std::max(sfm.horizontalAdvance(nodeName(n)),
                                  sfm.horizontalAdvance(formatPower(value_kw))) + 12,
                   2 * sfm.height() + 6);
        box.moveCenter(QPointF(c.x(), c.y() + r + 6 + box.height() / 2));
        QColor bg = colors.window;
        bg.setAlpha(225);
        p.setPen(QPen(colors.track, 1));
        p.setBrush(bg);
        p.drawRoundedRect(box, 4, 4);
        p.setFont(small_font);
        p.setPen(colors.text);
        p.drawText(box, Qt::AlignCenter, text);
        return;
    }
    const bool above = n == FlowNode::Pv;
    const double block_h = nfm.height() + (sub.isEmpty() ? 0 : sfm.height());
    const double y0 = above ? c.y() - ring_out - block_h - 2 : c.y() + ring_out + 2;
    p.setFont(name_font);
    p.setPen(colour);
    p.drawText(QRectF(c.x() - text_w / 2, y0, text_w, nfm.height()), Qt::AlignCenter, nodeName(n));
    if (!sub.isEmpty()) {
        p.setFont(small_font);
        p.setPen(colors.dim_text);
        p.drawText(QRectF(c.x() - text_w / 2, y0 + nfm.height(), text_w, sfm.height()),
                   Qt::AlignCenter, sub);
    }
}

void PowerFlowView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ThemeColors colors = themeColors(theme_);
    p.fillRect(rect(), colors.window);
    if (!have_state_) {
        p.setPen(colors.dim_text);
        p.drawText(rect(), Qt::AlignCenter, tr("Waiting for data…"));
        return;
    }
    // Idle edges first, then the flows on top, then the nodes over the line ends.
    for (const EdgeGeometry& e : kEdges) {
        const bool used = std::any_of(flows_.begin(), flows_.end(), [&](const DrawnFlow& f) {
            return (f.from == e.a && f.to == e.b) || (f.from == e.b && f.to == e.a);
        });
        if (!used) paintFlowEdge(p, e.a, e.b);
    }
    for (const DrawnFlow& f : flows_) paintFlowEdge(p, f.from, f.to);
    for (FlowNode n : {FlowNode::Pv, FlowNode::Grid, FlowNode::Bess, FlowNode::Bus,
                       FlowNode::GpuIt, FlowNode::CoolingAux}) {
        paintNode(p, n);
    }
}

} // namespace gridtwin::ui
