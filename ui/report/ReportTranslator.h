#pragma once
// The report's own catalogue (translations/report_<lang>.ts), independent of the UI language:
// a report in German can be generated from an English UI, in any thread, without touching the
// application's installed translators.

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <optional>

namespace gridtwin::report {

class ReportTranslator {
public:
    /// `language`: "en", "de" or "zh_CN". Throws std::invalid_argument for any other code, and
    /// std::runtime_error when the catalogue of a supported language is missing from the build.
    explicit ReportTranslator(const QString& language);
    ~ReportTranslator();
    ReportTranslator(const ReportTranslator&) = delete;
    ReportTranslator& operator=(const ReportTranslator&) = delete;

    /// The translation, or the English source when the catalogue has none; "%n" is replaced by
    /// `n` in the report locale.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;
    /// The catalogue's translation of `source`, or nullopt when it has none (always for English).
    std::optional<QString> lookup(const char* context, const char* source) const;
    const QLocale& locale() const { return locale_; }
    const QString& language() const { return language_; }

    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}; }

private:
    QString language_;
    QLocale locale_;
    std::unique_ptr<QTranslator> translator_; // null for English (the source language)
};

} // namespace gridtwin::report
