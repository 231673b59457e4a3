#include "ReportLayout.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <numeric>

namespace gridtwin::report {

namespace {
constexpr double kLineSpacing = 1.18; // multiple of the font's line height
constexpr double kFigureGapPt = 6.0;

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QFont paragraphFont(const ReportStyle& style, ParagraphStyle p) {
    switch (p) {
    case ParagraphStyle::Note: return style.font(FontRole::Note);
    case ParagraphStyle::Formula: return style.font(FontRole::Formula);
    case ParagraphStyle::Body:
    case ParagraphStyle::Statement: break;
    }
    return style.font(FontRole::Body);
}
} // namespace

double keyFigureBoxHeight() { return ReportStyle::pt(62.0); }

ReportLayout::ReportLayout(const ReportDocument& doc) : doc_(doc), style_(doc.font_family) {
    layoutCover();
    newPage();
    for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
        std::visit(Overloaded{
                       [&](const ReportHeading& h) { layoutHeading(i, h); },
                       [&](const ReportParagraph& p) {
                           const double after = ReportStyle::pt(p.style == ParagraphStyle::Statement ? 10.0 : 6.0);
                           layoutText(i, 0, p.text, paragraphFont(style_, p.style),
                                      textIndent(doc_.blocks[i]), after);
                       },
                       [&](const ReportBullets& b) {
                           for (int k = 0; k < b.items.size(); ++k) {
                               const bool last = k + 1 == b.items.size();
                               layoutText(i, k, b.items[k], style_.font(FontRole::Body),
                                          textIndent(doc_.blocks[i]), ReportStyle::pt(last ? 6.0 : 2.0));
                           }
                       },
                       [&](const ReportKeyFigures& f) { layoutKeyFigures(i, f); },
                       [&](const ReportTable& t) { layoutTable(i, t); },
                       [&](const ReportChart& c) { layoutChart(i, c); },
                       [&](const ReportPageBreak&) {
                           if (!pages_.back().items.empty()) newPage();
                       },
                   },
                   doc_.blocks[i]);
    }
    if (pages_.size() > 1 && pages_.back().items.empty()) pages_.pop_back();
}

void ReportLayout::newPage() {
    pages_.emplace_back();
    y_ = style_.contentTop();
}

void ReportLayout::place(LayoutItem item, double height) {
    item.rect = QRectF(style_.marginLeft(), y_, style_.contentWidth(), height);
    pages_.back().items.push_back(item);
    y_ += height;
}

void ReportLayout::layoutCover() {
    pages_.emplace_back();
    LayoutItem cover;
    cover.kind = LayoutItem::Kind::Cover;
    cover.rect = QRectF(style_.marginLeft(), style_.contentTop(), style_.contentWidth(),
                        style_.contentBottom() - style_.contentTop());
    pages_.back().items.push_back(cover);
}

void ReportLayout::layoutHeading(std::size_t index, const ReportHeading& heading) {
    const QFont font = style_.font(heading.level <= 1 ? FontRole::Heading1 : FontRole::Heading2);
    const double before = ReportStyle::pt(heading.level <= 1 ? 14.0 : 8.0);
    const double height = QFontMetricsF(font).height() * 1.25 + ReportStyle::pt(4.0);
    // Keep a heading with the start of what follows; sections prefer a fresh page.
    const double keep = heading.level <= 1 ? (style_.contentBottom() - style_.contentTop()) * 0.25
                                           : ReportStyle::pt(90.0);
    const bool page_empty = pages_.back().items.empty();
    if (!page_empty && remaining() < before + height + keep) newPage();
    else if (!page_empty) y_ += before;
    LayoutItem item;
    item.kind = LayoutItem::Kind::Heading;
    item.block = index;
    place(item, height);
}

double ReportLayout::layoutText(QTextLayout& text, double width, Qt::Alignment align) {
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    text.setTextOption(option);
    text.beginLayout();
    double y = 0;
    for (QTextLine line = text.createLine(); line.isValid(); line = text.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * kLineSpacing;
    }
    text.endLayout();
    if (text.lineCount() == 0) return 0.0;
    const QTextLine last = text.lineAt(text.lineCount() - 1);
    return last.y() + last.height();
}

double ReportLayout::textIndent(const ReportBlock& block) const {
    if (std::holds_alternative<ReportBullets>(block)) return ReportStyle::pt(14.0);
    if (const auto* p = std::get_if<ReportParagraph>(&block)) {
        if (p->style == ParagraphStyle::Formula) return ReportStyle::pt(16.0);
        if (p->style == ParagraphStyle::Statement) return ReportStyle::pt(10.0);
    }
    return 0.0;
}

