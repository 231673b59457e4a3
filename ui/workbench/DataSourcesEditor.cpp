#include "DataSourcesEditor.h"

#include "CandidateSite.h"
#include "io/sunspec/ScannedFieldDevices.h"
#include "model/ParameterTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace gridtwin::ui {

namespace {

const char* const kFieldNames[] = {"role", "host", "port", "unit_id", "poll_interval_ms"};
const QString kLiveSource = QStringLiteral("data_sources.live_source");
constexpr int kScanPollMs = 1000; // poll interval given to scanned devices

const ParameterInfo& deviceInfo(int column) {
    return *findDeviceParameter(std::string("data_sources.devices[].") + kFieldNames[column]);
}

QString tooltip(const ParameterInfo& info) {
    QString tip =
        QString::fromStdString(info.description) + QLatin1Char('\n') +
        DataSourcesEditor::tr("Expected: %1").arg(QString::fromStdString(info.expectedText()));
    const QString def = QString::fromStdString(formatParameterValue(info.default_value));
    if (!def.isEmpty()) tip += QLatin1Char('\n') + DataSourcesEditor::tr("Default: %1").arg(def);
    return tip;
}

QString roleText(DeviceRole role) {
    return QString::fromStdString(
        deviceInfo(DataSourcesEditor::RoleColumn).choices.at(static_cast<std::size_t>(role)));
}

} // namespace

DataSourcesEditor::DataSourcesEditor(CandidateSite& site, QWidget* parent)
    : QWidget(parent), site_(site), live_kind_(new QComboBox(this)), live_arg_(new QLineEdit(this)),
      live_status_(new QLabel(this)), table_(new QTableWidget(0, ColumnCount, this)),
      device_status_(new QLabel(this)),
      scan_host_(new QLineEdit(QStringLiteral("127.0.0.1"), this)), scan_port_(new QSpinBox(this)),
      scan_first_(new QSpinBox(this)), scan_last_(new QSpinBox(this)),
      scan_button_(new QPushButton(tr("Scan"), this)), scan_status_(new QLabel(this)),
      poll_timer_(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);

    auto* live_box = new QGroupBox(tr("Live source the console opens"), this);
    auto* live_form = new QFormLayout(live_box);
    live_kind_->addItem(tr("Simulation"), QStringLiteral("sim"));
    live_kind_->addItem(tr("Field devices of this site (the table below)"),
                        QStringLiteral("devices"));
    live_kind_->addItem(tr("Modbus TCP gateway (devsim unit ids)"), QStringLiteral("devices:"));
    live_kind_->addItem(tr("Replay of a recorded log"), QStringLiteral("replay:"));
    live_kind_->addItem(tr("Prometheus (GPU power)"), QStringLiteral("prometheus:"));
    live_kind_->addItem(tr("dcgm-exporter (GPU power)"), QStringLiteral("dcgm:"));
    live_kind_->setAccessibleName(tr("Live source kind"));
    const ParameterInfo* live_info = findParameter(kLiveSource.toStdString());
    live_kind_->setToolTip(tooltip(*live_info));
    live_arg_->setToolTip(tooltip(*live_info));
    live_arg_->setAccessibleName(tr("Live source address"));
    live_status_->setWordWrap(true);
    live_form->addRow(tr("Kind"), live_kind_);
    live_form->addRow(tr("Address"), live_arg_);
    live_form->addRow(live_status_);
    layout->addWidget(live_box);

    auto* dev_box =
        new QGroupBox(tr("Field devices (SunSpec over Modbus TCP, one per role)"), this);
    auto* dev_layout = new QVBoxLayout(dev_box);
    const QStringList headers = {tr("Role"), tr("Host"), tr("Port"), tr("Unit id"),
                                 tr("Poll interval (ms)")};
    table_->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < ColumnCount; ++c)
        table_->horizontalHeaderItem(c)->setToolTip(tooltip(deviceInfo(c)));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(HostColumn, QHeaderView::Stretch);
    table_->verticalHeader()->setVisible(false);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setMinimumHeight(140);
    dev_layout->addWidget(table_);
    auto* dev_buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add device"), dev_box);
    auto* remove = new QPushButton(tr("Remove device"), dev_box);
    dev_buttons->addWidget(add);
    dev_buttons->addWidget(remove);
    dev_buttons->addStretch(1);
    dev_layout->addLayout(dev_buttons);
    device_status_->setWordWrap(true);
    dev_layout->addWidget(device_status_);

    auto* scan_row = new QHBoxLayout;
    scan_port_->setRange(1, 65535);
    scan_port_->setValue(1502);
    scan_first_->setRange(1, 247);
    scan_first_->setValue(1);
    scan_last_->setRange(1, 247);
    scan_last_->setValue(10);
    scan_host_->setAccessibleName(tr("Scan host"));
    scan_port_->setAccessibleName(tr("Scan port"));
    scan_button_->setToolTip(
        tr("Probe the unit ids of the host for SunSpec devices and list one device per role"));
    scan_row->addWidget(new QLabel(tr("Host"), dev_box));
    scan_row->addWidget(scan_host_, 1);
    scan_row->addWidget(new QLabel(tr("Port"), dev_box));
    scan_row->addWidget(scan_port_);
    scan_row->addWidget(new QLabel(tr("Units"), dev_box));
    scan_row->addWidget(scan_first_);
    scan_row->addWidget(new QLabel(QStringLiteral("–"), dev_box));
    scan_row->addWidget(scan_last_);
    scan_row->addWidget(scan_button_);
    dev_layout->addLayout(scan_row);
    scan_status_->setWordWrap(true);
    dev_layout->addWidget(scan_status_);
    layout->addWidget(dev_box, 1);

    poll_timer_->setInterval(50);
    connect(poll_timer_, &QTimer::timeout, this, &DataSourcesEditor::pollScan);
    connect(scan_button_, &QPushButton::clicked, this, &DataSourcesEditor::startScan);
    connect(add, &QPushButton::clicked, this, &DataSourcesEditor::addDevice);
    connect(remove, &QPushButton::clicked, this, &DataSourcesEditor::removeDevice);
    connect(live_kind_, &QComboBox::activated, this, [this](int) { commitLiveSource(); });
    connect(live_arg_, &QLineEdit::editingFinished, this, [this] { commitLiveSource(); });
    connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!refreshing_)
            setDeviceField(item->row(), static_cast<Column>(item->column()),
                           item->text().trimmed());
    });
    connect(&site_, &CandidateSite::candidateChanged, this, [this](const QString& path) {
        if (path.isEmpty() || path.startsWith(QLatin1String("data_sources."))) refresh();
    });
    refresh();
}

