#include "MainWindow.h"

#include "AlarmListView.h"
#include "KpiTilesView.h"
#include "LiveSourceAdapter.h"
#include "PowerFlowView.h"
#include "ReplayControl.h"
#include "ReportDialog.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "UnitFormat.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include <array>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <utility>

namespace gridtwin::ui {

namespace {

struct SpeedChoice {
    double factor;
    Qt::Key key;
};
constexpr std::array<SpeedChoice, 5> kSpeeds = {
    {{1, Qt::Key_1}, {10, Qt::Key_2}, {60, Qt::Key_3}, {600, Qt::Key_4}, {0, Qt::Key_5}}};

QSettings appSettings() { return QSettings(QStringLiteral("GridTwin"), QStringLiteral("gridtwin")); }

QString stateName(SourceState s) {
    switch (s) {
    case SourceState::Stopped: return MainWindow::tr("stopped");
    case SourceState::Running: return MainWindow::tr("running");
    case SourceState::Paused: return MainWindow::tr("paused");
    case SourceState::Finished: return MainWindow::tr("finished");
    case SourceState::Faulted: return MainWindow::tr("faulted");
    }
    return {};
}

QString speedName(double factor) {
    return factor <= 0 ? MainWindow::tr("max speed") : MainWindow::tr("%1×").arg(factor);
}

QDockWidget* makeDock(QMainWindow* w, const QString& object_name) {
    auto* d = new QDockWidget(w);
    d->setObjectName(object_name);   // restoreState needs stable names
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                   QDockWidget::DockWidgetFloatable);
    return d;
}

} // namespace

MainWindow::MainWindow(LiveSourceAdapter& adapter, Theme theme, QWidget* parent)
    : QMainWindow(parent), adapter_(adapter), theme_(theme),
      session_(qEnvironmentVariable("USER", QStringLiteral("unknown")).toStdString(),
               UserProfile::Operator),
      flow_(nullptr), kpis_(nullptr), trends_(nullptr), alarms_(nullptr),
      kpi_dock_(makeDock(this, QStringLiteral("kpiDock"))),
      trend_dock_(makeDock(this, QStringLiteral("trendDock"))),
      alarm_dock_(makeDock(this, QStringLiteral("alarmDock"))),
      source_label_(new QLabel(this)), time_label_(new QLabel(this)),
      origin_label_(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gridtwin.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    addDockWidget(Qt::TopDockWidgetArea, kpi_dock_);
    addDockWidget(Qt::RightDockWidgetArea, trend_dock_);
    addDockWidget(Qt::BottomDockWidgetArea, alarm_dock_);
    statusBar()->addWidget(source_label_);
    statusBar()->addWidget(time_label_);
    statusBar()->addPermanentWidget(new ReplayControl(adapter_, this)); // hidden unless a replay
    statusBar()->addPermanentWidget(origin_label_);

    buildViews();
    buildChrome();
    resizeDocks({trend_dock_}, {820}, Qt::Horizontal);
    resizeDocks({alarm_dock_}, {170}, Qt::Vertical);
    setTheme(theme);
    applyProfile();

    connect(&adapter_, &LiveSourceAdapter::updated, this, &MainWindow::onAdapterUpdated);
    connect(&adapter_, &LiveSourceAdapter::frameTick, this, [this] { refreshTexts(false); });
    connect(&adapter_, &LiveSourceAdapter::sourceStateChanged, this, [this] { updateStatus(); });
    refreshFromAdapter();
}

