#include "ReportTranslator.h"

#include <stdexcept>

namespace gridtwin::report {

ReportTranslator::ReportTranslator(const QString& language) : language_(language) {
    if (!supportedLanguages().contains(language))
        throw std::invalid_argument(QStringLiteral("report language '%1' is not supported (expected one of: %2)")
                                        .arg(language, supportedLanguages().join(QStringLiteral(", ")))
                                        .toStdString());
    locale_ = language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(language);
    locale_.setNumberOptions(QLocale::DefaultNumberOptions);
    if (language == QLatin1String("en")) return;
    translator_ = std::make_unique<QTranslator>();
    // qt_add_translations embeds the compiled catalogues under :/i18n.
    const QString file = QStringLiteral(":/i18n/report_%1.qm").arg(language);
    if (!translator_->load(file))
        throw std::runtime_error(QStringLiteral("%1: report catalogue missing from the build").arg(file).toStdString());
}

ReportTranslator::~ReportTranslator() = default;

QString ReportTranslator::translate(const char* context, const char* source, const char* disambiguation,
                                    int n) const {
    QString text;
    if (translator_) text = translator_->translate(context, source, disambiguation, n);
    if (text.isEmpty()) text = QString::fromUtf8(source);
    if (n >= 0) text.replace(QLatin1String("%n"), locale_.toString(n));
    return text;
}

std::optional<QString> ReportTranslator::lookup(const char* context, const char* source) const {
    if (!translator_) return std::nullopt;
    QString text = translator_->translate(context, source);
    if (text.isEmpty()) return std::nullopt;
    return text;
}

} // namespace gridtwin::report
