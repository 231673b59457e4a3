#pragma once
// The live operations console. It only composes: the power-flow view (centre), KPI tiles, trends
// and alarms (dock widgets), toolbar and shortcuts for the source, status bar, menus, theme and
// the remembered layout. Domain logic lives in core; data arrives through LiveSourceAdapter.
// A language switch rebuilds the views and menus (their constructors translate) and keeps the
// layout; the user session (profile, setpoint writing) decides which screens are offered.

#include "ScreenId.h"
#include "Theme.h"
#include "TrendPanel.h"
#include "access/UserSession.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <QPointer>

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
class Translations;
struct SettingsChoice;

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
    /// from libraries above ui/ (workbench) are handed in by the app with setScreenOpener.
    /// Also nullptr when the profile does not offer the screen (Workbench needs Tune, Connection
    /// Commission, Report GenerateReports).
    QWidget* openScreen(ScreenId id);
    using ScreenOpener = std::function<QWidget*()>;   // returns the window, created once
    void setScreenOpener(ScreenId id, ScreenOpener opener);
    bool screenAvailable(ScreenId id) const;   // in this build (a case or an opener)
    bool screenAllowed(ScreenId id) const;     // by the current profile
    QAction* screenAction(ScreenId id) const;  // the Tools menu entry (nullptr for the console)

    /// Profile and setpoint-writing permission of the person at the console.
    const UserSession& session() const { return session_; }
    /// Records an action needing capability in the project's audit log as this session's user
    /// and profile (UserSession::record, e.g. the workbench's setpoint writes); throws
    /// PermissionDenied when the session may not do it or no project file is open.
    std::int64_t recordAction(Capability needed, std::int64_t time_ms, const std::string& action,
                              const std::string& detail) {
        return session_.record(needed, time_ms, action, detail);
    }
    /// Switches the profile (audited when a project file is open), hides what it does not offer
    /// and closes open screens it may not use. Emits sessionChanged.
    void setProfile(UserProfile profile);
    /// The audit log of the open project file (empty = none); setpoint writing ends without one.
    void setAuditLog(AuditWriter log);
    /// Returns an empty string on success, else why not (profile, no project file, no reason).
    QString setSetpointWriting(bool enabled, const QString& reason);

    /// The translators a live language switch installs; without them the choice is only saved.
    void setTranslations(Translations* translations) { translations_ = translations; }
    /// Installs the language and rebuilds every text of the window; remembered when the layout is.
    void setLanguage(const QString& code);
    QString language() const;
    /// Applies a Settings dialog choice (language, theme, profile, setpoint writing).
    QString applySettings(const SettingsChoice& choice);

signals:
    /// Profile or setpoint-writing permission changed (workbench and others follow it).
    void sessionChanged();

public slots:
    void setTheme(gridtwin::ui::Theme theme);
    void setSpeed(double factor);
    void togglePause();
    void refreshFromAdapter();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildViews();
    void buildChrome();
    void buildActions();
    void buildMenus();
    void applyProfile();
    void updateStatus();
    void onAdapterUpdated();
    /// KPI tiles and status bar: at once when forced, else at most every 200 ms (on the tick).
    void refreshTexts(bool force);
    QWidget* openSettings();
    QWidget* openReport();   // the compliance white paper (ReportDialog)
    void showAbout();

    LiveSourceAdapter& adapter_;
    Theme theme_;
    bool remember_ = false;
    UserSession session_;
    Translations* translations_ = nullptr;
    QString language_;   // set when no translator object handles it
    QObject* chrome_ = nullptr;   // parent of every action; replaced on a language switch
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
    std::array<ScreenOpener, 5> screen_openers_;     // indexed by ScreenId
    std::array<QPointer<QWidget>, 5> open_screens_;  // what openScreen returned
    std::array<QAction*, 5> screen_actions_{};
    QElapsedTimer since_texts_;
    bool texts_dirty_ = false;
};

} // namespace gridtwin::ui