QString DataSourcesEditor::devicePath(int row, Column column) const {
    return QStringLiteral("data_sources.devices[%1].%2")
        .arg(row)
        .arg(QLatin1String(kFieldNames[column]));
}

void DataSourcesEditor::refresh() {
    refreshing_ = true;
    const DataSourcesConfig& ds = site_.candidate().data_sources;
    const QString live = QString::fromStdString(ds.live_source);
    const int colon = live.indexOf(QLatin1Char(':'));
    const QString kind = live == QLatin1String("simulation") ? QStringLiteral("sim")
                         : colon < 0                         ? live
                                                             : live.left(colon + 1);
    const int index = live_kind_->findData(kind);
    live_kind_->setCurrentIndex(std::max(0, index));
    live_arg_->setText(colon < 0 ? QString() : live.mid(colon + 1));
    live_arg_->setEnabled(colon >= 0);
    showLiveError({});

    table_->setRowCount(static_cast<int>(ds.devices.size()));
    const ParameterInfo& role_info = deviceInfo(RoleColumn);
    for (int r = 0; r < table_->rowCount(); ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            const QString text = site_.valueText(devicePath(r, static_cast<Column>(c)));
            if (c == RoleColumn) {
                auto* combo = qobject_cast<QComboBox*>(table_->cellWidget(r, c));
                if (combo == nullptr) {
                    combo = new QComboBox(table_);
                    for (const std::string& choice : role_info.choices)
                        combo->addItem(QString::fromStdString(choice));
                    combo->setToolTip(tooltip(role_info));
                    table_->setCellWidget(r, c, combo);
                    connect(combo, &QComboBox::activated, this, [this, combo](int) {
                        for (int row = 0; row < table_->rowCount(); ++row) {
                            if (table_->cellWidget(row, RoleColumn) == combo)
                                setDeviceField(row, RoleColumn, combo->currentText());
                        }
                    });
                }
                combo->setCurrentText(text);
                continue;
            }
            auto* item = table_->item(r, c);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                item->setToolTip(tooltip(deviceInfo(c)));
                table_->setItem(r, c, item);
            }
            item->setText(text);
        }
    }
    if (ds.devices.empty()) {
        device_status_->setText(tr("No field devices: add them, or scan a gateway."));
        device_status_->setStyleSheet(QString());
    }
    refreshing_ = false;
    emit validityChanged();
}

