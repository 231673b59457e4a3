#include "ReportDocument.h"

namespace gridtwin::report {

QString reportFontFamily(const QLocale& locale) {
    // DejaVu Sans has no CJK glyphs; Noto Sans CJK SC (fonts-noto-cjk) covers Latin as well.
    if (locale.language() == QLocale::Chinese) return QStringLiteral("Noto Sans CJK SC");
    return QStringLiteral("DejaVu Sans");
}

} // namespace gridtwin::report