void ReportLayout::layoutText(std::size_t index, int sub, const QString& text, const QFont& font,
                              double indent, double space_after) {
    QString prepared = text;
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout tl(prepared, font);
    const bool boxed = indent > 0 && std::holds_alternative<ReportParagraph>(doc_.blocks[index]) &&
                       std::get<ReportParagraph>(doc_.blocks[index]).style == ParagraphStyle::Statement;
    const double width = style_.contentWidth() - indent - (boxed ? indent : 0.0);
    layoutText(tl, width);
    const int n = tl.lineCount();
    const double pad = boxed ? ReportStyle::pt(6.0) : 0.0;
    int first = 0;
    while (first < n) {
        // Lines that fit on this page (at least two, unless the whole page cannot take them).
        double top = tl.lineAt(first).y();
        int last = first;
        while (last < n) {
            const double bottom = tl.lineAt(last).y() + tl.lineAt(last).height() - top;
            if (bottom + 2 * pad > remaining()) break;
            ++last;
        }
        const bool orphan = last - first < std::min(2, n - first);
        if (orphan && !pages_.back().items.empty()) {
            newPage();
            continue;
        }
        if (last == first) last = first + 1; // a line taller than a page: place it anyway
        const QTextLine end_line = tl.lineAt(last - 1);
        LayoutItem item;
        item.kind = LayoutItem::Kind::TextLines;
        item.block = index;
        item.first = first;
        item.last = last;
        item.sub = sub;
        place(item, end_line.y() + end_line.height() - top + 2 * pad);
        first = last;
        if (first < n) newPage();
    }
    y_ += space_after;
}

void ReportLayout::layoutKeyFigures(std::size_t index, const ReportKeyFigures& figures) {
    const int columns = std::max(1, figures.columns);
    const int rows = (static_cast<int>(figures.figures.size()) + columns - 1) / columns;
    const double height = rows * keyFigureBoxHeight() + (rows - 1) * ReportStyle::pt(kFigureGapPt);
    if (height > remaining() && !pages_.back().items.empty()) newPage();
    LayoutItem item;
    item.kind = LayoutItem::Kind::KeyFigures;
    item.block = index;
    place(item, height);
    y_ += ReportStyle::pt(10.0);
}

std::vector<double> ReportLayout::tableColumnWidths(const ReportTable& table) const {
    const std::size_t n = static_cast<std::size_t>(table.header.size());
    std::vector<double> weights = table.column_weights;
    weights.resize(n, 1.0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> widths;
    for (double w : weights) widths.push_back(style_.contentWidth() * w / sum);
    return widths;
}

std::vector<double> ReportLayout::tableRowHeights(const ReportTable& table) const {
    const std::vector<double> widths = tableColumnWidths(table);
    const double pad = ReportStyle::pt(kCellPadPt);
    auto rowHeight = [&](const QStringList& cells, const QFont& font) {
        double h = QFontMetricsF(font).height();
        for (int c = 0; c < cells.size() && c < static_cast<int>(widths.size()); ++c) {
            QString text = cells[c];
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            QTextLayout tl(text, font);
            h = std::max(h, layoutText(tl, widths[static_cast<std::size_t>(c)] - 2 * pad));
        }
        return h + 2 * pad;
    };
    std::vector<double> heights;
    heights.push_back(rowHeight(table.header, style_.font(FontRole::TableHeader)));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool bold = std::find(table.bold_rows.begin(), table.bold_rows.end(),
                                    static_cast<int>(r)) != table.bold_rows.end();
        heights.push_back(rowHeight(table.rows[r], style_.font(bold ? FontRole::TableCellBold
                                                                     : FontRole::TableCell)));
    }
    return heights;
}

double ReportLayout::tableCaptionHeight(const ReportTable& table) const {
    if (table.caption.isEmpty()) return 0.0;
    const QFontMetricsF fm(style_.font(FontRole::ChartTitle));
    const QRectF bounds(0, 0, style_.contentWidth(), 1e7);
    return fm.boundingRect(bounds, Qt::TextWordWrap, table.caption).height() + ReportStyle::pt(4.0);
}

void ReportLayout::layoutTable(std::size_t index, const ReportTable& table) {
    const std::vector<double> heights = tableRowHeights(table);
    const double caption = tableCaptionHeight(table);
    const int n = static_cast<int>(table.rows.size());
    int first = 0;
    do {
        const double top = first == 0 ? caption + heights[0] : heights[0];
        double used = top;
        int last = first;
        while (last < n && used + heights[static_cast<std::size_t>(last) + 1] <= remaining()) {
            used += heights[static_cast<std::size_t>(last) + 1];
            ++last;
        }
        // Header plus at least one row (or the whole of a short table) on a page.
        const bool too_little = last == first && n > 0;
        const bool split_short = last < n && n - first <= 4 && last - first < n - first;
        if ((too_little || split_short) && !pages_.back().items.empty()) {
            newPage();
            continue;
        }
        if (last == first && n > 0) { // a single row taller than a page
            used += heights[static_cast<std::size_t>(last) + 1];
            ++last;
        }
        LayoutItem item;
        item.kind = LayoutItem::Kind::TableRows;
        item.block = index;
        item.first = first;
        item.last = last;
        place(item, used);
        first = last;
        if (first < n) newPage();
    } while (first < n);
    y_ += ReportStyle::pt(10.0);
}

void ReportLayout::layoutChart(std::size_t index, const ReportChart& chart) {
    const double height = ReportStyle::pt(chart.height_pt);
    if (height > remaining() && !pages_.back().items.empty()) newPage();
    LayoutItem item;
    item.kind = LayoutItem::Kind::Chart;
    item.block = index;
    place(item, height);
    y_ += ReportStyle::pt(10.0);
}

} // namespace gridtwin::report
