#include "DevicesPage.h"

#include "model/InputError.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <fstream>

namespace gridtwin::ui {

namespace {

QString pointValueText(const SunSpecPointValue& p) {
    if (!p.implemented) return QStringLiteral("—");
    if (!p.text.empty()) return QString::fromStdString(p.text);
    return QString::number(p.value, 'g', 8);
}

QColor outcomeColour(CheckOutcome o) {
    switch (o) {
    case CheckOutcome::Pass: return {0x2e, 0xa0, 0x43};
    case CheckOutcome::Fail: return {0xe0, 0x48, 0x3e};
    case CheckOutcome::Skipped: break;
    }
    return {0x88, 0x88, 0x88};
}

} // namespace

DevicesPage::DevicesPage(QWidget* parent)
    : QWidget(parent), host_(new QLineEdit(QStringLiteral("127.0.0.1"), this)), port_(new QSpinBox(this)),
      first_(new QSpinBox(this)), last_(new QSpinBox(this)), timeout_(new QSpinBox(this)),
      scan_button_(new QPushButton(tr("Scan"), this)), cancel_button_(new QPushButton(tr("Cancel"), this)),
      check_button_(new QPushButton(tr("Run point checks"), this)),
      save_button_(new QPushButton(tr("Save report…"), this)), progress_(new QProgressBar(this)),
      status_(new QLabel(this)), tree_(new QTreeWidget(this)), checks_(new QTableWidget(0, 6, this)),
      poll_timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("DevicesPage"));
    port_->setRange(1, 65535);
    port_->setValue(1502); // gridtwin-devsim's default; 502 needs privileges
    first_->setRange(1, 247);
    first_->setValue(1);
    last_->setRange(1, 247);
    last_->setValue(10);
    timeout_->setRange(50, 10000);
    timeout_->setValue(500);
    timeout_->setSuffix(QStringLiteral(" ms"));
    host_->setToolTip(tr("Host name or IP address of the Modbus TCP gateway or device"));
    first_->setToolTip(tr("First Modbus unit id to probe (1..247)"));
    last_->setToolTip(tr("Last Modbus unit id to probe (1..247)"));
    timeout_->setToolTip(tr("How long to wait for each answer"));

    auto* form = new QFormLayout;
    form->addRow(tr("Host"), host_);
    form->addRow(tr("Port"), port_);
    auto* units = new QHBoxLayout;
    units->addWidget(first_);
    units->addWidget(new QLabel(QStringLiteral("…"), this));
    units->addWidget(last_);
    form->addRow(tr("Unit ids"), units);
    form->addRow(tr("Timeout"), timeout_);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {scan_button_, cancel_button_, check_button_, save_button_}) buttons->addWidget(b);
    buttons->addStretch(1);
    scan_button_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    scan_button_->setToolTip(tr("Probe every unit id of the range for SunSpec devices (Ctrl+Return)"));
    cancel_button_->setEnabled(false);
    check_button_->setEnabled(false);
    save_button_->setEnabled(false);
    progress_->setRange(0, 1000);
    progress_->setValue(0);

    tree_->setColumnCount(3);
    tree_->setHeaderLabels({tr("Device / model / point"), tr("Value"), tr("Unit")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    checks_->setHorizontalHeaderLabels({tr("Result"), tr("Device"), tr("Check"), tr("Measured"), tr("Expected"), tr("Note")});
    checks_->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    checks_->verticalHeader()->hide();
    checks_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("devicesSplitter"));
    split->addWidget(tree_);
    split->addWidget(checks_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(split, 1);
    status_->setWordWrap(true);
    status_->setText(tr("Enter the address of the site's Modbus TCP gateway (or gridtwin-devsim) and scan."));

    poll_timer_->setInterval(50);
    connect(poll_timer_, &QTimer::timeout, this, &DevicesPage::poll);
    connect(scan_button_, &QPushButton::clicked, this, &DevicesPage::startScan);
    connect(cancel_button_, &QPushButton::clicked, this, &DevicesPage::cancelScan);
    connect(check_button_, &QPushButton::clicked, this, &DevicesPage::runChecks);
    connect(save_button_, &QPushButton::clicked, this, &DevicesPage::saveDialog);
}

void DevicesPage::setTarget(const QString& host, int port, int unit_first, int unit_last) {
    host_->setText(host);
    port_->setValue(port);
    first_->setValue(unit_first);
    last_->setValue(unit_last);
}

QString DevicesPage::targetText() const {
    return QStringLiteral("%1:%2, units %3-%4").arg(host_->text().trimmed()).arg(port_->value()).arg(first_->value()).arg(last_->value());
}

void DevicesPage::startScan() {
    if (scanning()) return;
    if (first_->value() > last_->value()) {
        status_->setText(tr("Refused: expected first unit id <= last, found %1 > %2").arg(first_->value()).arg(last_->value()));
        return;
    }
    SunSpecScanOptions o;
    o.host = host_->text().trimmed().toStdString();
    o.port = port_->value();
    o.unit_first = first_->value();
    o.unit_last = last_->value();
    o.timeout_ms = timeout_->value();
    job_.start(o);
    tree_->clear();
    checks_->setRowCount(0);
    report_ = {};
    scan_button_->setEnabled(false);
    cancel_button_->setEnabled(true);
    check_button_->setEnabled(false);
    save_button_->setEnabled(false);
    progress_->setValue(0);
    status_->setText(tr("Scanning %1…").arg(targetText()));
    poll_timer_->start();
}

void DevicesPage::cancelScan() { job_.cancel(); }

void DevicesPage::poll() {
    const int span = last_->value() - first_->value() + 1;
    const int at = job_.unit() - first_->value();
    progress_->setValue(std::clamp(1000 * at / std::max(1, span), 0, 1000));
    if (!job_.finished()) return;
    poll_timer_->stop();
    std::string error;
    scan_ = job_.take(error);
    scan_button_->setEnabled(true);
    cancel_button_->setEnabled(false);
    progress_->setValue(1000);
    if (!error.empty()) {
        status_->setText(tr("Refused: %1").arg(QString::fromStdString(error)));
    } else {
        showScan();
    }
    emit scanFinished();
}

void DevicesPage::showScan() {
    for (const SunSpecScannedDevice& d : scan_.devices) {
        auto* dev = new QTreeWidgetItem(tree_, {tr("Unit %1: %2 %3 (serial %4)")
                                                    .arg(d.unit_id)
                                                    .arg(QString::fromStdString(d.manufacturer), QString::fromStdString(d.model),
                                                         QString::fromStdString(d.serial))});
        for (const SunSpecScannedModel& m : d.models) {
            const QString name = m.info.name.empty() ? tr("unknown model") : QString::fromStdString(m.info.name);
            auto* model = new QTreeWidgetItem(dev, {tr("Model %1: %2").arg(m.info.id).arg(name)});
            if (!m.read.ok()) model->setText(1, QString::fromStdString(m.read.message));
            for (const SunSpecPointValue& p : m.values.points) {
                auto* item = new QTreeWidgetItem(model, {QString::fromStdString(p.label.empty() ? p.name : p.name + " - " + p.label),
                                                         pointValueText(p), QString::fromStdString(p.units)});
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
        dev->setExpanded(true);
    }
    QString text;
    if (!scan_.connection.ok()) {
        text = tr("No connection to %1: %2").arg(targetText(), QString::fromStdString(scan_.connection.message));
    } else {
        text = tr("%1 SunSpec devices found at %2%3.")
                   .arg(scan_.devices.size())
                   .arg(targetText(), scan_.cancelled ? tr(" (cancelled)") : QString());
        for (const auto& [unit, err] : scan_.unit_errors)
            text += QLatin1Char('\n') + tr("Unit %1: %2").arg(unit).arg(QString::fromStdString(err.message));
    }
    status_->setText(text);
    check_button_->setEnabled(!scan_.devices.empty());
}

void DevicesPage::runChecks() {
    report_ = runPointChecks(scan_, targetText().toStdString());
    checks_->setRowCount(static_cast<int>(report_.checks.size()));
    for (int r = 0; r < checks_->rowCount(); ++r) {
        const PointCheck& c = report_.checks[static_cast<std::size_t>(r)];
        auto* outcome = new QTableWidgetItem(QString::fromLatin1(checkOutcomeName(c.outcome)).toUpper());
        outcome->setForeground(outcomeColour(c.outcome));
        checks_->setItem(r, 0, outcome);
        checks_->setItem(r, 1, new QTableWidgetItem(c.unit_id == 0 ? tr("site") : tr("unit %1, model %2").arg(c.unit_id).arg(c.model_id)));
        checks_->setItem(r, 2, new QTableWidgetItem(QString::fromStdString(c.category + ": " + c.point)));
        checks_->setItem(r, 3, new QTableWidgetItem(QString::fromStdString(c.measured)));
        checks_->setItem(r, 4, new QTableWidgetItem(QString::fromStdString(c.expected)));
        checks_->setItem(r, 5, new QTableWidgetItem(QString::fromStdString(c.note)));
    }
    checks_->resizeColumnsToContents();
    status_->setText(tr("Point checks: %1 passed, %2 failed, %3 skipped: %4")
                         .arg(report_.count(CheckOutcome::Pass))
                         .arg(report_.count(CheckOutcome::Fail))
                         .arg(report_.count(CheckOutcome::Skipped))
                         .arg(report_.passed() ? tr("PASS") : tr("FAIL")));
    save_button_->setEnabled(true);
}

QString DevicesPage::saveReport(const QString& file) const {
    std::ofstream out(file.toStdString(), std::ios::binary);
    if (!out) return tr("cannot write %1").arg(file);
    if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) writePointCheckCsv(out, report_);
    else writePointCheckText(out, report_);
    out.close();
    return out ? QString() : tr("cannot write %1").arg(file);
}

void DevicesPage::saveDialog() {
    const QString f = QFileDialog::getSaveFileName(this, tr("Save point-check report"), QStringLiteral("point-checks.csv"),
                                                   tr("CSV (*.csv);;Text (*.txt)"));
    if (f.isEmpty()) return;
    const QString error = saveReport(f);
    status_->setText(error.isEmpty() ? tr("Saved %1").arg(f) : tr("Not saved: %1").arg(error));
}

} // namespace gridtwin::ui