void MainWindow::buildViews() {
    // Old views go with deleteLater: a language switch may come from one of their own signals.
    for (QWidget* old : std::initializer_list<QWidget*>{flow_, kpis_, trends_, alarms_}) {
        if (old != nullptr) old->deleteLater();
    }
    const TrendWindow trend_window = trends_ != nullptr ? trends_->window() : TrendWindow::Hour1;
    flow_ = new PowerFlowView(adapter_.site(), this);
    kpis_ = new KpiTilesView(this);
    trends_ = new TrendPanel(adapter_, this);
    alarms_ = new AlarmListView(adapter_, this);
    setCentralWidget(flow_);
    kpi_dock_->setWidget(kpis_);
    trend_dock_->setWidget(trends_);
    alarm_dock_->setWidget(alarms_);
    trends_->setWindow(trend_window);
    connect(&adapter_, &LiveSourceAdapter::frameTick, flow_, &PowerFlowView::setAnimationPhase);
    connect(trends_, &TrendPanel::windowChanged, this, [this](TrendWindow tw) {
        if (remember_) appSettings().setValue(QStringLiteral("trendWindow"), static_cast<int>(tw));
    });
}

void MainWindow::buildChrome() {
    delete chrome_;   // every old action with it; menus go with the old menu bar
    chrome_ = new QObject(this);
    for (QToolBar* bar : findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly)) {
        removeToolBar(bar);
        bar->deleteLater();
    }
    setMenuBar(new QMenuBar(this));
    setWindowTitle(tr("GridTwin: %1 (live)").arg(QString::fromStdString(adapter_.site().name)));
    kpi_dock_->setWindowTitle(tr("Key figures"));
    trend_dock_->setWindowTitle(tr("Trends"));
    alarm_dock_->setWindowTitle(tr("Alarms and events"));
    origin_label_->clear();   // updateStatus names the simulation's inputs when the source is simulated
    source_label_->clear();   // updateStatus rewrites texts that differ
    time_label_->clear();
    buildActions();
    buildMenus();
}

void MainWindow::buildActions() {
    auto* bar = addToolBar(tr("Simulation"));
    bar->setObjectName(QStringLiteral("simulationToolBar"));
    bar->setMovable(false);

    pause_action_ = new QAction(tr("Pause"), chrome_);
    pause_action_->setShortcut(QKeySequence(Qt::Key_Space));
    pause_action_->setCheckable(true);
    pause_action_->setToolTip(tr("Pause or resume the source (Space)"));
    connect(pause_action_, &QAction::triggered, this, &MainWindow::togglePause);
    bar->addAction(pause_action_);

    step_action_ = new QAction(tr("Step"), chrome_);
    step_action_->setShortcut(QKeySequence(Qt::Key_S));
    step_action_->setToolTip(tr("Produce one sample while paused (S)"));
    connect(step_action_, &QAction::triggered, this, [this] {
        if (!pause_action_->isChecked()) togglePause();
        adapter_.stepOnce();
    });
    bar->addAction(step_action_);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Speed:"), bar));

    speed_group_ = new QActionGroup(chrome_);
    for (const SpeedChoice& s : kSpeeds) {
        auto* a = new QAction(speedName(s.factor), speed_group_);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(s.key));
        a->setData(s.factor);
        a->setToolTip(tr("Run at %1 (%2)").arg(speedName(s.factor),
                                               QKeySequence(s.key).toString()));
        a->setChecked(std::fabs(adapter_.source().speed() - s.factor) < 1e-9);
        connect(a, &QAction::triggered, this, [this, f = s.factor] { setSpeed(f); });
        bar->addAction(a);
    }

    fullscreen_action_ = new QAction(tr("Full screen"), chrome_);
    fullscreen_action_->setShortcut(QKeySequence(Qt::Key_F11));
    fullscreen_action_->setCheckable(true);
    fullscreen_action_->setChecked(isFullScreen());
    connect(fullscreen_action_, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    addAction(fullscreen_action_);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
    sim->addAction(pause_action_);
    sim->addAction(step_action_);
    sim->addSeparator();
    sim->addActions(speed_group_->actions());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(kpi_dock_->toggleViewAction());
    view->addAction(trend_dock_->toggleViewAction());
    view->addAction(alarm_dock_->toggleViewAction());
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(chrome_);
    dark_action_ = theme->addAction(tr("Dark"));
    light_action_ = theme->addAction(tr("Light"));
    for (QAction* a : {dark_action_, light_action_}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(dark_action_, &QAction::triggered, this, [this] { setTheme(Theme::Dark); });
    connect(light_action_, &QAction::triggered, this, [this] { setTheme(Theme::Light); });
    QMenu* lang = view->addMenu(tr("&Language"));
    auto* lang_group = new QActionGroup(chrome_);
    for (const QString& code : supportedLanguages()) {
        QAction* a = lang->addAction(languageDisplayName(code));
        a->setCheckable(true);
        a->setChecked(code == language());
        lang_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    view->addSeparator();
    view->addAction(fullscreen_action_);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    const std::array<std::pair<ScreenId, QString>, 4> screens = {{
        {ScreenId::Connection, tr("&Connect to a data source...")},
        {ScreenId::Workbench, tr("Engineering &workbench...")},
        {ScreenId::Report, tr("&Report...")},
        {ScreenId::Settings, tr("&Settings...")},
    }};
    screen_actions_.fill(nullptr);
    for (const auto& [id, text] : screens) {
        QAction* a = tools->addAction(text);
        a->setParent(chrome_);
        connect(a, &QAction::triggered, this, [this, screen = id] { openScreen(screen); });
        screen_actions_.at(static_cast<std::size_t>(id)) = a;
    }
    screen_actions_.at(static_cast<std::size_t>(ScreenId::Settings))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    screen_actions_.at(static_cast<std::size_t>(ScreenId::Connection))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O)); // Ctrl+K acknowledges alarms

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About GridTwin")), &QAction::triggered, this,
            &MainWindow::showAbout);
}

