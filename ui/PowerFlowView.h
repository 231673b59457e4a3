#pragma once
// Live power-flow diagram: PV, Grid, BESS (with SoC gauge), GPU cluster IT and Cooling/aux around
// a site bus. The flows are core's allocateFlows() split (docs/flow-allocation.md); the bus fans
// the served consumption out to IT and to cooling/auxiliaries (facility minus IT, plus BESS aux).
// Line width is power over the rating of the node the flow is measured against; dashes move in
// the flow direction with the shared animation phase; flows under isAnimated() stand still.

#include "Theme.h"
#include "model/FlowAllocation.h"
#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <QPointF>
#include <QWidget>

#include <vector>

namespace gridtwin::ui {

enum class FlowNode { Pv, Grid, Bess, Bus, GpuIt, CoolingAux };

struct DrawnFlow {
    FlowNode from;
    FlowNode to;
    double kw;          // > 0, in the direction from -> to
    double rating_kw;   // what the width is relative to
    bool animated;
};

/// The ratings the widths are relative to (nameplates of the site).
struct FlowRatings {
    double pv_kw;       // sum of PV dc capacity
    double bess_kw;     // PCS rating
    double grid_kw;     // import limit
    double it_kw;       // cluster IT maximum (all GPUs at TDP plus node overhead)
    double aux_kw;      // cooling/aux maximum
};
FlowRatings flowRatings(const SiteConfig& site);

class PowerFlowView : public QWidget {
    Q_OBJECT
public:
    explicit PowerFlowView(const SiteConfig& site, QWidget* parent = nullptr);

    void setState(const StepRecord& r);
    void setTheme(Theme theme);
    /// Flows with kW > 0 of the current state, in a fixed order (tests read this).
    const std::vector<DrawnFlow>& drawnFlows() const { return flows_; }
    /// Name shown for a node (translated).
    static QString nodeName(FlowNode n);

    QSize sizeHint() const override { return {640, 520}; }
    QSize minimumSizeHint() const override { return {420, 340}; }

public slots:
    /// Shared animation clock (LiveSourceAdapter::frameTick); repaints only when something moves.
    void setAnimationPhase(double phase_s);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPointF nodeCentre(FlowNode n) const;
    double nodeRadius() const;
    QColor nodeColor(FlowNode n) const;
    void paintNode(class QPainter& p, FlowNode n) const;
    void paintFlowEdge(class QPainter& p, FlowNode from, FlowNode to) const;

    FlowRatings ratings_;
    Theme theme_ = Theme::Dark;
    StepRecord state_;
    bool have_state_ = false;
    std::vector<DrawnFlow> flows_;
    double phase_s_ = 0;
};

} // namespace gridtwin::ui
