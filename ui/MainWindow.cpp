#include "MainWindow.h"

#include "AlarmListView.h"
#include "KpiTilesView.h"
#include "LiveSourceAdapter.h"
#include "PowerFlowView.h"
#include "UnitFormat.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include <array>
#include <cmath>
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

QDockWidget* makeDock(QMainWindow* w, const QString& title, const QString& object_name,
                      QWidget* content) {
    auto* d = new QDockWidget(title, w);
    d->setObjectName(object_name);   // restoreState needs stable names
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                   QDockWidget::DockWidgetFloatable);
    return d;
}

} // namespace

MainWindow::MainWindow(LiveSourceAdapter& adapter, Theme theme, QWidget* parent)
    : QMainWindow(parent), adapter_(adapter), theme_(theme),
      flow_(new PowerFlowView(adapter.site(), this)), kpis_(new KpiTilesView(this)),
      trends_(new TrendPanel(adapter, this)), alarms_(new AlarmListView(adapter, this)),
      kpi_dock_(makeDock(this, tr("Key figures"), QStringLiteral("kpiDock"), kpis_)),
      trend_dock_(makeDock(this, tr("Trends"), QStringLiteral("trendDock"), trends_)),
      alarm_dock_(makeDock(this, tr("Alarms and events"), QStringLiteral("alarmDock"), alarms_)),
      source_label_(new QLabel(this)), time_label_(new QLabel(this)),
      origin_label_(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GridTwin: %1 (live)").arg(QString::fromStdString(adapter.site().name)));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gridtwin.svg")));
    setCentralWidget(flow_);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    addDockWidget(Qt::TopDockWidgetArea, kpi_dock_);
    addDockWidget(Qt::RightDockWidgetArea, trend_dock_);
    addDockWidget(Qt::BottomDockWidgetArea, alarm_dock_);
    resizeDocks({trend_dock_}, {820}, Qt::Horizontal);
    resizeDocks({alarm_dock_}, {170}, Qt::Vertical);

    origin_label_->setText(tr("Weather: PVGIS TMY 45.0N 8.0E (bundled); prices and carbon: "
                              "built-in example profiles"));
    statusBar()->addWidget(source_label_);
    statusBar()->addWidget(time_label_);
    statusBar()->addPermanentWidget(origin_label_);

    buildActions();
    buildMenus();
    setTheme(theme);

    connect(&adapter_, &LiveSourceAdapter::updated, this, &MainWindow::onAdapterUpdated);
    connect(&adapter_, &LiveSourceAdapter::frameTick, flow_, &PowerFlowView::setAnimationPhase);
    connect(&adapter_, &LiveSourceAdapter::frameTick, this, [this] { refreshTexts(false); });
    connect(&adapter_, &LiveSourceAdapter::sourceStateChanged, this, [this] { updateStatus(); });
    refreshFromAdapter();
}

void MainWindow::buildActions() {
    auto* bar = addToolBar(tr("Simulation"));
    bar->setObjectName(QStringLiteral("simulationToolBar"));
    bar->setMovable(false);

    pause_action_ = new QAction(tr("Pause"), this);
    pause_action_->setShortcut(QKeySequence(Qt::Key_Space));
    pause_action_->setCheckable(true);
    pause_action_->setToolTip(tr("Pause or resume the source (Space)"));
    connect(pause_action_, &QAction::triggered, this, &MainWindow::togglePause);
    bar->addAction(pause_action_);

    step_action_ = new QAction(tr("Step"), this);
    step_action_->setShortcut(QKeySequence(Qt::Key_S));
    step_action_->setToolTip(tr("Produce one sample while paused (S)"));
    connect(step_action_, &QAction::triggered, this, [this] {
        if (!pause_action_->isChecked()) togglePause();
        adapter_.stepOnce();
    });
    bar->addAction(step_action_);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Speed:"), bar));

    speed_group_ = new QActionGroup(this);
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

    fullscreen_action_ = new QAction(tr("Full screen"), this);
    fullscreen_action_->setShortcut(QKeySequence(Qt::Key_F11));
    fullscreen_action_->setCheckable(true);
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
    auto* group = new QActionGroup(this);
    dark_action_ = theme->addAction(tr("Dark"));
    light_action_ = theme->addAction(tr("Light"));
    for (QAction* a : {dark_action_, light_action_}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(dark_action_, &QAction::triggered, this, [this] { setTheme(Theme::Dark); });
    connect(light_action_, &QAction::triggered, this, [this] { setTheme(Theme::Light); });
    QMenu* lang = view->addMenu(tr("&Language"));
    const std::array<std::pair<QString, QString>, 3> languages = {
        {{QStringLiteral("en"), QStringLiteral("English")},
         {QStringLiteral("de"), QStringLiteral("Deutsch")},
         {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}};
    for (const auto& [code, name] : languages) {
        connect(lang->addAction(name), &QAction::triggered, this,
                [this, c = code] { chooseLanguage(c); });
    }
    view->addSeparator();
    view->addAction(fullscreen_action_);

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
    if (adapter_.hasSample()) {
        const std::int64_t t = adapter_.latest().time_ms;
        const QString zone = QString::fromStdString(adapter_.site().location.time_zone);
        const QString time_text = tr("Simulated time: %1 UTC · %2 %3")
                                      .arg(formatTime(t, QString()), formatTime(t, zone), zone);
        if (time_label_->text() != time_text) time_label_->setText(time_text);
    }
}

QWidget* MainWindow::openScreen(ScreenId id) {
    QWidget* w = nullptr;
    switch (id) {
    case ScreenId::Console: w = this; break;
    case ScreenId::Settings: break;
    case ScreenId::Connection:
    case ScreenId::Workbench:
    case ScreenId::Report: break;
    }
    const ScreenOpener& opener = screen_openers_.at(static_cast<std::size_t>(id));
    if (w == nullptr && opener) w = opener();
    if (w != nullptr) {
        w->show();
        w->raise();
        w->activateWindow();
    }
    return w;
}

void MainWindow::setScreenOpener(ScreenId id, ScreenOpener opener) {
    screen_openers_.at(static_cast<std::size_t>(id)) = std::move(opener);
}

void MainWindow::chooseLanguage(const QString& code) {
    appSettings().setValue(QStringLiteral("language"), code);
    QMessageBox::information(this, tr("Language"),
                             tr("The language changes the next time GridTwin starts."));
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
    connect(trends_, &TrendPanel::windowChanged, this, [](TrendWindow tw) {
        appSettings().setValue(QStringLiteral("trendWindow"), static_cast<int>(tw));
    });
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