void MainWindow::setTheme(Theme theme) {
    theme_ = theme;
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        applyTheme(*app, theme);
    }
    flow_->setTheme(theme);
    kpis_->setTheme(theme);
    trends_->setTheme(theme);
    if (dark_action_ != nullptr) {
        dark_action_->setChecked(theme == Theme::Dark);
        light_action_->setChecked(theme == Theme::Light);
    }
    if (remember_) appSettings().setValue(QStringLiteral("theme"), themeCode(theme));
}

void MainWindow::setSpeed(double factor) {
    adapter_.setSpeed(factor);
    for (QAction* a : speed_group_->actions()) {
        a->setChecked(std::fabs(a->data().toDouble() - factor) < 1e-9);
    }
    updateStatus();
}

void MainWindow::togglePause() {
    const bool paused = adapter_.source().state() != SourceState::Paused;
    adapter_.setPaused(paused);
    pause_action_->setChecked(paused);
    pause_action_->setText(paused ? tr("Resume") : tr("Pause"));
    updateStatus();
}

void MainWindow::refreshFromAdapter() {
    if (adapter_.hasSample()) flow_->setState(adapter_.latest());
    texts_dirty_ = true;
    refreshTexts(true);
}

void MainWindow::onAdapterUpdated() {
    if (adapter_.hasSample()) flow_->setState(adapter_.latest());
    texts_dirty_ = true;
    refreshTexts(false);
}

void MainWindow::refreshTexts(bool force) {
    // Figures people read need not change more than ~5 times a second; text relayout is not free.
    constexpr qint64 kTextIntervalMs = 200;
    if (!texts_dirty_) return;
    if (!force && since_texts_.isValid() && since_texts_.elapsed() < kTextIntervalMs) return;
    texts_dirty_ = false;
    if (adapter_.hasSample()) since_texts_.start();   // the first sample shows at once
    if (adapter_.hasSample()) kpis_->setSnapshot(adapter_.kpis());
    updateStatus();
}

QString MainWindow::statusText() const {
    return source_label_->text() + QStringLiteral(" | ") + time_label_->text();
}

