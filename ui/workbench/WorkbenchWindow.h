#pragma once
// The engineering workbench window: a page list (site, tuning, explanation, sweeps) beside the
// page stack, the undo history of parameter edits, export of the candidate as a configuration
// version and the guarded "write to devices" action. It only composes; each page is its own class.

#include "model/SiteConfig.h"

#include <QMainWindow>

class QAction;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoView;

namespace gridtwin::ui {

class CandidateSite;
class SiteEditorPage;

enum class WorkbenchPage { Site, Tuning, Explanation, Sweep };

class WorkbenchWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit WorkbenchWindow(const SiteConfig& site, QWidget* parent = nullptr);
    ~WorkbenchWindow() override;

    CandidateSite& candidate() const { return *site_; }
    SiteEditorPage* siteEditor() const { return editor_; }
    void showPage(WorkbenchPage page);
    WorkbenchPage currentPage() const;

    /// Set by the engineer profile (user profiles live outside the workbench). Writing still asks
    /// for confirmation each time.
    void setDeviceWritingAllowed(bool allowed);
    bool deviceWritingAllowed() const { return writing_allowed_; }
    QAction* writeToDevicesAction() const { return write_action_; }
    QAction* undoAction() const { return undo_action_; }
    QAction* redoAction() const { return redo_action_; }

    void restoreLayout();
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void addPage(QWidget* page, const QString& title);
    void writeToDevices();

    CandidateSite* site_;
    QSplitter* splitter_;
    QListWidget* page_list_;
    QStackedWidget* stack_;
    SiteEditorPage* editor_;
    QUndoView* undo_view_ = nullptr;
    QAction* undo_action_ = nullptr;
    QAction* redo_action_ = nullptr;
    QAction* write_action_ = nullptr;
    bool writing_allowed_ = false;
};

} // namespace gridtwin::ui
