#pragma once
// Page geometry, fonts and colours of generated reports. Layout and painting work in one unit,
// the dot of a 1200 dpi device, on every output (PDF at 1200 dpi; preview images scale the
// painter), so the PDF and its preview break pages identically.

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QString>

namespace gridtwin::report {

enum class FontRole {
    CoverTitle,
    CoverSubtitle,
    Heading1,
    Heading2,
    Body,
    Note,
    Formula,
    TableHeader,
    TableCell,
    TableCellBold,
    FigureValue,
    FigureLabel,
    ChartTitle,
    ChartText,
    PageFrame,
};

class ReportStyle {
public:
    static constexpr double kDotsPerInch = 1200.0;
    static constexpr double kDotsPerPt = kDotsPerInch / 72.0;

    explicit ReportStyle(QString font_family);

    static double pt(double points) { return points * kDotsPerPt; }
    static double mm(double millimetres) { return millimetres / 25.4 * kDotsPerInch; }

    /// A4 portrait in dots.
    static QSizeF pageSize() { return {mm(210.0), mm(297.0)}; }
    double marginLeft() const { return mm(20.0); }
    double marginRight() const { return mm(20.0); }
    double contentTop() const { return mm(24.0); }
    double contentBottom() const { return pageSize().height() - mm(22.0); }
    double contentWidth() const { return pageSize().width() - marginLeft() - marginRight(); }

    QFont font(FontRole role) const;
    const QString& family() const { return family_; }

    static QColor accent() { return {0x1f, 0x4e, 0x79}; }     // headings, rules
    static QColor textColour() { return {0x22, 0x22, 0x22}; }
    static QColor noteColour() { return {0x5a, 0x5a, 0x5a}; }
    static QColor gridColour() { return {0xd0, 0xd4, 0xda}; }
    static QColor shadeColour() { return {0xee, 0xf2, 0xf7}; } // table header, figure boxes

private:
    QString family_;
};

} // namespace gridtwin::report
