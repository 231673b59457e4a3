#include "AlarmTableModel.h"

#include "UnitFormat.h"

#include <QBrush>
#include <QFont>

#include <utility>

namespace gridtwin::ui {

AlarmTableModel::AlarmTableModel(const AlarmMonitor& monitor, QString time_zone, QObject* parent)
    : QAbstractTableModel(parent), monitor_(monitor), time_zone_(std::move(time_zone)) {}

int AlarmTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(monitor_.alarms().size());
}

int AlarmTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const Alarm* AlarmTableModel::alarmAt(int row) const {
    const auto& all = monitor_.alarms();
    if (row < 0 || static_cast<std::size_t>(row) >= all.size()) return nullptr;
    return &all[all.size() - 1 - static_cast<std::size_t>(row)];   // newest first
}

QString AlarmTableModel::kindText(AlarmKind k) {
    switch (k) {
    case AlarmKind::ThresholdBreach: return tr("Peak threshold exceeded");
    case AlarmKind::SocBelowReserve: return tr("SoC below reserve");
    case AlarmKind::ExportLimitHit: return tr("Export limit reached");
    case AlarmKind::DataStale: return tr("Data stale");
    case AlarmKind::SourceFault: return tr("Source fault");
    }
    return {};
}

QString AlarmTableModel::severityText(Severity s) {
    switch (s) {
    case Severity::Info: return tr("Info");
    case Severity::Warning: return tr("Warning");
    case Severity::Critical: return tr("Critical");
    }
    return {};
}

QString AlarmTableModel::stateText(const Alarm& a) {
    if (a.active()) return a.acknowledged ? tr("active, acknowledged") : tr("active");
    return a.acknowledged ? tr("cleared, acknowledged") : tr("cleared");
}

QVariant AlarmTableModel::data(const QModelIndex& index, int role) const {
    const Alarm* a = alarmAt(index.row());
    if (a == nullptr) return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return formatTime(a->raised_ms, time_zone_);
        case SeverityColumn: return severityText(a->severity);
        case KindColumn: return kindText(a->kind);
        case MessageColumn: return QString::fromStdString(a->message);
        case StateColumn: return stateText(*a);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn && a->active()) {
        if (a->severity == Severity::Critical) return QBrush(QColor(0xff, 0x4d, 0x4d));
        if (a->severity == Severity::Warning) return QBrush(QColor(0xff, 0xb3, 0x2e));
    }
    if (role == Qt::FontRole && a->active() && !a->acknowledged) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn: return tr("Time (site)");
    case SeverityColumn: return tr("Severity");
    case KindColumn: return tr("Alarm");
    case MessageColumn: return tr("Message");
    case StateColumn: return tr("State");
    default: return {};
    }
}

void AlarmTableModel::refresh() {
    beginResetModel();
    endResetModel();
}

} // namespace gridtwin::ui
