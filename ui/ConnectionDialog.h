#pragma once
// File > Connect...: choose what the console shows - the reference-site simulation, a recorded
// log (CSV or historian site; speed, start time), SunSpec site devices (host, port, unit ids,
// poll interval) or the GPU cluster's power from Prometheus / a DCGM exporter - and whether to
// record into a historian file. Connect builds the source through makeSource (core) and hands it
// to the LiveSourceAdapter, which stops the old one. A status table, refreshed on a timer, shows
// each device's state and data quality.

#include "io/SourceSpec.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace gridtwin::ui {

class LiveSourceAdapter;

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Simulation, Replay, Devices, Gpu };

    explicit ConnectionDialog(LiveSourceAdapter& adapter, QWidget* parent = nullptr);

    void setPage(Page page);
    Page page() const;
    /// The source the form describes. Throws InputError naming the field when one is invalid.
    SourceSpec spec() const;
    /// Fills the form from spec (the source given on the command line) and opens its page.
    void showSpec(const SourceSpec& spec);
    /// Builds the source and shows it (and starts or stops recording); false and an error text
    /// in the dialog when a file or a field is bad (the old source keeps running then).
    bool connectSource();
    QString errorText() const;

    /// Default historian file: <AppDataLocation>/gridtwin.db.
    static QString defaultHistorianPath();

    // The form, for tests and for pre-filling from the command line.
    QLineEdit* replayFileEdit() const { return replay_file_; }
    QLineEdit* replaySiteEdit() const { return replay_site_; }
    QComboBox* replaySpeedCombo() const { return replay_speed_; }
    QLineEdit* deviceHostEdit() const { return dev_host_; }
    QSpinBox* devicePortSpin() const { return dev_port_; }
    QLineEdit* gpuUrlEdit() const { return gpu_url_; }
    QComboBox* gpuModeCombo() const { return gpu_mode_; }
    QCheckBox* recordCheck() const { return record_; }
    QLineEdit* recordFileEdit() const { return record_file_; }
    QTableWidget* statusTable() const { return status_; }

public slots:
    void refreshStatus();

private:
    QWidget* buildSimulationPage();
    QWidget* buildReplayPage();
    QWidget* buildDevicesPage();
    QWidget* buildGpuPage();
    void browseReplayFile();
    void browseRecordFile();
    void addStatusRow(const QStringList& cells);

    LiveSourceAdapter& adapter_;
    QListWidget* pages_list_;
    QStackedWidget* pages_;
    QDateTimeEdit* sim_start_ = nullptr;
    QComboBox* sim_speed_ = nullptr;
    QLineEdit* replay_file_ = nullptr;
    QLineEdit* replay_site_ = nullptr;
    QComboBox* replay_speed_ = nullptr;
    QDateTimeEdit* replay_start_ = nullptr;
    QCheckBox* replay_from_start_ = nullptr;
    QLineEdit* dev_host_ = nullptr;
    QSpinBox* dev_port_ = nullptr;
    QSpinBox* dev_inverter_ = nullptr;
    QSpinBox* dev_storage_ = nullptr;
    QSpinBox* dev_meter_ = nullptr;
    QSpinBox* dev_poll_ = nullptr;
    QComboBox* gpu_mode_ = nullptr;
    QLineEdit* gpu_url_ = nullptr;
    QLineEdit* gpu_query_ = nullptr;
    QDoubleSpinBox* gpu_overhead_ = nullptr;
    QDoubleSpinBox* gpu_pue_ = nullptr;
    QSpinBox* gpu_poll_ = nullptr;
    QCheckBox* record_;
    QLineEdit* record_file_;
    QLabel* error_;
    QTableWidget* status_;
    QTimer refresh_;
};

/// "good", "stale", "bad", "simulated", translated.
QString qualityText(Quality q);

} // namespace gridtwin::ui
