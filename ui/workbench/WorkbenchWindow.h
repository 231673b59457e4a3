#pragma once
// The engineering workbench window: a page list (site, tuning, explanation, sweeps, devices) beside the
// page stack, the undo history of parameter edits, export of the candidate as a configuration
// version and the guarded "write to devices" action (LiveWritingPanel runs the candidate's
// controller on the live devices). It only composes; each page is its own class.

#include "control/LiveSetpointWriter.h"
#include "model/SiteConfig.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoView;

namespace gridtwin::ui {

class CandidateSite;
class DevicesPage;
class ExplanationPage;
class LiveWritingPanel;
class SiteEditorPage;
class SweepPage;
class TuningPage;
class VersionHistoryPanel;

enum class WorkbenchPage { Site, Tuning, Explanation, Sweep, Devices };

class WorkbenchWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit WorkbenchWindow(const SiteConfig& site, QWidget* parent = nullptr);
    ~WorkbenchWindow() override;

    CandidateSite& candidate() const { return *site_; }
    SiteEditorPage* siteEditor() const { return editor_; }
    TuningPage* tuning() const { return tuning_; }
    ExplanationPage* explanation() const { return explanation_; }
    SweepPage* sweep() const { return sweep_; }
    DevicesPage* devices() const { return devices_; }
    VersionHistoryPanel* versions() const { return versions_; }
    void showPage(WorkbenchPage page);
    WorkbenchPage currentPage() const;

    /// Set by the engineer profile (user profiles live outside the workbench). Writing still asks
    /// for confirmation each time; losing the right stops writing (the battery is released).
    void setDeviceWritingAllowed(bool allowed);
    bool deviceWritingAllowed() const { return writing_allowed_; }
    QAction* writeToDevicesAction() const { return write_action_; }
    QAction* stopWritingAction() const { return stop_write_action_; }
    /// Where starting, the first write and stopping are recorded (the console's session log);
    /// without one, writing does not start.
    void setSetpointAuditLog(LiveSetpointWriter::AuditLog log);
    LiveWritingPanel* liveWriting() const { return live_; }
    /// After the confirmation: connects to the candidate's field devices (data_sources.devices)
    /// and writes its controller's setpoints. Returns why it did not start (empty on success).
    QString startWritingToDevices();
    void stopWritingToDevices();
    QAction* undoAction() const { return undo_action_; }
    QAction* redoAction() const { return redo_action_; }

    /// The SQLite project file versions are exported to and listed from.
    void setProjectFile(const QString& file);
    QString projectFile() const;
    /// Opens the export dialog (who/when/why); on success the candidate becomes the baseline.
    void exportCandidateVersion();

    void restoreLayout();
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void addPage(QWidget* page, const QString& title);
    QDockWidget* addDock(QWidget* w, const QString& title, const QString& name,
                         Qt::DockWidgetArea area = Qt::RightDockWidgetArea);
    void writeToDevices();

    CandidateSite* site_;
    QSplitter* splitter_;
    QListWidget* page_list_;
    QStackedWidget* stack_;
    SiteEditorPage* editor_;
    TuningPage* tuning_;
    ExplanationPage* explanation_;
    SweepPage* sweep_;
    DevicesPage* devices_;
    VersionHistoryPanel* versions_;
    LiveWritingPanel* live_;
    QDockWidget* live_dock_ = nullptr;
    QUndoView* undo_view_ = nullptr;
    QAction* undo_action_ = nullptr;
    QAction* redo_action_ = nullptr;
    QAction* write_action_ = nullptr;
    QAction* stop_write_action_ = nullptr;
    bool writing_allowed_ = false;
};

} // namespace gridtwin::ui
