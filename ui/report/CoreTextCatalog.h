#pragma once
// The fixed English strings that core/ writes into a carbon study and the white paper prints (EED
// fields, groups, sources and qualities; data-quality items; sensitivity methods; CBAM streams and
// evidence; manifest roles and notes; calculation flags). core has no Qt, so this is the one place
// that lists them for lupdate, in context "CoreText" of the report catalogue.

#include "ReportTranslator.h"

#include <QRegularExpression>
#include <QString>
#include <optional>
#include <span>
#include <vector>

namespace gridtwin::report {

/// Core strings looked up whole, as core writes them.
std::span<const char* const> coreTextStrings();
/// Core strings built from a fixed text and values read from the inputs (ids, paths, counts,
/// versions): "%1".."%9" stand for the values.
std::span<const char* const> coreTextTemplates();

/// Translates core text through the report catalogue: a whole string first, else the first
/// template whose fixed parts match; a template's values are themselves translated when they are
/// core text ("residual mix: %1" inside "Scope 2 MBM (reported); residual: %1"), else kept as
/// given.
class CoreTextTranslator {
public:
    explicit CoreTextTranslator(const ReportTranslator& translator);

    /// The translation, or nullopt when neither a string nor a template of the catalogue matches
    /// (always nullopt for English, the source language).
    std::optional<QString> translate(const QString& text) const;

private:
    struct Template {
        QRegularExpression pattern;   // fixed parts escaped, each %n a lazy capture
        std::vector<int> arg_numbers; // the n of each capture, in order
        const char* source;
    };

    const ReportTranslator& tr_;
    std::vector<Template> templates_;
};

} // namespace gridtwin::report
