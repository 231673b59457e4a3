#pragma once
// KPI tiles of the live console: one value per tile with its unit, a detail line, and an alert
// colour when grid import is over the peak-shaving threshold (amber above 90 % of it).

#include "Theme.h"
#include "model/LiveKpiTracker.h"

#include <QWidget>

#include <array>

class QLabel;
class QFrame;

namespace gridtwin::ui {

enum class KpiTile { GridImport, IntervalMean, BatterySoc, EnergyToday, CostToday, Carbon, Count };
inline constexpr std::size_t kKpiTileCount = static_cast<std::size_t>(KpiTile::Count);

enum class TileLevel { Normal, Warning, Alert };

class KpiTilesView : public QWidget {
    Q_OBJECT
public:
    explicit KpiTilesView(QWidget* parent = nullptr);

    void setSnapshot(const LiveKpiSnapshot& s);
    void setTheme(Theme theme);

    QString titleText(KpiTile t) const;
    QString valueText(KpiTile t) const;
    QString detailText(KpiTile t) const;
    TileLevel level(KpiTile t) const { return levels_[static_cast<std::size_t>(t)]; }

private:
    struct Tile {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
    };
    void setTile(KpiTile t, const QString& value, const QString& detail, TileLevel level);
    void restyle();
    /// Style sheets of one tile; only the tile whose level changed (re-polishing is costly).
    void restyleTile(std::size_t i);

    std::array<Tile, kKpiTileCount> tiles_{};
    std::array<TileLevel, kKpiTileCount> levels_{};
    Theme theme_ = Theme::Dark;
};

} // namespace gridtwin::ui
