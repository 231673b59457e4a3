#pragma once
// The live operations console. It only composes: the power-flow view (centre), KPI tiles, trends
// and alarms (dock widgets), toolbar and shortcuts for the source, status bar, menus, theme and
// the remembered layout. Domain logic lives in core; data arrives through LiveSourceAdapter.

#include "ScreenId.h"
#include "Theme.h"
#include "TrendPanel.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <array>
#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;

namespace gridtwin::ui {

class AlarmListView;
class KpiTilesView;
class LiveSourceAdapter;
class PowerFlowView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LiveSourceAdapter& adapter, Theme theme = Theme::Dark,
                        QWidget* parent = nullptr);

    /// Restores geometry, docks and the trend window from QSettings and saves them on close.
    void restoreLayout();
    void saveLayout() const;

    Theme theme() const { return theme_; }
    PowerFlowView* flowView() const { return flow_; }
    KpiTilesView* kpiTiles() const { return kpis_; }
    TrendPanel* trends() const { return trends_; }
    AlarmListView* alarms() const { return alarms_; }
    QString statusText() const;

    /// Opens (shows and raises) the top-level widget of a screen and returns it, nullptr when
    /// this build has no such screen. Screens built in ui/ get a case in openScreen(); windows
    /// from libraries above ui/ (workbench, report) are handed in by the app with setScreenOpener.
    QWidget* openScreen(ScreenId id);
    using ScreenOpener = std::function<QWidget*()>;   // returns the window, created once
    void setScreenOpener(ScreenId id, ScreenOpener opener);

public slots:
    void setTheme(gridtwin::ui::Theme theme);
    void setSpeed(double factor);
    void togglePause();
    void refreshFromAdapter();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void updateStatus();
    void onAdapterUpdated();
    /// KPI tiles and status bar: at once when forced, else at most every 200 ms (on the tick).
    void refreshTexts(bool force);
    void chooseLanguage(const QString& code);
    void showAbout();

    LiveSourceAdapter& adapter_;
    Theme theme_;
    bool remember_ = false;
    PowerFlowView* flow_;
    KpiTilesView* kpis_;
    TrendPanel* trends_;
    AlarmListView* alarms_;
    QDockWidget* kpi_dock_;
    QDockWidget* trend_dock_;
    QDockWidget* alarm_dock_;
    QAction* pause_action_ = nullptr;
    QAction* step_action_ = nullptr;
    QAction* fullscreen_action_ = nullptr;
    QActionGroup* speed_group_ = nullptr;
    QAction* dark_action_ = nullptr;
    QAction* light_action_ = nullptr;
    QLabel* source_label_;
    QLabel* time_label_;
    QLabel* origin_label_;
    std::array<ScreenOpener, 5> screen_openers_;   // indexed by ScreenId
    QElapsedTimer since_texts_;
    bool texts_dirty_ = false;
};

} // namespace gridtwin::ui
