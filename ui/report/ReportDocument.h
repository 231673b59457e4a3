#pragma once
// A small, render-independent document model for generated reports: headings, paragraphs,
// bullet lists, key-figure blocks, tables, charts as data series and page breaks. All texts are
// final (translated, locale-formatted) strings; the painter adds no domain logic.

#include <QColor>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>
#include <vector>

namespace gridtwin::report {

struct ReportHeading {
    int level = 1; // 1 = section (starts a new page if less than a quarter page is left), 2 = subsection
    QString text;
};

enum class ParagraphStyle {
    Body,
    Note,      // smaller, grey: provenance, caveats
    Formula,   // monospace, indented
    Statement, // boxed: a statement the reader must not miss
};

struct ReportParagraph {
    QString text;
    ParagraphStyle style = ParagraphStyle::Body;
};

struct ReportBullets {
    QStringList items;
};

struct KeyFigure {
    QString label;
    QString value; // already formatted in the report locale
    QString unit;
    QString note;  // one short line under the value (e.g. "location-based")
};

struct ReportKeyFigures {
    std::vector<KeyFigure> figures;
    int columns = 3;
};

enum class CellAlign { Left, Right };

struct ReportTable {
    QString caption;
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<double> column_weights; // relative widths; empty = equal
    std::vector<CellAlign> align;       // per column; empty = first left, others right
    std::vector<int> bold_rows;         // e.g. totals
};

enum class ChartKind {
    Lines,       // one polyline per series
    StackedArea, // series stacked from the bottom in order
    Bars,        // grouped bars per category
    StackedBars, // bars stacked per category
};

struct ChartSeries {
    QString name;
    std::vector<double> values; // one per x position (index 0..n-1)
    QColor color;
    bool dashed = false;
};

struct ReportChart {
    QString title;
    ChartKind kind = ChartKind::Lines;
    QString y_label;                               // with unit, e.g. "Power (MW)"
    QString x_label;
    std::vector<std::pair<double, QString>> x_ticks; // position in index units, label
    std::vector<ChartSeries> series;
    double height_pt = 190.0;
    bool y_from_zero = true;
};

struct ReportPageBreak {};

using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportBullets, ReportKeyFigures,
                                 ReportTable, ReportChart, ReportPageBreak>;

struct ReportDocument {
    QString title;
    QString subtitle;
    QStringList cover_lines;   // report identity lines on the cover (label: value)
    QString header_text;       // running header, right side (site and period)
    QString footer_text;       // running footer, left side (e.g. manifest hash)
    QString page_label;        // "Page %1 of %2" in the report language
    QLocale locale;
    QString font_family;       // Latin or CJK family that covers the report language
    std::vector<ReportBlock> blocks;

    template <typename Block> void add(Block block) { blocks.emplace_back(std::move(block)); }
    void heading(int level, const QString& text) { add(ReportHeading{level, text}); }
    void paragraph(const QString& text, ParagraphStyle style = ParagraphStyle::Body) {
        add(ReportParagraph{text, style});
    }
};

/// The font family for a report language: Noto Sans CJK SC for Chinese, DejaVu Sans otherwise
/// (both are embedded as subsets by QPdfWriter).
QString reportFontFamily(const QLocale& locale);

} // namespace gridtwin::report
