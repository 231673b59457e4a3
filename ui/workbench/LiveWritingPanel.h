#pragma once
// The workbench's live write path (issue 5 item 6): its own connection to the site's field
// devices (SunSpecDeviceSource with setpoint writing on), the candidate's controller run on what
// they measure (core LiveSetpointWriter) on a GUI timer, and a status line: where it writes, the
// last setpoint and its reason, and what the storage device said. Stop releases the battery.
// It never starts without an audit log to record the start in.

#include "control/LiveSetpointWriter.h"
#include "io/sunspec/SunSpecDeviceSource.h"
#include "model/SiteConfig.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace gridtwin::ui {

class LiveWritingPanel : public QWidget {
    Q_OBJECT
public:
    explicit LiveWritingPanel(QWidget* parent = nullptr);
    ~LiveWritingPanel() override; // stops writing (releases the battery)

    /// Where start and stop are recorded (the app binds the session's audit log); empty = none,
    /// and then start() refuses.
    void setAuditLog(LiveSetpointWriter::AuditLog log);
    bool hasAuditLog() const { return static_cast<bool>(audit_); }

    /// Connects to devices and starts writing the candidate's controller setpoints. Returns the
    /// reason it did not start (empty on success). why goes to the audit log.
    QString start(const SiteConfig& candidate, const SunSpecSourceConfig& devices,
                  const QString& why);
    /// Releases the battery, records why and closes the device connection.
    void stop(const QString& why);
    bool writing() const { return writer_ != nullptr && writer_->running(); }

    const LiveSetpointWriter* writer() const { return writer_.get(); }
    const SunSpecDeviceSource* source() const { return source_.get(); }
    QString statusText() const;
    QPushButton* stopButton() const { return stop_button_; }

signals:
    void writingChanged(bool writing);

private:
    void poll();
    void showStatus();

    QLabel* status_;
    QPushButton* stop_button_;
    QTimer* timer_;
    LiveSetpointWriter::AuditLog audit_;
    std::unique_ptr<SunSpecDeviceSource> source_;
    std::unique_ptr<LiveSetpointWriter> writer_;
    QString target_;
};

} // namespace gridtwin::ui
