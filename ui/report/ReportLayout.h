#pragma once
// Splits a ReportDocument into A4 pages: where each block (or part of a paragraph or table) sits.
// Computed once in dots (ReportStyle) and shared by the PDF writer and the preview renderer.

#include "ReportDocument.h"
#include "ReportStyle.h"

#include <QRectF>

#include <cstddef>
#include <vector>

class QTextLayout;

namespace gridtwin::report {

struct LayoutItem {
    enum class Kind {
        Cover,      // the title page contents
        Heading,
        TextLines,  // lines [first, last) of a paragraph, or of bullet item `sub`
        KeyFigures,
        TableRows,  // caption (when first == 0), header, rows [first, last)
        Chart,
    };
    Kind kind = Kind::Heading;
    std::size_t block = 0;
    QRectF rect;
    int first = 0;
    int last = 0;
    int sub = 0;
};

struct LayoutPage {
    std::vector<LayoutItem> items;
};

class ReportLayout {
public:
    /// Keeps a reference to `doc`: the document must outlive the layout.
    explicit ReportLayout(const ReportDocument& doc);

    const ReportDocument& document() const { return doc_; }
    const ReportStyle& style() const { return style_; }
    int pageCount() const { return static_cast<int>(pages_.size()); }
    const LayoutPage& page(int index) const { return pages_.at(static_cast<std::size_t>(index)); }

    /// Wrapped text of a paragraph or bullet item, laid out at the width the layout used.
    /// Both the layout and the painter call this, so lines break identically.
    /// Returns the height of the laid-out text.
    static double layoutText(QTextLayout& text, double width, Qt::Alignment align = Qt::AlignLeft);
    /// Indent of text blocks by style (bullets and formulas are indented).
    double textIndent(const ReportBlock& block) const;
    /// Row heights of a table (index 0 is the header row) at the full content width.
    std::vector<double> tableRowHeights(const ReportTable& table) const;
    std::vector<double> tableColumnWidths(const ReportTable& table) const;
    double tableCaptionHeight(const ReportTable& table) const;
    static constexpr double kCellPadPt = 3.0;

private:
    void newPage();
    double remaining() const { return style_.contentBottom() - y_; }
    void place(LayoutItem item, double height);
    void layoutCover();
    void layoutHeading(std::size_t index, const ReportHeading& heading);
    void layoutText(std::size_t index, int sub, const QString& text, const QFont& font,
                    double indent, double space_after);
    void layoutKeyFigures(std::size_t index, const ReportKeyFigures& figures);
    void layoutTable(std::size_t index, const ReportTable& table);
    void layoutChart(std::size_t index, const ReportChart& chart);

    const ReportDocument& doc_;
    ReportStyle style_;
    std::vector<LayoutPage> pages_;
    double y_ = 0;
};

/// Height in dots of one key-figure box.
double keyFigureBoxHeight();

} // namespace gridtwin::report
