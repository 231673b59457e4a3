#pragma once
// Device commissioning: scan a host and a range of Modbus unit ids for SunSpec devices on a
// worker thread (core SunSpecScanner; cancel between unit ids), list the models found with their
// live point values and units, run the point checks (core PointChecks: ranges, signs, meter vs
// inverter) and save the pass/fail report as CSV or text.

#include "SunSpecScanJob.h"
#include "io/sunspec/PointChecks.h"
#include "io/sunspec/SunSpecScanner.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace gridtwin::ui {

class DevicesPage : public QWidget {
    Q_OBJECT
public:
    explicit DevicesPage(QWidget* parent = nullptr);
    ~DevicesPage() override = default; // the scan job cancels and joins

    void setTarget(const QString& host, int port, int unit_first, int unit_last);
    bool scanning() const { return job_.running(); }
    const SunSpecScanResult& scanResult() const { return scan_; }
    const PointCheckReport& report() const { return report_; }
    QTreeWidget* deviceTree() const { return tree_; }
    QTableWidget* checkTable() const { return checks_; }
    /// Writes the report (CSV for *.csv, text otherwise); returns the error text or empty.
    QString saveReport(const QString& file) const;

public slots:
    void startScan();
    void cancelScan();
    void runChecks();

signals:
    void scanFinished();

private:
    void poll();
    void showScan();
    void saveDialog();
    QString targetText() const;

    QLineEdit* host_;
    QSpinBox* port_;
    QSpinBox* first_;
    QSpinBox* last_;
    QSpinBox* timeout_;
    QPushButton* scan_button_;
    QPushButton* cancel_button_;
    QPushButton* check_button_;
    QPushButton* save_button_;
    QProgressBar* progress_;
    QLabel* status_;
    QTreeWidget* tree_;
    QTableWidget* checks_;
    QTimer* poll_timer_;
    SunSpecScanJob job_;
    SunSpecScanResult scan_;
    PointCheckReport report_;
};

} // namespace gridtwin::ui
