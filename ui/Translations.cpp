#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gridtwin::ui {

QStringList supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString languageDisplayName(const QString& code) {
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (code == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

Translations::Translations() = default;

Translations::~Translations() { removeAll(); }

void Translations::removeAll() {
    for (auto& t : installed_) QCoreApplication::removeTranslator(t.get());
    installed_.clear();
    loaded_.clear();
}

QString Translations::apply(const QString& code) {
    // "de_AT" -> "de", "zh_Hans_CN" / "zh_CN" -> "zh_CN": the catalogues are per language.
    QString lang = QStringLiteral("en");
    if (code.startsWith(QLatin1String("de"))) lang = QStringLiteral("de");
    if (code.startsWith(QLatin1String("zh"))) lang = QStringLiteral("zh_CN");
    removeAll();
    language_ = lang;
    const QLocale locale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang);
    QLocale::setDefault(locale);
    if (lang == QLatin1String("en")) return lang;   // the sources are English
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed_.push_back(std::move(qt));
    }
    const QDir dir(QStringLiteral(":/i18n"));
    for (const QString& name : dir.entryList({QStringLiteral("*_%1.qm").arg(lang)}, QDir::Files)) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(dir.filePath(name))) {
            QCoreApplication::installTranslator(t.get());
            loaded_ << dir.filePath(name);
            installed_.push_back(std::move(t));
        }
    }
    return lang;
}

} // namespace gridtwin::ui
