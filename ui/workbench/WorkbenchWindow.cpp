#include "WorkbenchWindow.h"

#include "CandidateSite.h"
#include "DevicesPage.h"
#include "ExplanationPage.h"
#include "ExportVersionDialog.h"
#include "LiveWritingPanel.h"
#include "SiteEditorPage.h"
#include "SweepPage.h"
#include "TuningPage.h"
#include "VersionHistoryPanel.h"

#include "io/SourceSpec.h"
#include "model/InputError.h"
#include "tune/ChangeControl.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>

namespace gridtwin::ui {

WorkbenchWindow::WorkbenchWindow(const SiteConfig& site, QWidget* parent)
    : QMainWindow(parent), site_(new CandidateSite(site, this)), splitter_(new QSplitter(this)),
      page_list_(new QListWidget(splitter_)), stack_(new QStackedWidget(splitter_)),
      editor_(new SiteEditorPage(*site_)), tuning_(new TuningPage(*site_)),
      explanation_(new ExplanationPage), sweep_(new SweepPage(*site_)), devices_(new DevicesPage),
      versions_(new VersionHistoryPanel(*site_)), live_(new LiveWritingPanel) {
    setObjectName(QStringLiteral("WorkbenchWindow"));
    setWindowTitle(tr("GridTwin engineering workbench"));
    page_list_->setObjectName(QStringLiteral("workbenchPages"));
    page_list_->setMaximumWidth(220);
    splitter_->setObjectName(QStringLiteral("workbenchSplitter"));
    splitter_->setStretchFactor(1, 1);
    setCentralWidget(splitter_);
    addPage(editor_, tr("Site"));
    addPage(tuning_, tr("Tuning"));
    addPage(explanation_, tr("Explanation"));
    addPage(sweep_, tr("Sweeps"));
    addPage(devices_, tr("Devices"));
    connect(tuning_, &TuningPage::resultReady, explanation_, &ExplanationPage::setResult);
    connect(page_list_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
    page_list_->setCurrentRow(0);

    undo_view_ = new QUndoView(site_->undoStack());
    undo_view_->setEmptyLabel(tr("<baseline>"));
    QDockWidget* edits = addDock(undo_view_, tr("Edit history"), QStringLiteral("workbenchHistoryDock"));
    QDockWidget* versions = addDock(versions_, tr("Configuration versions"), QStringLiteral("workbenchVersionsDock"));
    tabifyDockWidget(edits, versions);
    edits->raise();
    live_dock_ = addDock(live_, tr("Device writing"), QStringLiteral("workbenchWritingDock"),
                         Qt::BottomDockWidgetArea);
    live_dock_->hide(); // shown when writing starts
    buildActions();
    statusBar()->showMessage(tr("Baseline: %1").arg(QString::fromStdString(site.name)));
    resize(1400, 900);
}

WorkbenchWindow::~WorkbenchWindow() = default;

void WorkbenchWindow::addPage(QWidget* page, const QString& title) {
    stack_->addWidget(page);
    page_list_->addItem(title);
}

QDockWidget* WorkbenchWindow::addDock(QWidget* w, const QString& title, const QString& name,
                                      Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(w);
    addDockWidget(area, dock);
    return dock;
}

void WorkbenchWindow::setProjectFile(const QString& file) { versions_->setProjectFile(file); }
QString WorkbenchWindow::projectFile() const { return versions_->projectFile(); }

void WorkbenchWindow::exportCandidateVersion() {
    ExportVersionDialog dialog(site_->baseline(), site_->candidate(), projectFile(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    setProjectFile(dialog.projectFile());
    site_->adoptCandidateAsBaseline();
    statusBar()->showMessage(tr("Exported to %1; the candidate is the new baseline.").arg(dialog.projectFile()));
}

void WorkbenchWindow::buildActions() {
    QMenu* file = menuBar()->addMenu(tr("&Site"));
    QAction* open = file->addAction(tr("&Open site JSON…"), editor_, &SiteEditorPage::openSiteDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Save site JSON…"), editor_, &SiteEditorPage::saveSiteDialog);
    save->setShortcut(QKeySequence::Save);
    QAction* wizard = file->addAction(tr("&New site…"), editor_, &SiteEditorPage::newSiteWizard);
    wizard->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* export_action = file->addAction(tr("&Export candidate as configuration version…"), this,
                                             &WorkbenchWindow::exportCandidateVersion);
    export_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    write_action_ = file->addAction(tr("&Write candidate to devices…"), this,
                                    &WorkbenchWindow::writeToDevices);
    write_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    stop_write_action_ = file->addAction(tr("S&top writing to devices"), this,
                                         &WorkbenchWindow::stopWritingToDevices);
    stop_write_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    stop_write_action_->setEnabled(false);
    connect(live_, &LiveWritingPanel::writingChanged, stop_write_action_, &QAction::setEnabled);
    file->addSeparator();
    QAction* close_action = file->addAction(tr("&Close"), this, &QWidget::close);
    close_action->setShortcut(QKeySequence::Close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    undo_action_ = site_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo_action_ = site_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo_action_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo_action_);
    edit->addAction(redo_action_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < page_list_->count(); ++i) {
        QAction* a = view->addAction(page_list_->item(i)->text(), this,
                                     [this, i] { page_list_->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    setDeviceWritingAllowed(false);
}

void WorkbenchWindow::showPage(WorkbenchPage page) {
    page_list_->setCurrentRow(static_cast<int>(page));
}

WorkbenchPage WorkbenchWindow::currentPage() const {
    return static_cast<WorkbenchPage>(page_list_->currentRow());
}

void WorkbenchWindow::setDeviceWritingAllowed(bool allowed) {
    writing_allowed_ = allowed;
    write_action_->setEnabled(allowed);
    write_action_->setToolTip(allowed ? tr("Runs the candidate's controller on the live devices and "
                                           "writes its battery setpoints, after confirmation.")
                                      : tr("Disabled: enable setpoint writing in an engineer "
                                           "profile first."));
    if (!allowed && live_->writing()) live_->stop(QStringLiteral("setpoint-writing permission withdrawn"));
}

void WorkbenchWindow::setSetpointAuditLog(LiveSetpointWriter::AuditLog log) {
    live_->setAuditLog(std::move(log));
}

void WorkbenchWindow::writeToDevices() {
    if (!writing_allowed_) return;
    const auto answer = QMessageBox::warning(
        this, tr("Write to devices"),
        tr("Run the candidate's controller on the live devices and write its battery setpoints? "
           "This changes how the real battery is driven until you stop writing."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;
    const QString refused = startWritingToDevices();
    if (!refused.isEmpty()) QMessageBox::warning(this, tr("Write to devices"), refused);
}

QString WorkbenchWindow::startWritingToDevices() {
    if (!writing_allowed_) return tr("Setpoint writing is not enabled in this profile; nothing was written.");
    const SiteConfig& candidate = site_->candidate();
    SunSpecSourceConfig devices;
    try {
        devices = siteDeviceSourceConfig(candidate);
    } catch (const InputError& e) {
        return tr("The site lists no field devices (add them in the site editor's data sources): %1")
            .arg(QString::fromStdString(e.what()));
    }
    // Why, for the audit log: what the candidate changes against the baseline.
    const std::string changes = ChangeControl::describeChanges(site_->baseline(), candidate);
    const QString why = QStringLiteral("workbench candidate of %1: %2")
                            .arg(QString::fromStdString(candidate.name),
                                 changes.empty() ? QStringLiteral("baseline parameters")
                                                 : QString::fromStdString(changes));
    const QString refused = live_->start(candidate, devices, why);
    if (refused.isEmpty()) {
        live_dock_->show();
        live_dock_->raise();
        statusBar()->showMessage(live_->statusText());
    }
    return refused;
}

// Reasons given to the audit log are stored data, kept in English like the core's entries.
void WorkbenchWindow::stopWritingToDevices() { live_->stop(QStringLiteral("stopped by the user")); }

void WorkbenchWindow::restoreLayout() {
    QSettings s;
    s.beginGroup(QStringLiteral("workbench"));
    restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    // Every named splitter (the pages' own ones included) keeps its sizes.
    for (QSplitter* sp : findChildren<QSplitter*>()) {
        if (!sp->objectName().isEmpty()) sp->restoreState(s.value(sp->objectName()).toByteArray());
    }
    page_list_->setCurrentRow(s.value(QStringLiteral("page"), 0).toInt());
    const QString project = s.value(QStringLiteral("project")).toString();
    if (!project.isEmpty()) setProjectFile(project);
}

void WorkbenchWindow::saveLayout() const {
    QSettings s;
    s.beginGroup(QStringLiteral("workbench"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    for (QSplitter* sp : findChildren<QSplitter*>()) {
        if (!sp->objectName().isEmpty()) s.setValue(sp->objectName(), sp->saveState());
    }
    s.setValue(QStringLiteral("page"), page_list_->currentRow());
    s.setValue(QStringLiteral("project"), projectFile());
}

void WorkbenchWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    event->accept();
}

} // namespace gridtwin::ui
