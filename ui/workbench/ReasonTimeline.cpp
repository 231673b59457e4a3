#include "ReasonTimeline.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <array>

namespace gridtwin::ui {

QColor reasonColor(Reason r) {
    switch (r) {
    case Reason::Idle: return {0x4a, 0x4f, 0x58};
    case Reason::PeakShave: return {0xd9, 0x6c, 0x1e};
    case Reason::MonthPeakFloor: return {0xf2, 0xb1, 0x34};
    case Reason::Recharge: return {0x2e, 0x9d, 0xd6};
    case Reason::SocReserve: return {0x9b, 0x59, 0xb6};
    case Reason::SocLimit: return {0xc0, 0x39, 0x8b};
    case Reason::PowerLimit: return {0xe0, 0x48, 0x3e};
    case Reason::SelfConsumption: return {0x2e, 0xa0, 0x43};
    case Reason::ExportCap: return {0x16, 0xa0, 0x9a};
    case Reason::ImportCap: return {0x8b, 0x5a, 0x2b};
    case Reason::Setpoint: return {0xbd, 0xc3, 0xc7};
    case Reason::Count: break;
    }
    return Qt::black;
}

QString reasonLabel(Reason r) {
    switch (r) {
    case Reason::Idle: return ReasonTimeline::tr("idle");
    case Reason::PeakShave: return ReasonTimeline::tr("peak threshold");
    case Reason::MonthPeakFloor: return ReasonTimeline::tr("month peak floor");
    case Reason::Recharge: return ReasonTimeline::tr("recharge band");
    case Reason::SocReserve: return ReasonTimeline::tr("SoC reserve");
    case Reason::SocLimit: return ReasonTimeline::tr("SoC limit");
    case Reason::PowerLimit: return ReasonTimeline::tr("PCS limit");
    case Reason::SelfConsumption: return ReasonTimeline::tr("self-consumption");
    case Reason::ExportCap: return ReasonTimeline::tr("export cap");
    case Reason::ImportCap: return ReasonTimeline::tr("import cap");
    case Reason::Setpoint: return ReasonTimeline::tr("external setpoint");
    case Reason::Count: break;
    }
    return {};
}

QString reasonText(Reason r) {
    switch (r) {
    case Reason::Idle: return ReasonTimeline::tr("The controller asked for nothing: grid import was between the recharge level and the threshold.");
    case Reason::PeakShave: return ReasonTimeline::tr("Import above the peak threshold: the battery discharged the excess.");
    case Reason::MonthPeakFloor: return ReasonTimeline::tr("The threshold was raised to this month's billed peak: shaving below it saves nothing.");
    case Reason::Recharge: return ReasonTimeline::tr("Import without the battery was below the recharge level: the battery charged.");
    case Reason::SocReserve: return ReasonTimeline::tr("Discharge stopped at the SoC reserve kept for peak shaving.");
    case Reason::SocLimit: return ReasonTimeline::tr("The end of the SoC window (or its derating band) limited the power.");
    case Reason::PowerLimit: return ReasonTimeline::tr("The PCS rating or the C-rate limited the power.");
    case Reason::SelfConsumption: return ReasonTimeline::tr("Balancing the grid to the self-consumption target.");
    case Reason::ExportCap: return ReasonTimeline::tr("The export limit forced charging or PV curtailment.");
    case Reason::ImportCap: return ReasonTimeline::tr("The import limit capped the charging power.");
    case Reason::Setpoint: return ReasonTimeline::tr("An external setpoint set the power.");
    case Reason::Count: break;
    }
    return {};
}

ReasonTimeline::ReasonTimeline(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumHeight(28);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ReasonTimeline::setReasons(std::vector<Reason> reasons) {
    reasons_ = std::move(reasons);
    selected_ = npos;
    update();
}

std::size_t ReasonTimeline::indexAtX(int x) const {
    if (reasons_.empty() || width() <= 0) return npos;
    const double f = std::clamp(static_cast<double>(x) / width(), 0.0, 1.0);
    return std::min(reasons_.size() - 1, static_cast<std::size_t>(f * static_cast<double>(reasons_.size())));
}

Reason ReasonTimeline::dominantAtColumn(int x) const {
    if (reasons_.empty() || width() <= 0) return Reason::Idle;
    const double n = static_cast<double>(reasons_.size());
    auto from = static_cast<std::size_t>(n * x / width());
    auto to = static_cast<std::size_t>(n * (x + 1) / width());
    from = std::min(from, reasons_.size() - 1);
    to = std::clamp(to, from + 1, reasons_.size());
    std::array<std::size_t, static_cast<std::size_t>(Reason::Count)> count{};
    for (std::size_t i = from; i < to; ++i) ++count[static_cast<std::size_t>(reasons_[i])];
    // Idle wins only when nothing else happened: a single shaving step in a column stays visible.
    std::size_t best = 0;
    for (std::size_t k = 1; k < count.size(); ++k) {
        if (count[k] > 0 && (best == 0 || count[k] > count[best])) best = k;
    }
    return static_cast<Reason>(best);
}

void ReasonTimeline::select(std::size_t index) {
    selected_ = index;
    update();
}

void ReasonTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (reasons_.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No tuning run yet"));
        return;
    }
    for (int x = 0; x < width(); ++x) {
        p.setPen(reasonColor(dominantAtColumn(x)));
        p.drawLine(x, 0, x, height() - 1);
    }
    if (selected_ != npos) {
        const int x = static_cast<int>(static_cast<double>(selected_) * width() /
                                       static_cast<double>(reasons_.size()));
        p.setPen(QPen(palette().color(QPalette::WindowText), 2));
        p.drawLine(x, 0, x, height() - 1);
    }
}

void ReasonTimeline::mouseMoveEvent(QMouseEvent* event) {
    const std::size_t i = indexAtX(static_cast<int>(event->position().x()));
    if (i != npos) emit hovered(i);
}

void ReasonTimeline::mousePressEvent(QMouseEvent* event) {
    const std::size_t i = indexAtX(static_cast<int>(event->position().x()));
    if (i == npos) return;
    select(i);
    emit hovered(i);
}

} // namespace gridtwin::ui
