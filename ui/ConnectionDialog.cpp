#include "ConnectionDialog.h"

#include "LiveSourceAdapter.h"
#include "UnitFormat.h"
#include "io/ReplaySource.h"
#include "io/prometheus/GpuTelemetrySource.h"
#include "io/sunspec/SunSpecDeviceSource.h"
#include "model/InputError.h"
#include "store/HistorianRecorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <array>
#include <stdexcept>
#include <utility>

namespace gridtwin::ui {

namespace {

constexpr int kRefreshMs = 500;

QComboBox* speedCombo(QWidget* parent) {
    auto* c = new QComboBox(parent);
    for (const double s : {1.0, 10.0, 60.0, 600.0}) c->addItem(QStringLiteral("%1x").arg(s), s);
    c->addItem(ConnectionDialog::tr("as fast as possible"), 0.0);
    return c;
}

QDateTimeEdit* utcEdit(QWidget* parent) {
    auto* e = new QDateTimeEdit(parent);
    e->setTimeSpec(Qt::UTC);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    e->setCalendarPopup(true);
    return e;
}

QSpinBox* spin(QWidget* parent, int lo, int hi, int value, const QString& suffix = {}) {
    auto* s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

QString utcText(std::int64_t ms) {
    return ms == 0 ? QStringLiteral("-") : formatTime(ms, QStringLiteral("UTC"));
}

} // namespace

QString qualityText(Quality q) {
    switch (q) {
    case Quality::Good: return ConnectionDialog::tr("good");
    case Quality::Stale: return ConnectionDialog::tr("stale");
    case Quality::Bad: return ConnectionDialog::tr("bad");
    case Quality::Simulated: return ConnectionDialog::tr("simulated");
    }
    return {};
}

namespace {

QString roleText(SunSpecRole r) {
    switch (r) {
    case SunSpecRole::Inverter: return ConnectionDialog::tr("PV inverter");
    case SunSpecRole::Storage: return ConnectionDialog::tr("BESS");
    case SunSpecRole::Meter: return ConnectionDialog::tr("site meter");
    }
    return {};
}

QString linkText(SunSpecLinkState s) {
    switch (s) {
    case SunSpecLinkState::Stopped: return ConnectionDialog::tr("stopped");
    case SunSpecLinkState::Connecting: return ConnectionDialog::tr("connecting");
    case SunSpecLinkState::Connected: return ConnectionDialog::tr("connected");
    case SunSpecLinkState::Backoff: return ConnectionDialog::tr("waiting to reconnect");
    }
    return {};
}

} // namespace

ConnectionDialog::ConnectionDialog(LiveSourceAdapter& adapter, QWidget* parent)
    : QDialog(parent), adapter_(adapter), pages_list_(new QListWidget(this)),
      pages_(new QStackedWidget(this)), record_(new QCheckBox(tr("Record to historian"), this)),
      record_file_(new QLineEdit(this)), error_(new QLabel(this)), status_(new QTableWidget(0, 6, this)) {
    setWindowTitle(tr("Connect to a data source"));
    pages_list_->addItems({tr("Reference-site simulation"), tr("Recorded log"), tr("Site devices (SunSpec)"),
                           tr("GPU power (Prometheus / DCGM)")});
    pages_list_->setFixedWidth(pages_list_->sizeHintForColumn(0) + 2 * pages_list_->frameWidth() + 12);
    pages_->addWidget(buildSimulationPage());
    pages_->addWidget(buildReplayPage());
    pages_->addWidget(buildDevicesPage());
    pages_->addWidget(buildGpuPage());
    connect(pages_list_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

    auto* record_row = new QHBoxLayout;
    record_row->addWidget(record_);
    record_row->addWidget(record_file_, 1);
    auto* record_browse = new QPushButton(tr("Browse..."), this);
    record_row->addWidget(record_browse);
    connect(record_browse, &QPushButton::clicked, this, &ConnectionDialog::browseRecordFile);
    if (HistorianRecorder* r = adapter_.recorder()) {
        record_->setChecked(true);
        record_file_->setText(QString::fromStdString(r->path()));
    } else {
        record_file_->setText(defaultHistorianPath());
    }

    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("color: #e5534b;"));

    status_->setHorizontalHeaderLabels(
        {tr("Device"), tr("State"), tr("Quality"), tr("Last good (UTC)"), tr("Errors"), tr("Detail")});
    status_->horizontalHeader()->setStretchLastSection(true);
    status_->verticalHeader()->hide();
    status_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    status_->setSelectionMode(QAbstractItemView::NoSelection);
    status_->setMinimumHeight(120);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* connect_button = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(connect_button, &QPushButton::clicked, this, [this] { connectSource(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(pages_list_);
    top->addWidget(pages_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(record_row);
    layout->addWidget(error_);
    layout->addWidget(new QLabel(tr("Current source"), this));
    layout->addWidget(status_);
    layout->addWidget(buttons);

    setMinimumSize(900, 580); // the status table's six columns readable without scrolling
    setPage(Page::Simulation);
    refresh_.setInterval(kRefreshMs);
    connect(&refresh_, &QTimer::timeout, this, &ConnectionDialog::refreshStatus);
    refresh_.start();
    refreshStatus();
}

QString ConnectionDialog::defaultHistorianPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("gridtwin.db"));
}

QWidget* ConnectionDialog::buildSimulationPage() {
    auto* w = new QWidget(this);
    auto* f = new QFormLayout(w);
    sim_start_ = utcEdit(w);
    sim_start_->setDateTime(QDateTime(QDate(2024, 6, 1), QTime(8, 0), QTimeZone::utc()));
    sim_speed_ = speedCombo(w);
    f->addRow(new QLabel(tr("The embedded simulation of the reference site (15 MW GPU cluster, 5 MWp PV, "
                            "20 MWh BESS) with the bundled PVGIS weather."), w));
    f->itemAt(0)->widget()->setProperty("wordWrap", true);
    f->addRow(tr("Start"), sim_start_);
    f->addRow(tr("Speed"), sim_speed_);
    return w;
}

QWidget* ConnectionDialog::buildReplayPage() {
    auto* w = new QWidget(this);
    auto* f = new QFormLayout(w);
    replay_file_ = new QLineEdit(w);
    replay_file_->setPlaceholderText(tr("time-series CSV or historian file"));
    auto* browse = new QPushButton(tr("Browse..."), w);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseReplayFile);
    auto* file_row = new QHBoxLayout;
    file_row->addWidget(replay_file_, 1);
    file_row->addWidget(browse);
    replay_site_ = new QLineEdit(w);
    replay_site_->setPlaceholderText(tr("site name (historian files only)"));
    replay_speed_ = speedCombo(w);
    replay_from_start_ = new QCheckBox(tr("From the beginning of the log"), w);
    replay_from_start_->setChecked(true);
    replay_start_ = utcEdit(w);
    replay_start_->setEnabled(false);
    connect(replay_from_start_, &QCheckBox::toggled, replay_start_, [this](bool on) { replay_start_->setEnabled(!on); });
    f->addRow(tr("File"), file_row);
    f->addRow(tr("Site"), replay_site_);
    f->addRow(tr("Speed"), replay_speed_);
    f->addRow(QString(), replay_from_start_);
    f->addRow(tr("Start at"), replay_start_);
    return w;
}

QWidget* ConnectionDialog::buildDevicesPage() {
    auto* w = new QWidget(this);
    auto* f = new QFormLayout(w);
    dev_host_ = new QLineEdit(QStringLiteral("127.0.0.1"), w);
    dev_port_ = spin(w, 1, 65535, 502);
    dev_inverter_ = spin(w, 0, 247, 1);
    dev_storage_ = spin(w, 0, 247, 2);
    dev_meter_ = spin(w, 0, 247, 3);
    dev_poll_ = spin(w, 100, 60000, 1000, QStringLiteral(" ms"));
    f->addRow(tr("Host"), dev_host_);
    f->addRow(tr("Port"), dev_port_);
    f->addRow(tr("PV inverter unit id (0 = none)"), dev_inverter_);
    f->addRow(tr("BESS unit id (0 = none)"), dev_storage_);
    f->addRow(tr("Site meter unit id (0 = none)"), dev_meter_);
    f->addRow(tr("Poll interval"), dev_poll_);
    return w;
}

QWidget* ConnectionDialog::buildGpuPage() {
    auto* w = new QWidget(this);
    auto* f = new QFormLayout(w);
    gpu_mode_ = new QComboBox(w);
    gpu_mode_->addItem(tr("Prometheus query"), static_cast<int>(GpuTelemetryConfig::Mode::PrometheusQuery));
    gpu_mode_->addItem(tr("DCGM exporter /metrics"), static_cast<int>(GpuTelemetryConfig::Mode::ExporterScrape));
    const GpuTelemetryConfig defaults;
    gpu_url_ = new QLineEdit(QStringLiteral("http://localhost:9090"), w);
    gpu_query_ = new QLineEdit(QString::fromStdString(defaults.query), w);
    connect(gpu_mode_, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool prom = index == 0;
        gpu_query_->setEnabled(prom);
        gpu_url_->setText(prom ? QStringLiteral("http://localhost:9090") : QStringLiteral("http://localhost:9400/metrics"));
    });
    gpu_overhead_ = new QDoubleSpinBox(w);
    gpu_overhead_->setRange(1.0, 5.0);
    gpu_overhead_->setSingleStep(0.05);
    gpu_overhead_->setValue(defaults.node_overhead_factor);
    gpu_overhead_->setToolTip(tr("IT power per GPU power: CPUs, memory, network and fans of the nodes "
                                 "(about 1.8 for a DGX H100: 10.2 kW per 8 x 700 W)"));
    gpu_pue_ = new QDoubleSpinBox(w);
    gpu_pue_->setRange(1.0, 3.0);
    gpu_pue_->setSingleStep(0.01);
    gpu_pue_->setValue(defaults.pue);
    gpu_poll_ = spin(w, 100, 3'600'000, static_cast<int>(defaults.poll_interval_ms), QStringLiteral(" ms"));
    f->addRow(tr("Read from"), gpu_mode_);
    f->addRow(tr("URL"), gpu_url_);
    f->addRow(tr("PromQL (W)"), gpu_query_);
    f->addRow(tr("Node overhead factor"), gpu_overhead_);
    f->addRow(tr("PUE"), gpu_pue_);
    f->addRow(tr("Poll interval"), gpu_poll_);
    return w;
}

void ConnectionDialog::setPage(Page page) { pages_list_->setCurrentRow(static_cast<int>(page)); }

ConnectionDialog::Page ConnectionDialog::page() const { return static_cast<Page>(pages_->currentIndex()); }

namespace {
void selectSpeed(QComboBox* combo, double speed) {
    const int i = combo->findData(speed);
    if (i >= 0) combo->setCurrentIndex(i);
}
} // namespace

void ConnectionDialog::showSpec(const SourceSpec& s) {
    switch (s.kind) {
    case SourceSpec::Kind::Simulation:
        if (s.start_ms != 0) sim_start_->setDateTime(QDateTime::fromMSecsSinceEpoch(s.start_ms, QTimeZone::utc()));
        selectSpeed(sim_speed_, s.speed);
        setPage(Page::Simulation);
        break;
    case SourceSpec::Kind::ReplayCsv:
    case SourceSpec::Kind::ReplayHistorian:
        replay_file_->setText(QString::fromStdString(s.path));
        replay_site_->setText(QString::fromStdString(s.site_name));
        selectSpeed(replay_speed_, s.speed);
        replay_from_start_->setChecked(s.start_ms == 0);
        if (s.start_ms != 0) replay_start_->setDateTime(QDateTime::fromMSecsSinceEpoch(s.start_ms, QTimeZone::utc()));
        setPage(Page::Replay);
        break;
    case SourceSpec::Kind::Devices: {
        dev_host_->setText(QString::fromStdString(s.devices.host));
        dev_port_->setValue(s.devices.port);
        dev_poll_->setValue(s.devices.poll_interval_ms);
        const std::array<std::pair<SunSpecRole, QSpinBox*>, 3> units = {
            {{SunSpecRole::Inverter, dev_inverter_}, {SunSpecRole::Storage, dev_storage_}, {SunSpecRole::Meter, dev_meter_}}};
        for (const auto& [role, box] : units) {
            box->setValue(0); // absent unless configured
            for (const SunSpecDeviceConfig& d : s.devices.devices)
                if (d.role == role) box->setValue(d.unit_id);
        }
        setPage(Page::Devices);
        break;
    }
    case SourceSpec::Kind::Gpu:
        gpu_mode_->setCurrentIndex(gpu_mode_->findData(static_cast<int>(s.gpu.mode)));
        gpu_url_->setText(QString::fromStdString(s.gpu.url)); // after the mode: it sets a default URL
        gpu_query_->setText(QString::fromStdString(s.gpu.query));
        gpu_overhead_->setValue(s.gpu.node_overhead_factor);
        gpu_pue_->setValue(s.gpu.pue);
        gpu_poll_->setValue(static_cast<int>(s.gpu.poll_interval_ms));
        setPage(Page::Gpu);
        break;
    }
}

QString ConnectionDialog::errorText() const { return error_->text(); }

void ConnectionDialog::browseReplayFile() {
    const QString f = QFileDialog::getOpenFileName(this, tr("Recorded log"), replay_file_->text(),
                                                   tr("Time-series CSV (*.csv);;Historian (*.db *.sqlite);;All files (*)"));
    if (!f.isEmpty()) replay_file_->setText(f);
}

void ConnectionDialog::browseRecordFile() {
    const QString f = QFileDialog::getSaveFileName(this, tr("Historian file"), record_file_->text(),
                                                   tr("Historian (*.db *.sqlite)"), nullptr,
                                                   QFileDialog::DontConfirmOverwrite);
    if (!f.isEmpty()) record_file_->setText(f);
}

SourceSpec ConnectionDialog::spec() const {
    SourceSpec s;
    switch (page()) {
    case Page::Simulation:
        s.kind = SourceSpec::Kind::Simulation;
        s.start_ms = sim_start_->dateTime().toMSecsSinceEpoch();
        s.speed = sim_speed_->currentData().toDouble();
        break;
    case Page::Replay: {
        const QString file = replay_file_->text().trimmed();
        if (file.isEmpty()) throw InputError("", tr("File").toStdString(), "a recorded log", "");
        const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        s.kind = csv ? SourceSpec::Kind::ReplayCsv : SourceSpec::Kind::ReplayHistorian;
        s.path = file.toStdString();
        s.site_name = replay_site_->text().trimmed().toStdString();
        if (!csv && s.site_name.empty())
            s.site_name = adapter_.site().name; // the site this console shows
        s.speed = replay_speed_->currentData().toDouble();
        if (!replay_from_start_->isChecked()) s.start_ms = replay_start_->dateTime().toMSecsSinceEpoch();
        break;
    }
    case Page::Devices:
        s.kind = SourceSpec::Kind::Devices;
        s.devices = SunSpecSourceConfig::sitePreset(dev_host_->text().trimmed().toStdString(), dev_port_->value(),
                                                    dev_inverter_->value(), dev_storage_->value(), dev_meter_->value());
        s.devices.poll_interval_ms = dev_poll_->value();
        s.devices.sample_interval_ms = dev_poll_->value();
        break;
    case Page::Gpu:
        s.kind = SourceSpec::Kind::Gpu;
        s.gpu.mode = static_cast<GpuTelemetryConfig::Mode>(gpu_mode_->currentData().toInt());
        s.gpu.url = gpu_url_->text().trimmed().toStdString();
        s.gpu.query = gpu_query_->text().trimmed().toStdString();
        s.gpu.node_overhead_factor = gpu_overhead_->value();
        s.gpu.pue = gpu_pue_->value();
        s.gpu.poll_interval_ms = gpu_poll_->value();
        validateGpuTelemetryConfig(s.gpu);
        break;
    }
    return s;
}

bool ConnectionDialog::connectSource() {
    error_->clear();
    try {
        const SourceSpec s = spec();
        std::unique_ptr<LiveSource> source = makeSource(s, adapter_.site());
        const QString db = record_file_->text().trimmed();
        HistorianRecorder* current = adapter_.recorder();
        if (!record_->isChecked()) {
            if (current) adapter_.setRecorder(nullptr);
        } else if (!current || QString::fromStdString(current->path()) != db) {
            if (db.isEmpty()) throw InputError("", tr("Record to historian").toStdString(), "a file name", "");
            QDir().mkpath(QFileInfo(db).absolutePath());
            adapter_.setRecorder(std::make_unique<HistorianRecorder>(db.toStdString(), adapter_.site().name));
        }
        adapter_.setSource(std::move(source), true);
    } catch (const std::exception& e) { // InputError or a historian that cannot be opened
        error_->setText(tr("Not connected: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    refreshStatus();
    return true;
}

void ConnectionDialog::addStatusRow(const QStringList& cells) {
    const int row = status_->rowCount();
    status_->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) status_->setItem(row, c, new QTableWidgetItem(cells[c]));
}

void ConnectionDialog::refreshStatus() {
    status_->setRowCount(0);
    const LiveSource& src = adapter_.source();
    const QString latest_quality = adapter_.hasSample() ? qualityText(adapter_.latest().quality) : QStringLiteral("-");
    if (const auto* dev = dynamic_cast<const SunSpecDeviceSource*>(&src)) {
        for (const SunSpecDeviceStatus& d : dev->deviceStatus()) {
            addStatusRow({QStringLiteral("%1 %2:%3 #%4")
                              .arg(roleText(d.role), QString::fromStdString(d.host))
                              .arg(d.port)
                              .arg(d.unit_id),
                          linkText(d.link), qualityText(d.quality),
                          utcText(d.last_good_poll_ms), QString::number(d.error_count),
                          QString::fromStdString(d.last_error)});
        }
    } else if (const auto* gpu = dynamic_cast<const GpuTelemetrySource*>(&src)) {
        const GpuTelemetryStatus st = gpu->status();
        addStatusRow({QString::fromStdString(gpu->name()), QString::fromStdString(gpu->stateText()), latest_quality,
                      utcText(st.last_good_ms), QString::number(st.errors),
                      st.last_error.empty() ? tr("GPU power %1").arg(formatPower(st.gpu_w / 1000.0))
                                            : QString::fromStdString(st.last_error)});
    } else {
        QString detail;
        if (const auto* replay = dynamic_cast<const ReplaySource*>(&src))
            detail = tr("at %1 of %2 .. %3")
                         .arg(utcText(replay->positionMs()), utcText(replay->firstMs()), utcText(replay->lastMs()));
        addStatusRow({QString::fromStdString(src.name()), QString::fromStdString(src.stateText()), latest_quality,
                      adapter_.hasSample() ? utcText(adapter_.latest().time_ms) : QStringLiteral("-"),
                      QStringLiteral("0"), detail});
    }
    if (HistorianRecorder* r = adapter_.recorder()) {
        const RecorderStats st = r->stats();
        addStatusRow({tr("Historian %1").arg(QString::fromStdString(r->path())),
                      st.last_error.empty() ? tr("recording") : tr("write errors"), QStringLiteral("-"),
                      QStringLiteral("-"), QString::number(st.dropped),
                      st.last_error.empty()
                          ? tr("%1 steps written, %2 queued").arg(st.written).arg(st.queued)
                          : QString::fromStdString(st.last_error)});
    }
    status_->resizeColumnsToContents();
}

} // namespace gridtwin::ui
