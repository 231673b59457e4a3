#pragma once
// Table model over AlarmMonitor::alarms(), newest first: time (site local), severity, kind
// (translated by value), message, state. The model never changes alarms; it is refreshed by the
// adapter's alarmsChanged().

#include "alarm/AlarmMonitor.h"

#include <QAbstractTableModel>
#include <QString>

namespace gridtwin::ui {

class AlarmTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, KindColumn, MessageColumn, StateColumn, ColumnCount };

    AlarmTableModel(const AlarmMonitor& monitor, QString time_zone, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    /// The alarm shown in a row (nullptr when out of range).
    const Alarm* alarmAt(int row) const;
    void refresh();

    static QString kindText(AlarmKind k);
    static QString severityText(Severity s);
    static QString stateText(const Alarm& a);

private:
    const AlarmMonitor& monitor_;
    QString time_zone_;
};

} // namespace gridtwin::ui