void MainWindow::updateStatus() {
    const LiveSource& src = adapter_.source();
    const QString src_text = tr("%1: %2, %3")
                                 .arg(QString::fromStdString(src.name()), stateName(src.state()),
                                      speedName(src.speed()));
    if (source_label_->text() != src_text) {
        source_label_->setText(src_text);
        for (QAction* a : speed_group_->actions()) {   // the speed may be set from outside
            a->setChecked(std::fabs(a->data().toDouble() - src.speed()) < 1e-9);
        }
    }
    const QString origin_text = src.simulated()
                                    ? tr("Weather: PVGIS TMY 45.0N 8.0E (bundled); prices and carbon: "
                                         "built-in example profiles")
                                    : QString();
    if (origin_label_->text() != origin_text) origin_label_->setText(origin_text);
    if (adapter_.hasSample()) {
        const std::int64_t t = adapter_.latest().time_ms;
        const QString zone = QString::fromStdString(adapter_.site().location.time_zone);
        const QString time_format = src.simulated() ? tr("Simulated time: %1 UTC · %2 %3")
                                                    : tr("Source time: %1 UTC · %2 %3");
        const QString time_text = time_format.arg(formatTime(t, QString()), formatTime(t, zone), zone);
        if (time_label_->text() != time_text) time_label_->setText(time_text);
    }
}