void DataSourcesEditor::showLiveError(const QString& why) {
    live_error_ = why;
    if (why.isEmpty()) {
        live_status_->setText(tr("Opens: %1").arg(site_.valueText(kLiveSource)));
        live_status_->setStyleSheet(QString());
    } else {
        live_status_->setText(tr("Refused: %1").arg(why));
        live_status_->setStyleSheet(QStringLiteral("color: #e0483e;"));
    }
}

void DataSourcesEditor::commitLiveSource() {
    if (refreshing_) return;
    const QString kind = live_kind_->currentData().toString();
    setLiveSource(kind, kind.endsWith(QLatin1Char(':')) ? live_arg_->text().trimmed() : QString());
}

QString DataSourcesEditor::setLiveSource(const QString& kind, const QString& argument) {
    const int index = live_kind_->findData(kind);
    if (index < 0) return tr("unknown live source kind %1").arg(kind);
    refreshing_ = true;
    live_kind_->setCurrentIndex(index);
    live_arg_->setEnabled(kind.endsWith(QLatin1Char(':')));
    live_arg_->setText(argument);
    refreshing_ = false;
    const QString why = site_.setValueText(kLiveSource, kind + argument);
    showLiveError(why);
    emit validityChanged();
    return why;
}

QString DataSourcesEditor::setDeviceField(int row, Column column, const QString& text) {
    const auto& devices = site_.candidate().data_sources.devices;
    QString why;
    if (row < 0 || row >= static_cast<int>(devices.size())) {
        why = tr("no device in row %1").arg(row + 1);
    } else if (column == RoleColumn) {
        // One device per role: the live source reads each quantity from one device.
        for (int other = 0; other < static_cast<int>(devices.size()); ++other) {
            if (other != row && roleText(devices[static_cast<std::size_t>(other)].role) == text) {
                why = tr("expected one device per role (device %1 is already the %2), found '%2'")
                          .arg(other + 1)
                          .arg(text);
            }
        }
    }
    if (why.isEmpty()) why = site_.setValueText(devicePath(row, column), text);
    device_error_ = why;
    device_status_->setText(why.isEmpty() ? QString() : tr("Refused: %1").arg(why));
    device_status_->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("color: #e0483e;"));
    if (!why.isEmpty()) {
        const QString keep = device_error_;
        refresh(); // the cell shows the stored value again
        device_error_ = keep;
        device_status_->setText(tr("Refused: %1").arg(keep));
        device_status_->setStyleSheet(QStringLiteral("color: #e0483e;"));
    }
    return why;
}

void DataSourcesEditor::addDevice() {
    SiteConfig s = site_.candidate();
    auto& devices = s.data_sources.devices;
    FieldDeviceConfig d;
    bool free_role = false;
    for (DeviceRole role : {DeviceRole::Inverter, DeviceRole::Storage, DeviceRole::Meter}) {
        if (std::none_of(devices.begin(), devices.end(),
                         [&](const FieldDeviceConfig& f) { return f.role == role; })) {
            d.role = role;
            free_role = true;
            break;
        }
    }
    if (!free_role) {
        device_status_->setText(
            tr("Refused: every role (inverter, storage, meter) has a device; remove one first."));
        device_status_->setStyleSheet(QStringLiteral("color: #e0483e;"));
        return;
    }
    if (!devices.empty()) {
        d.host = devices.back().host;
        d.port = devices.back().port;
        d.poll_interval_ms = devices.back().poll_interval_ms;
        d.unit_id = std::min(247, devices.back().unit_id + 1);
    }
    devices.push_back(d);
    site_.replaceCandidate(s, tr("add %1 device").arg(roleText(d.role)));
}

