// gridtwin: the live operations console. Builds the object graph (style.md rule 9): the site
// (--site FILE or the reference site), the live source (--source, else the site's own, by default
// the embedded simulator), the optional historian recorder (--db), the adapter and the main window.

#include "AppOptions.h"
#include "ConnectionDialog.h"
#include "LiveSourceAdapter.h"
#include "MainWindow.h"
#include "RecorderAudit.h"
#include "ScreenshotRunner.h"
#include "Translations.h"
#include "WorkbenchScreenshot.h"
#include "WorkbenchWindow.h"
#include "access/UserSession.h"
#include "control/LiveSetpointWriter.h"
#include "io/SourceSpec.h"
#include "model/SiteConfig.h"
#include "model/TimeUtc.h"
#include "store/HistorianRecorder.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>

int main(int argc, char** argv) {
    using namespace gridtwin;
    // --screenshot, --help and --version must work without a display: choose the offscreen
    // platform before Qt starts.
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        const bool headless = arg.starts_with("--screenshot") || arg == "--help" || arg == "-h" ||
                              arg == "--help-all" || arg == "--version" || arg == "-v";
        if (headless && std::getenv("DISPLAY") == nullptr && std::getenv("WAYLAND_DISPLAY") == nullptr) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GridTwin"));
    QApplication::setApplicationName(QStringLiteral("gridtwin"));
    QApplication::setApplicationVersion(QStringLiteral(GRIDTWIN_VERSION));

    const ui::AppOptions opts = ui::parseAppOptions(QApplication::arguments());
    if (!opts.error.isEmpty()) {
        std::fprintf(stderr, "gridtwin: %s\n", qPrintable(opts.error));
        return 2;
    }
    const bool screenshot = !opts.screenshot_file.isEmpty();
    QSettings settings;
    QString lang = opts.language;
    if (lang.isEmpty() && !screenshot) lang = settings.value(QStringLiteral("language")).toString();
    if (lang.isEmpty() && !screenshot) lang = QLocale::system().name();
    ui::Translations translations;
    translations.apply(lang);
    ui::Theme theme = ui::Theme::Dark;   // control rooms are dark
    if (opts.theme) {
        theme = *opts.theme;
    } else if (!screenshot) {
        theme = ui::parseThemeCode(settings.value(QStringLiteral("theme")).toString())
                    .value_or(ui::Theme::Dark);
    }
    ui::applyTheme(app, theme);

    SiteConfig site;
    SourceSpec spec;
    std::unique_ptr<LiveSource> source;
    std::unique_ptr<HistorianRecorder> recorder;
    try {
        ui::StartupSite start = ui::startupSite(opts);
        site = std::move(start.site);
        spec = std::move(start.spec);
        // 2024-06-01 08:00 UTC = 10:00 in Rome: the console opens on a sunny morning.
        if (spec.kind == SourceSpec::Kind::Simulation && spec.start_ms == 0)
            spec.start_ms = *parseIsoUtc("2024-06-01T08:00:00Z");
        source = makeSource(spec, site);
        if (!opts.db.isEmpty()) recorder = std::make_unique<HistorianRecorder>(opts.db.toStdString(), site.name);
    } catch (const std::exception& e) { // InputError (bad spec or file) or a historian that will not open
        std::fprintf(stderr, "gridtwin: %s\n", e.what());
        return 2;
    }
    ui::LiveSourceAdapter adapter(site, std::move(source));
    if (recorder) adapter.setRecorder(std::move(recorder));
    ui::MainWindow window(adapter, theme);
    window.setTranslations(&translations);
    // The file recorded into (--db or the connection dialog) is the project file: its audit log
    // takes the permission changes, profile switches and generated reports.
    ui::followRecorderAudit(window, adapter);
    QPointer<ui::ConnectionDialog> connection;
    window.setScreenOpener(ui::ScreenId::Connection, [&]() -> QWidget* {
        if (connection.isNull()) {
            connection = new ui::ConnectionDialog(adapter, &window);
            connection->showSpec(spec);
        }
        return connection.data();
    });

    // The engineering workbench (Tools menu): one window, created on first use; writing to
    // devices follows the profile's setpoint-writing permission (and stops when it goes), and is
    // recorded in the session's audit log as the console's user.
    std::unique_ptr<ui::WorkbenchWindow> workbench;
    window.setScreenOpener(ui::ScreenId::Workbench, [&]() -> QWidget* {
        if (!workbench) {
            workbench = std::make_unique<ui::WorkbenchWindow>(site);
            workbench->setSetpointAuditLog([&window](std::int64_t t, const std::string& action,
                                                     const std::string& detail) {
                const bool stopping = action == LiveSetpointWriter::kStopAction;
                window.recordAction(stopping ? Capability::WatchConsole : Capability::WriteSetpoints,
                                    t, action, detail);
            });
            QObject::connect(&window, &ui::MainWindow::sessionChanged, workbench.get(),
                             [&window, wb = workbench.get()] {
                                 wb->setDeviceWritingAllowed(window.session().may(Capability::WriteSetpoints));
                             });
            QString why;
            if (!screenshot) workbench->restoreLayout();
            else if (!ui::prepareWorkbenchScreenshot(*workbench, opts.screen_page, &why))
                std::fprintf(stderr, "gridtwin: workbench: %s\n", qPrintable(why));
        }
        workbench->setDeviceWritingAllowed(window.session().may(Capability::WriteSetpoints));
        return workbench.get();
    });

    if (screenshot) {
        window.setProfile(opts.profile.value_or(ui::profileForScreen(opts.screen)));
        return ui::runScreenshot(adapter, window, opts.screenshot_file, opts.after_s,
                                 opts.screen) ? 0 : 1;
    }
    window.restoreLayout();
    if (opts.profile) window.setProfile(*opts.profile);
    window.show();
    adapter.start();
    const int rc = QApplication::exec();
    adapter.source().stop();
    return rc;
}
