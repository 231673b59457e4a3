#include "LiveWritingPanel.h"

#include "ReasonTimeline.h"
#include "model/InputError.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <exception>

namespace gridtwin::ui {

namespace {

std::int64_t wallMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString kwText(double kw) {
    return QLocale().toString(kw, 'f', 1) + QStringLiteral(" kW");
}

} // namespace

LiveWritingPanel::LiveWritingPanel(QWidget* parent)
    : QWidget(parent), status_(new QLabel(this)),
      stop_button_(new QPushButton(tr("Stop writing"), this)), timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("LiveWritingPanel"));
    status_->setObjectName(QStringLiteral("liveWritingStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stop_button_->setObjectName(QStringLiteral("stopWritingButton"));
    stop_button_->setToolTip(
        tr("Releases the battery to its own control and closes the device connection"));
    stop_button_->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(status_, 1);
    layout->addWidget(stop_button_);
    // 5 Hz: the device source samples at 1 Hz by default; this keeps the delay well below that.
    timer_->setInterval(200);
    connect(timer_, &QTimer::timeout, this, &LiveWritingPanel::poll);
    connect(stop_button_, &QPushButton::clicked, this,
            [this] { stop(QStringLiteral("stopped by the user")); });
    showStatus();
}

LiveWritingPanel::~LiveWritingPanel() {
    // Without signals: the window that listens is being destroyed too.
    const QSignalBlocker block(this);
    stop(QStringLiteral("workbench closed"));
}

void LiveWritingPanel::setAuditLog(LiveSetpointWriter::AuditLog log) {
    audit_ = std::move(log);
}

QString LiveWritingPanel::start(const SiteConfig& candidate, const SunSpecSourceConfig& devices,
                                const QString& why) {
    if (writing()) return tr("Already writing to %1; stop first.").arg(target_);
    if (!audit_)
        return tr(
            "No project file is open to record the writes in (open one with --db or record to a "
            "historian); nothing was written.");
    const SunSpecDeviceConfig* storage = nullptr;
    for (const SunSpecDeviceConfig& d : devices.devices)
        if (d.role == SunSpecRole::Storage) storage = &d;
    if (storage == nullptr) return tr("The site lists no storage device; nothing was written.");
    const QString host =
        QString::fromStdString(storage->host.empty() ? devices.host : storage->host);
    const int port = storage->port > 0 ? storage->port : devices.port;
    const QString target = tr("%1:%2 (storage unit %3)").arg(host).arg(port).arg(storage->unit_id);
    try {
        SunSpecSourceConfig cfg = devices;
        cfg.allow_setpoint_writes = true;
        auto source = std::make_unique<SunSpecDeviceSource>(cfg);
        SunSpecDeviceSource* src = source.get();
        auto writer = std::make_unique<LiveSetpointWriter>(
            LiveBessControl(candidate),
            [src](std::optional<double> kw) { return src->requestBessSetpointKw(kw); }, audit_);
        // Recorded before the connection opens: a start the log refuses does not happen.
        writer->start(wallMs(), target.toStdString(), why.toStdString());
        source->start();
        writer_ = std::move(writer);
        source_ = std::move(source);
    } catch (const std::exception& e) {
        return tr("Not started: %1").arg(QString::fromStdString(e.what()));
    }
    target_ = target;
    timer_->start();
    stop_button_->setEnabled(true);
    showStatus();
    emit writingChanged(true);
    return {};
}

void LiveWritingPanel::stop(const QString& why) {
    if (!writer_) return;
    const bool was_active = timer_->isActive(); // also when the writer stopped itself
    writer_->stop(wallMs(), why.toStdString());
    // The release is queued for the storage thread, which writes it before stop() joins it.
    timer_->stop();
    if (source_) source_->stop();
    stop_button_->setEnabled(false);
    showStatus();
    if (was_active) emit writingChanged(false);
}

void LiveWritingPanel::poll() {
    if (!writer_ || !source_) return;
    writer_->drain(*source_);
    writer_->checkWatchdog(wallMs());
    showStatus();
    // The writer stops itself when the log refuses the first write.
    if (!writer_->running()) stop(QStringLiteral("writer stopped"));
}

QString LiveWritingPanel::statusText() const {
    return status_->text();
}

void LiveWritingPanel::showStatus() {
    if (!writer_) {
        status_->setText(tr("Not writing to devices."));
        return;
    }
    const LiveSetpointStatus& s = writer_->status();
    QString text =
        s.running ? tr("Writing to %1.").arg(target_) : tr("Stopped writing to %1.").arg(target_);
    if (s.written_kw && s.written_kw->has_value()) {
        text +=
            QLatin1Char(' ') +
            tr("Last setpoint %1 (%2).").arg(kwText(**s.written_kw), reasonLabel(s.last.reason));
    } else if (s.written_kw) {
        text += QLatin1Char(' ') + tr("Battery released to its own control.");
    } else if (s.running) {
        text += QLatin1Char(' ') + tr("Waiting for the first trusted measurement…");
    }
    if (s.last.action == LiveBessAction::Release && !s.last.note.empty())
        text += QLatin1Char(' ') + tr("Released: %1.").arg(QString::fromStdString(s.last.note));
    if (source_) {
        for (const SunSpecDeviceStatus& d : source_->deviceStatus()) {
            if (d.role != SunSpecRole::Storage) continue;
            if (!d.connected)
                text += QLatin1Char(' ') + tr("Storage device not connected.");
            else
                text += QLatin1Char(' ') + tr("Storage device reports %1.").arg(kwText(d.power_kw));
            if (!d.last_error.empty())
                text += QLatin1Char(' ') +
                        tr("Device error: %1").arg(QString::fromStdString(d.last_error));
        }
    }
    if (!s.last_error.empty()) text += QLatin1Char(' ') + QString::fromStdString(s.last_error);
    status_->setText(text);
}

} // namespace gridtwin::ui