void DataSourcesEditor::removeDevice() {
    SiteConfig s = site_.candidate();
    const int row = table_->currentRow() >= 0 ? table_->currentRow() : table_->rowCount() - 1;
    if (row < 0 || row >= static_cast<int>(s.data_sources.devices.size())) return;
    const QString role = roleText(s.data_sources.devices[static_cast<std::size_t>(row)].role);
    s.data_sources.devices.erase(s.data_sources.devices.begin() + row);
    site_.replaceCandidate(s, tr("remove %1 device").arg(role));
}

void DataSourcesEditor::setScanTarget(const QString& host, int port, int unit_first,
                                      int unit_last) {
    scan_host_->setText(host);
    scan_port_->setValue(port);
    scan_first_->setValue(unit_first);
    scan_last_->setValue(unit_last);
}

QString DataSourcesEditor::scanStatus() const {
    return scan_status_->text();
}

void DataSourcesEditor::startScan() {
    if (scanning()) return;
    if (scan_first_->value() > scan_last_->value()) {
        scan_status_->setText(tr("Refused: expected first unit id <= last, found %1 > %2")
                                  .arg(scan_first_->value())
                                  .arg(scan_last_->value()));
        return;
    }
    SunSpecScanOptions o;
    o.host = scan_host_->text().trimmed().toStdString();
    o.port = scan_port_->value();
    o.unit_first = scan_first_->value();
    o.unit_last = scan_last_->value();
    o.read_values = false; // roles come from the model list; values are not needed
    scan_.start(o);
    scan_button_->setEnabled(false);
    scan_status_->setText(tr("Scanning %1:%2, units %3-%4…")
                              .arg(scan_host_->text().trimmed())
                              .arg(scan_port_->value())
                              .arg(scan_first_->value())
                              .arg(scan_last_->value()));
    scan_status_->setStyleSheet(QString());
    poll_timer_->start();
}

void DataSourcesEditor::pollScan() {
    if (!scan_.finished()) return;
    poll_timer_->stop();
    std::string error;
    const SunSpecScanResult r = scan_.take(error);
    scan_button_->setEnabled(true);
    const QString target =
        QStringLiteral("%1:%2").arg(scan_host_->text().trimmed()).arg(scan_port_->value());
    QString text;
    bool bad = true;
    if (!error.empty()) {
        text = tr("Refused: %1").arg(QString::fromStdString(error));
    } else if (!r.connection.ok()) {
        text =
            tr("No connection to %1: %2").arg(target, QString::fromStdString(r.connection.message));
    } else {
        const ScannedFieldDevices found = fieldDevicesFromScan(
            r, scan_host_->text().trimmed().toStdString(), scan_port_->value(), kScanPollMs);
        if (found.devices.empty()) {
            text = tr("No SunSpec inverter, storage or meter answered at %1; the device list is "
                      "unchanged.")
                       .arg(target);
        } else {
            QStringList parts;
            for (const FieldDeviceConfig& d : found.devices)
                parts << tr("%1 (unit %2)").arg(roleText(d.role)).arg(d.unit_id);
            text = tr("Found at %1: %2.").arg(target, parts.join(QStringLiteral(", ")));
            if (!found.skipped_units.empty()) {
                QStringList units;
                for (int u : found.skipped_units)
                    units << QString::number(u);
                text += QLatin1Char(' ') + tr("Not listed (no role or role taken): units %1.")
                                               .arg(units.join(QStringLiteral(", ")));
            }
            SiteConfig s = site_.candidate();
            s.data_sources.devices = found.devices;
            site_.replaceCandidate(s, tr("devices found at %1").arg(target));
            bad = false;
        }
    }
    scan_status_->setText(text);
    scan_status_->setStyleSheet(bad ? QStringLiteral("color: #e0483e;") : QString());
    emit scanFinished();
}

} // namespace gridtwin::ui
