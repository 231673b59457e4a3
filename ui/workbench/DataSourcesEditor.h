#pragma once
// The data sources of a site: the live source the console opens (kind + its argument, checked by
// the ParameterTable) and the field devices (role, host, port, unit id, poll interval), edited
// cell by cell through the candidate's undo stack. "Scan" probes a host for SunSpec devices on a
// worker thread (core SunSpecScanner) and replaces the list with what answered, one per role.

#include "SunSpecScanJob.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace gridtwin::ui {

class CandidateSite;

class DataSourcesEditor : public QWidget {
    Q_OBJECT
public:
    explicit DataSourcesEditor(CandidateSite& site, QWidget* parent = nullptr);

    QTableWidget* deviceTable() const { return table_; }
    /// Table columns; each is the field of the same name in data_sources.devices[].
    enum Column { RoleColumn, HostColumn, PortColumn, UnitColumn, PollColumn, ColumnCount };

    /// Sets the live source from its kind ("sim", "devices", "devices:", "replay:",
    /// "prometheus:", "dcgm:") and argument; returns the refusal or "".
    QString setLiveSource(const QString& kind, const QString& argument);
    /// Edits one device field as if typed in the table; returns the refusal or "".
    QString setDeviceField(int row, Column column, const QString& text);
    /// The refusal shown for the live source; empty when its text is accepted.
    QString liveSourceError() const { return live_error_; }
    /// The last refused table edit (the cell keeps the stored value); empty after a good edit.
    QString deviceError() const { return device_error_; }
    bool valid() const { return live_error_.isEmpty(); }

    void setScanTarget(const QString& host, int port, int unit_first, int unit_last);
    bool scanning() const { return scan_.running(); }
    QString scanStatus() const;

public slots:
    void addDevice();
    void removeDevice();
    void startScan();
    void refresh();

signals:
    void validityChanged();
    void scanFinished();

private:
    void pollScan();
    void commitLiveSource();
    void showLiveError(const QString& why);
    QString devicePath(int row, Column column) const;

    CandidateSite& site_;
    QComboBox* live_kind_;
    QLineEdit* live_arg_;
    QLabel* live_status_;
    QTableWidget* table_;
    QLabel* device_status_;
    QLineEdit* scan_host_;
    QSpinBox* scan_port_;
    QSpinBox* scan_first_;
    QSpinBox* scan_last_;
    QPushButton* scan_button_;
    QLabel* scan_status_;
    QTimer* poll_timer_;
    QString live_error_;
    QString device_error_;
    bool refreshing_ = false;
    SunSpecScanJob scan_;
};

} // namespace gridtwin::ui
