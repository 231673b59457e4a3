#include "ReportStyle.h"

#include <cmath>
#include <utility>

namespace gridtwin::report {

ReportStyle::ReportStyle(QString font_family) : family_(std::move(font_family)) {}

QFont ReportStyle::font(FontRole role) const {
    double size_pt = 9.5;
    bool bold = false;
    QString family = family_;
    switch (role) {
    case FontRole::CoverTitle: size_pt = 24.0; bold = true; break;
    case FontRole::CoverSubtitle: size_pt = 12.0; break;
    case FontRole::Heading1: size_pt = 15.0; bold = true; break;
    case FontRole::Heading2: size_pt = 11.5; bold = true; break;
    case FontRole::Body: size_pt = 9.5; break;
    case FontRole::Note: size_pt = 8.0; break;
    case FontRole::Formula:
        size_pt = 8.5;
        family = QStringLiteral("DejaVu Sans Mono");
        break;
    case FontRole::TableHeader: size_pt = 8.0; bold = true; break;
    case FontRole::TableCell: size_pt = 8.0; break;
    case FontRole::TableCellBold: size_pt = 8.0; bold = true; break;
    case FontRole::FigureValue: size_pt = 17.0; bold = true; break;
    case FontRole::FigureLabel: size_pt = 7.5; break;
    case FontRole::ChartTitle: size_pt = 9.0; bold = true; break;
    case FontRole::ChartText: size_pt = 7.0; break;
    case FontRole::PageFrame: size_pt = 7.0; break;
    }
    QFont f(family);
    // Pixel sizes in dots: independent of the device resolution (the painter scales).
    f.setPixelSize(static_cast<int>(std::lround(pt(size_pt))));
    f.setBold(bold);
    // Unhinted metrics are the same on every device, so measuring and painting agree.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No cosmetic shaping (the "fi" ligature): the PDF text must extract and search as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace gridtwin::report
