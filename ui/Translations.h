#pragma once
// The translators of the running program: Qt's own catalogue plus every GridTwin catalogue
// embedded under :/i18n/ (gridtwin_, workbench_, report_ ...). Switching removes the previous
// set first, so the language can change while the program runs; the default QLocale follows, so
// numbers (UnitFormat) use the chosen language's separators.

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace gridtwin::ui {

/// The languages GridTwin ships: "en", "de", "zh_CN".
QStringList supportedLanguages();
/// "English", "Deutsch", "简体中文" (each in its own language, as language menus show them).
QString languageDisplayName(const QString& code);

class Translations {
public:
    Translations();
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    /// Installs the catalogues of `code` ("en", "de", "zh_CN" or a system locale name such as
    /// "de_AT"; unsupported languages fall back to English). Returns the code applied.
    QString apply(const QString& code);
    const QString& language() const { return language_; }
    /// The GridTwin catalogues loaded by the last apply() (":/i18n/gridtwin_de.qm", ...).
    const QStringList& loadedCatalogues() const { return loaded_; }

private:
    void removeAll();

    QString language_ = QStringLiteral("en");
    QStringList loaded_;
    std::vector<std::unique_ptr<QTranslator>> installed_;
};

} // namespace gridtwin::ui
