#include "KpiDeltaTable.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace gridtwin::ui {

namespace {

QString formatValue(double v, const std::string& unit) {
    const double a = std::fabs(v);
    const int decimals = a >= 1000 ? 0 : a >= 10 ? 1 : 2;
    QString s = QLocale().toString(v, 'f', decimals);
    if (!unit.empty()) s += QStringLiteral(" ") + QString::fromStdString(unit);
    return s;
}

QTableWidgetItem* numberItem(double v, const std::string& unit) {
    auto* item = new QTableWidgetItem(formatValue(v, unit));
    item->setData(KpiDeltaTable::kValueRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

KpiDeltaTable::KpiDeltaTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent) {
    setHorizontalHeaderLabels({tr("KPI"), tr("Baseline"), tr("Candidate"), tr("Δ candidate − baseline")});
    horizontalHeader()->setSectionResizeMode(Kpi, QHeaderView::Stretch);
    for (int c = Baseline; c < ColumnCount; ++c) {
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    clearDeltas(tr("No run yet: change a parameter or press Run."));
}

void KpiDeltaTable::setDeltas(const std::vector<KpiDelta>& deltas) {
    clearSpans();
    setRowCount(static_cast<int>(deltas.size()));
    for (int r = 0; r < rowCount(); ++r) {
        const KpiDelta& d = deltas[static_cast<std::size_t>(r)];
        auto* name = new QTableWidgetItem(QString::fromStdString(d.label));
        name->setToolTip(QString::fromStdString(d.key));
        setItem(r, Kpi, name);
        setItem(r, Baseline, numberItem(d.baseline, d.unit));
        setItem(r, Candidate, numberItem(d.candidate, d.unit));
        auto* delta = numberItem(d.delta, d.unit);
        if (d.delta > 0) delta->setText(QStringLiteral("+") + delta->text());
        // Scale-aware "no change": below 0.05 % of the baseline the colour would only be noise.
        const double tolerance = 5e-4 * std::max(1.0, std::fabs(d.baseline));
        if (std::fabs(d.delta) > tolerance) {
            const bool good = d.lower_is_better ? d.delta < 0 : d.delta > 0;
            delta->setForeground(good ? QColor(0x2e, 0xa0, 0x43) : QColor(0xe0, 0x48, 0x3e));
            delta->setToolTip(good ? tr("better than the baseline") : tr("worse than the baseline"));
        }
        setItem(r, Delta, delta);
    }
}

void KpiDeltaTable::clearDeltas(const QString& why) {
    setRowCount(1);
    auto* item = new QTableWidgetItem(why);
    item->setForeground(palette().color(QPalette::PlaceholderText));
    setItem(0, Kpi, item);
    setSpan(0, 0, 1, ColumnCount);
}

} // namespace gridtwin::ui
