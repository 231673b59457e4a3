#include "AppOptions.h"

#include "model/InputError.h"
#include "model/SiteConfigJson.h"

#include <QCoreApplication>
#include <QCommandLineParser>

namespace gridtwin::ui {


AppOptions parseAppOptions(const QStringList& arguments) {
    AppOptions o;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("AppOptions", "GridTwin live operations console"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("AppOptions", "Render the main window offscreen into FILE.png and exit."),
                                  QStringLiteral("FILE.png"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   QCoreApplication::translate("AppOptions", "Simulated seconds to run before the screenshot."),
                                   QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption theme(QStringLiteral("theme"), QCoreApplication::translate("AppOptions", "Colour theme: dark or light."),
                                   QStringLiteral("dark|light"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("AppOptions", "Language: en, de or zh_CN."),
                                  QStringLiteral("en|de|zh_CN"));
    const QCommandLineOption screen(
        QStringLiteral("screen"),
        QCoreApplication::translate("AppOptions", "Window the screenshot shows: %1.")
            .arg(screenChoices().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("console"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("AppOptions", "User profile: operator, engineer or compliance."),
        QStringLiteral("operator|engineer|compliance"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        QCoreApplication::translate("AppOptions", "Data source: sim, replay:FILE.csv, replay:FILE.db#SITE, "
                                                  "devices:HOST:PORT[:INV,BESS,MTR], prometheus:URL or dcgm:URL."),
        QStringLiteral("SPEC"));
    const QCommandLineOption site(
        QStringLiteral("site"),
        QCoreApplication::translate("AppOptions", "Site JSON to show; its data_sources.live_source is opened unless --source is given."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("AppOptions", "Record every sample and alarm into this historian file."),
                                QStringLiteral("FILE"));
    p.addOptions({shot, after, screen, theme, lang, profile, site, source, db});
    p.process(arguments);

    o.screenshot_file = p.value(shot);
    bool ok = true;
    o.after_s = p.value(after).toDouble(&ok);
    if (!ok || o.after_s < 0) {
        o.error = QCoreApplication::translate("AppOptions", "--after expects a number of seconds >= 0, found \"%1\"").arg(p.value(after));
    }
    if (const auto choice = parseScreenChoice(p.value(screen))) {
        o.screen = choice->id;
        o.screen_page = choice->page;
    } else {
        o.error = QCoreApplication::translate("AppOptions", "--screen expects one of %1, found \"%2\"")
                      .arg(screenChoices().join(QStringLiteral(", ")), p.value(screen));
    }
    if (p.isSet(theme)) {
        o.theme = parseThemeCode(p.value(theme));
        if (!o.theme) {
            o.error = QCoreApplication::translate("AppOptions", "--theme expects dark or light, found \"%1\"").arg(p.value(theme));
        }
    }
    if (p.isSet(profile)) {
        o.profile = parseProfileCode(p.value(profile).toStdString());
        if (!o.profile) {
            o.error = QCoreApplication::translate("AppOptions", "--profile expects operator, engineer or compliance, found \"%1\"")
                          .arg(p.value(profile));
        }
    }
    o.site = p.value(site);
    o.source = p.value(source);
    o.db = p.value(db);
    o.language = p.value(lang);
    if (!o.language.isEmpty() && o.language != QLatin1String("en") &&
        o.language != QLatin1String("de") && o.language != QLatin1String("zh_CN")) {
        o.error = QCoreApplication::translate("AppOptions", "--lang expects en, de or zh_CN, found \"%1\"").arg(o.language);
    }
    return o;
}

StartupSite startupSite(const AppOptions& options) {
    StartupSite s{referenceSite(), {}};
    if (!options.site.isEmpty()) s.site = loadSiteConfig(options.site.toStdString());
    const std::string text = options.source.isEmpty() ? s.site.data_sources.live_source : options.source.toStdString();
    try {
        s.spec = parseSourceSpec(text, s.site);
    } catch (const InputError& e) {
        if (options.source.isEmpty() && !options.site.isEmpty()) // the site file's live source: name it
            throw InputError(options.site.toStdString(),
                             e.where() == "--source" ? "$.data_sources.live_source" : "$." + e.where(), e.expected(),
                             e.found());
        throw;
    }
    return s;
}

} // namespace gridtwin::ui