namespace {

std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

bool MainWindow::screenAvailable(ScreenId id) const {
    switch (id) {
    case ScreenId::Console:
    case ScreenId::Settings:
    case ScreenId::Report: return true;
    case ScreenId::Connection:
    case ScreenId::Workbench: break;
    }
    return static_cast<bool>(screen_openers_.at(static_cast<std::size_t>(id)));
}

bool MainWindow::screenAllowed(ScreenId id) const {
    const auto needed = screenCapability(id);
    return !needed || session_.may(*needed);
}

QAction* MainWindow::screenAction(ScreenId id) const {
    return screen_actions_.at(static_cast<std::size_t>(id));
}

QWidget* MainWindow::openScreen(ScreenId id) {
    if (!screenAllowed(id)) return nullptr;
    QWidget* w = nullptr;
    switch (id) {
    case ScreenId::Console: w = this; break;
    case ScreenId::Settings: w = openSettings(); break;
    case ScreenId::Report: w = openReport(); break;
    case ScreenId::Connection:
    case ScreenId::Workbench: break;
    }
    const ScreenOpener& opener = screen_openers_.at(static_cast<std::size_t>(id));
    if (w == nullptr && opener) w = opener();
    if (w != nullptr) {
        open_screens_.at(static_cast<std::size_t>(id)) = w;
        w->show();
        w->raise();
        w->activateWindow();
    }
    return w;
}

void MainWindow::setScreenOpener(ScreenId id, ScreenOpener opener) {
    screen_openers_.at(static_cast<std::size_t>(id)) = std::move(opener);
    applyProfile();
}

void MainWindow::applyProfile() {
    for (std::size_t i = 0; i < screen_actions_.size(); ++i) {
        const auto id = static_cast<ScreenId>(i);
        if (QAction* a = screen_actions_.at(i)) a->setVisible(screenAvailable(id) && screenAllowed(id));
        QWidget* open = open_screens_.at(i);
        if (open != nullptr && open != this && !screenAllowed(id)) open->close();
    }
    if (alarms_ != nullptr) alarms_->setAcknowledgeAllowed(session_.may(Capability::AcknowledgeAlarms));
}

void MainWindow::setProfile(UserProfile profile) {
    if (profile == session_.profile()) return;
    try {
        session_.switchProfile(profile, nowMs());
    } catch (const PermissionDenied&) {
        // The project file went away under the log: without one, switches are not recorded.
        session_.setAuditLog({});
        session_.switchProfile(profile, nowMs());
    }
    if (remember_) {
        appSettings().setValue(QStringLiteral("profile"), QString::fromStdString(profileCode(profile)));
    }
    applyProfile();
    emit sessionChanged();
}

void MainWindow::setAuditLog(AuditWriter log) {
    const bool was_writing = session_.setpointWritingEnabled();
    if (was_writing) {
        // Leaving the project file: record the end of writing while its log still takes entries
        // (it may not: the file can be closed already; setAuditLog ends writing either way).
        try {
            session_.setSetpointWriting(false, nowMs(), "project file closed");
        } catch (const PermissionDenied&) {
        }
    }
    session_.setAuditLog(std::move(log));
    if (was_writing != session_.setpointWritingEnabled()) emit sessionChanged();
}

QString MainWindow::setSetpointWriting(bool enabled, const QString& reason) {
    if (enabled == session_.setpointWritingEnabled()) return {};
    try {
        session_.setSetpointWriting(enabled, nowMs(), reason.toStdString());
    } catch (const PermissionDenied& e) {
        return QString::fromStdString(e.what());
    }
    emit sessionChanged();
    return {};
}

QString MainWindow::language() const {
    return translations_ != nullptr ? translations_->language() : language_;
}

void MainWindow::setLanguage(const QString& code) {
    if (translations_ != nullptr) {
        translations_->apply(code);
    } else {
        language_ = code;
    }
    if (remember_) appSettings().setValue(QStringLiteral("language"), language());
    // Views and menus set their texts in their constructors: build them again in the new
    // language, keeping docks, sizes and the trend window.
    const QByteArray state = saveState();
    buildViews();
    buildChrome();
    setTheme(theme_);
    applyProfile();
    restoreState(state);
    refreshFromAdapter();
}

QString MainWindow::applySettings(const SettingsChoice& choice) {
    if (choice.theme != theme_) setTheme(choice.theme);
    setProfile(choice.profile);
    const QString refused = setSetpointWriting(choice.setpoint_writing, choice.setpoint_reason);
    if (choice.language != language()) setLanguage(choice.language);
    return refused;
}

QWidget* MainWindow::openSettings() {
    auto* existing = qobject_cast<SettingsDialog*>(
        open_screens_.at(static_cast<std::size_t>(ScreenId::Settings)).data());
    if (existing != nullptr) return existing;
    SettingsChoice current;
    current.language = language();
    current.theme = theme_;
    current.profile = session_.profile();
    current.setpoint_writing = session_.setpointWritingEnabled();
    auto* dialog = new SettingsDialog(current, session_.hasAuditLog(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString refused = applySettings(dialog->choice());
        if (!refused.isEmpty()) QMessageBox::warning(this, tr("Setpoint writing"), refused);
    });
    return dialog;
}

QWidget* MainWindow::openReport() {
    if (QWidget* existing = open_screens_.at(static_cast<std::size_t>(ScreenId::Report)).data()) return existing;
    auto* dialog = new ReportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Generated reports go into the project file's audit log when one is open.
    connect(dialog, &ReportDialog::generationFinished, this, [this](bool ok) {
        if (!ok || !session_.hasAuditLog()) return;
        try {
            session_.record(Capability::GenerateReports, nowMs(), "generate_report", "white paper (report dialog)");
        } catch (const PermissionDenied&) {   // the file was closed meanwhile: nothing to record in
        }
    });
    return dialog;
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About GridTwin"),
        tr("<h3>GridTwin %1</h3><p>Energy digital twin for AI compute sites: GPU cluster, PV, "
           "battery storage and grid.</p><p>Licence: GNU General Public License, version 3 or "
           "later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.</p>")
            .arg(QStringLiteral(GRIDTWIN_VERSION)));
}

void MainWindow::restoreLayout() {
    remember_ = true;
    QSettings s = appSettings();
    restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("windowState")).toByteArray());
    const int w = s.value(QStringLiteral("trendWindow"), static_cast<int>(TrendWindow::Hour1)).toInt();
    if (w >= 0 && w <= static_cast<int>(TrendWindow::Hour24)) {
        trends_->setWindow(static_cast<TrendWindow>(w));
    }
    const auto profile = parseProfileCode(s.value(QStringLiteral("profile")).toString().toStdString());
    if (profile) setProfile(*profile);
}

void MainWindow::saveLayout() const {
    QSettings s = appSettings();
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("windowState"), saveState());
    s.setValue(QStringLiteral("theme"), themeCode(theme_));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (remember_) saveLayout();
    event->accept();
}

} // namespace gridtwin::ui
