#pragma once
// Baseline vs candidate KPI table: one row per tuning KPI with both values, the unit and the
// delta (candidate - baseline), green when it moves in the KPI's good direction, red otherwise.

#include "tune/TuningRun.h"

#include <QTableWidget>

#include <vector>

namespace gridtwin::ui {

class KpiDeltaTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Kpi, Baseline, Candidate, Delta, ColumnCount };
    /// Qt::UserRole of every number cell holds the unrounded value (tests, copy).
    static constexpr int kValueRole = Qt::UserRole;

    explicit KpiDeltaTable(QWidget* parent = nullptr);
    void setDeltas(const std::vector<KpiDelta>& deltas);
    /// Empty state: "no run yet" text instead of rows.
    void clearDeltas(const QString& why);
};

} // namespace gridtwin::ui
