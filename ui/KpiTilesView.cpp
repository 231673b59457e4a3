#include "KpiTilesView.h"

#include "UnitFormat.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace gridtwin::ui {

namespace {

constexpr double kWarnFraction = 0.9;

TileLevel importLevel(double kw, double threshold_kw) {
    if (threshold_kw <= 0) return TileLevel::Normal;
    if (kw > threshold_kw) return TileLevel::Alert;
    if (kw > kWarnFraction * threshold_kw) return TileLevel::Warning;
    return TileLevel::Normal;
}

} // namespace

KpiTilesView::KpiTilesView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("kpiTilesView"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    const std::array<QString, kKpiTileCount> titles = {
        tr("Grid import"),     tr("Billing interval mean"), tr("Battery"),
        tr("Energy today"),    tr("Energy cost today"),     tr("Carbon intensity")};
    for (std::size_t i = 0; i < kKpiTileCount; ++i) {
        Tile& t = tiles_[i];
        t.frame = new QFrame(this);
        t.frame->setObjectName(QStringLiteral("kpiTile"));
        t.frame->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(t.frame);
        v->setContentsMargins(10, 6, 10, 6);
        v->setSpacing(1);
        t.title = new QLabel(titles[i], t.frame);
        t.value = new QLabel(QStringLiteral("–"), t.frame);
        t.detail = new QLabel(QString(), t.frame);
        // One line per detail: wrapping made the tiles grow and overlap in a short dock.
        QFont df = t.detail->font();
        df.setPointSizeF(df.pointSizeF() * 0.9);
        t.detail->setFont(df);
        QFont vf = t.value->font();
        vf.setPointSizeF(vf.pointSizeF() * 1.9);
        vf.setBold(true);
        t.value->setFont(vf);
        v->addWidget(t.title);
        v->addWidget(t.value);
        v->addWidget(t.detail);
        v->addStretch(1);
        t.frame->setMinimumHeight(t.frame->sizeHint().height());
        grid->addWidget(t.frame, 0, static_cast<int>(i));
        grid->setColumnStretch(static_cast<int>(i), 1);
    }
    restyle();
}

void KpiTilesView::setTile(KpiTile t, const QString& value, const QString& detail,
                           TileLevel level) {
    const auto i = static_cast<std::size_t>(t);
    // Unchanged texts skip the label's relayout and repaint.
    if (tiles_[i].value->text() != value) tiles_[i].value->setText(value);
    if (tiles_[i].detail->text() != detail) tiles_[i].detail->setText(detail);
    if (levels_[i] != level) {
        levels_[i] = level;
        restyleTile(i);
    }
}

void KpiTilesView::setSnapshot(const LiveKpiSnapshot& s) {
    const QString import_text =
        s.grid_import_kw >= 0 ? formatPower(s.grid_import_kw)
                              : tr("export %1").arg(formatPower(-s.grid_import_kw));
    setTile(KpiTile::GridImport, import_text,
            tr("threshold %1 · month peak %2")
                .arg(formatPower(s.peak_threshold_kw), formatPower(s.month_peak_kw)),
            importLevel(s.grid_import_kw, s.peak_threshold_kw));
    setTile(KpiTile::IntervalMean, formatPower(s.interval_mean_so_far_kw),
            tr("so far in this interval · threshold %1").arg(formatPower(s.peak_threshold_kw)),
            importLevel(s.interval_mean_so_far_kw, s.peak_threshold_kw));
    QString battery_detail = tr("idle");
    if (std::isfinite(s.time_to_empty_h)) {
        battery_detail = tr("empty in %1").arg(formatHours(s.time_to_empty_h));
    } else if (std::isfinite(s.time_to_full_h)) {
        battery_detail = tr("full in %1").arg(formatHours(s.time_to_full_h));
    }
    setTile(KpiTile::BatterySoc, formatPercent(s.soc_pct), battery_detail, TileLevel::Normal);
    setTile(KpiTile::EnergyToday, formatEnergy(s.import_today_kwh),
            tr("imported · exported %1 · PV %2")
                .arg(formatEnergy(s.export_today_kwh), formatEnergy(s.pv_today_kwh)),
            TileLevel::Normal);
    setTile(KpiTile::CostToday, formatEuro(s.cost_today_eur), tr("energy only, since midnight"),
            TileLevel::Normal);
    setTile(KpiTile::Carbon, formatCarbonIntensity(s.carbon_now_g_per_kwh),
            tr("emissions today %1 CO₂e").arg(formatMass(s.emissions_today_kg)),
            TileLevel::Normal);
}

void KpiTilesView::setTheme(Theme theme) {
    theme_ = theme;
    restyle();
}

void KpiTilesView::restyle() {
    for (std::size_t i = 0; i < kKpiTileCount; ++i) restyleTile(i);
}

void KpiTilesView::restyleTile(std::size_t i) {
    const ThemeColors c = themeColors(theme_);
    Tile& t = tiles_[i];
    QColor border = c.track;
    QColor value = c.text;
    if (levels_[i] == TileLevel::Alert) {
        border = c.critical;
        value = c.critical;
    } else if (levels_[i] == TileLevel::Warning) {
        border = c.warning;
        value = c.warning;
    }
    t.frame->setStyleSheet(QStringLiteral("QFrame#kpiTile { background: %1; border: 2px solid %2; "
                                          "border-radius: 6px; }")
                               .arg(c.panel.name(), border.name()));
    t.title->setStyleSheet(QStringLiteral("color: %1;").arg(c.dim_text.name()));
    t.value->setStyleSheet(QStringLiteral("color: %1;").arg(value.name()));
    t.detail->setStyleSheet(QStringLiteral("color: %1;").arg(c.dim_text.name()));
}

QString KpiTilesView::titleText(KpiTile t) const {
    return tiles_[static_cast<std::size_t>(t)].title->text();
}
QString KpiTilesView::valueText(KpiTile t) const {
    return tiles_[static_cast<std::size_t>(t)].value->text();
}
QString KpiTilesView::detailText(KpiTile t) const {
    return tiles_[static_cast<std::size_t>(t)].detail->text();
}

} // namespace gridtwin::ui
