// Languages (issue 7 item 2, issue 3): Translations installs the embedded catalogues and the
// default locale; numbers and dates follow it; MainWindow switches language live (menus, docks,
// title) while keeping its layout; the settings dialog is the way users choose the language.

#include "KpiTilesView.h"
#include "LiveSourceAdapter.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "UnitFormat.h"
#include "io/LiveSource.h"
#include "model/SiteConfig.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace gridtwin;
using namespace gridtwin::ui;

namespace {

// A source that never produces anything: the tests look at texts only.
class SilentSource : public LiveSource {
public:
    std::string name() const override { return "silent"; }
    void start() override { state_ = SourceState::Running; }
    void stop() override { state_ = SourceState::Stopped; }
    void setPaused(bool p) override { state_ = p ? SourceState::Paused : SourceState::Running; }
    std::size_t drain(std::vector<StepRecord>&) override { return 0; }
    SourceState state() const override { return state_; }
    std::string stateText() const override { return sourceStateName(state_); }

private:
    SourceState state_ = SourceState::Stopped;
};

QStringList menuTitles(const QMainWindow& w) {
    QStringList out;
    for (const QAction* a : w.menuBar()->actions()) out << a->text();
    return out;
}

QString mw(const char* text) { return QCoreApplication::translate("gridtwin::ui::MainWindow", text); }

// 2024-06-01T10:00:00Z
constexpr std::int64_t kT0 = 1717236000000LL;

} // namespace

class TestLanguages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void applyInstallsCataloguesAndLocale_data() {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("applied");
        QTest::addColumn<QString>("file");      // gridtwin catalogue loaded ("" for English)
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("power");     // formatPower(1234.5)
        QTest::addColumn<QString>("time");      // formatTime(kT0, "Europe/Rome")
        QTest::newRow("en") << "en" << "en" << "" << "&File" << "1.23 MW" << "6/1/2024 12:00:00";
        QTest::newRow("de") << "de" << "de" << ":/i18n/gridtwin_de.qm" << "&Datei" << "1,23 MW"
                            << "01.06.2024 12:00:00";
        QTest::newRow("zh_CN") << "zh_CN" << "zh_CN" << ":/i18n/gridtwin_zh_CN.qm" << "文件(&F)"
                               << "1.23 MW" << "2024/6/1 12:00:00";
        // System locale names map to the language; unsupported ones fall back to English.
        QTest::newRow("de_AT") << "de_AT" << "de" << ":/i18n/gridtwin_de.qm" << "&Datei" << "1,23 MW"
                               << "01.06.2024 12:00:00";
        QTest::newRow("fr_FR") << "fr_FR" << "en" << "" << "&File" << "1.23 MW" << "6/1/2024 12:00:00";
    }
    void applyInstallsCataloguesAndLocale() {
        QFETCH(QString, requested);
        QFETCH(QString, applied);
        QFETCH(QString, file);
        QFETCH(QString, fileMenu);
        QFETCH(QString, power);
        QFETCH(QString, time);
        Translations t;
        t.apply(QStringLiteral("zh_CN"));   // a previous language must go away completely
        QCOMPARE(t.apply(requested), applied);
        QCOMPARE(t.language(), applied);
        QCOMPARE(t.loadedCatalogues().contains(file), !file.isEmpty());
        QCOMPARE(mw("&File"), fileMenu);
        QCOMPARE(formatPower(1234.5), power);
        QCOMPARE(formatTime(kT0, QStringLiteral("Europe/Rome")), time);
    }

    void everyEmbeddedCatalogueLoads() {
        // Each library embeds its catalogues under :/i18n (ui/: gridtwin_, ui/report/: report_;
        // the workbench's join them where it is linked); a language loads all of its own.
        Translations t;
        t.apply(QStringLiteral("de"));
        const QStringList embedded = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*_de.qm")});
        QVERIFY(embedded.contains(QStringLiteral("gridtwin_de.qm")));
        QVERIFY(embedded.contains(QStringLiteral("report_de.qm")));
        QCOMPARE(t.loadedCatalogues().size(), embedded.size());
        t.apply(QStringLiteral("en"));
        QVERIFY(t.loadedCatalogues().isEmpty());
    }

    void mainWindowSwitchesLive() {
        Translations t;
        t.apply(QStringLiteral("en"));
        SilentSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        w.setTranslations(&t);
        w.show();
        auto* alarms = w.findChild<QDockWidget*>(QStringLiteral("alarmDock"));
        QVERIFY(alarms != nullptr);
        alarms->hide();   // the layout must survive the switch
        QVERIFY(menuTitles(w).contains(QStringLiteral("&File")));

        w.setLanguage(QStringLiteral("de"));
        QCOMPARE(w.language(), QStringLiteral("de"));
        QCOMPARE(menuTitles(w).first(), QStringLiteral("&Datei"));
        QVERIFY(menuTitles(w).contains(QStringLiteral("&Werkzeuge")));
        QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("kpiDock"))->windowTitle(), QStringLiteral("Kennzahlen"));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("GridTwin: ")));
        QVERIFY(w.windowTitle().endsWith(QStringLiteral("(live)")));
        QVERIFY(alarms->isHidden());
        QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("alarmDock")), alarms);   // same dock, not a second

        w.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(menuTitles(w).first(), QStringLiteral("文件(&F)"));
        QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("trendDock"))->windowTitle(), QStringLiteral("趋势"));

        w.setLanguage(QStringLiteral("en"));
        QCOMPARE(menuTitles(w).first(), QStringLiteral("&File"));
        QCOMPARE(w.findChildren<QMenuBar*>().size(), 1);   // the old menu bars are gone
    }

    void settingsDialogChoosesTheLanguage() {
        Translations t;
        t.apply(QStringLiteral("en"));
        SilentSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        w.setTranslations(&t);
        auto* dialog = qobject_cast<SettingsDialog*>(w.openScreen(ScreenId::Settings));
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->languageBox()->count(), 3);
        QCOMPARE(dialog->languageBox()->itemText(2), QStringLiteral("简体中文"));
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
        dialog->accept();
        QCOMPARE(w.language(), QStringLiteral("de"));
        QCOMPARE(t.language(), QStringLiteral("de"));
        QCOMPARE(menuTitles(w).first(), QStringLiteral("&Datei"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);   // the closed dialog
        // Opened again, the dialog speaks German and shows the current choice.
        auto* again = qobject_cast<SettingsDialog*>(w.openScreen(ScreenId::Settings));
        QVERIFY(again != nullptr);
        QCOMPARE(again->windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(again->languageBox()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(again->profileBox()->currentText(), QStringLiteral("Bediener"));
        again->reject();
    }
};

QTEST_MAIN(TestLanguages)
#include "TestLanguages.moc"
