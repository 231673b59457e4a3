#include "ReportPagePainter.h"

#include "ReportChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace gridtwin::report {

namespace {
QPen hairline(const QColor& colour, double width_pt = 0.5) {
    QPen pen(colour, ReportStyle::pt(width_pt));
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

bool isBoldRow(const ReportTable& table, int row) {
    return std::find(table.bold_rows.begin(), table.bold_rows.end(), row) != table.bold_rows.end();
}
} // namespace

void ReportPagePainter::paint(QPainter& painter, int index) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintFrame(painter, index);
    for (const LayoutItem& item : layout_.page(index).items) {
        switch (item.kind) {
        case LayoutItem::Kind::Cover: paintCover(painter, item); break;
        case LayoutItem::Kind::Heading: paintHeading(painter, item); break;
        case LayoutItem::Kind::TextLines: paintText(painter, item); break;
        case LayoutItem::Kind::KeyFigures: paintKeyFigures(painter, item); break;
        case LayoutItem::Kind::TableRows: paintTable(painter, item); break;
        case LayoutItem::Kind::Chart:
            ReportChartPainter(layout_.style(), layout_.document().locale)
                .paint(painter, std::get<ReportChart>(layout_.document().blocks[item.block]), item.rect);
            break;
        }
    }
    painter.restore();
}

void ReportPagePainter::paintFrame(QPainter& painter, int index) const {
    const ReportStyle& style = layout_.style();
    const ReportDocument& doc = layout_.document();
    const QSizeF page = ReportStyle::pageSize();
    const double left = style.marginLeft();
    const double right = page.width() - style.marginRight();
    painter.setFont(style.font(FontRole::PageFrame));
    painter.setPen(ReportStyle::noteColour());
    const QFontMetricsF fm(painter.font());
    if (index > 0) {
        const double header_base = ReportStyle::mm(14.0);
        painter.drawText(QPointF(left, header_base), doc.title);
        painter.drawText(QPointF(right - fm.horizontalAdvance(doc.header_text), header_base), doc.header_text);
        painter.setPen(hairline(ReportStyle::accent()));
        painter.drawLine(QPointF(left, header_base + ReportStyle::pt(4)),
                         QPointF(right, header_base + ReportStyle::pt(4)));
    }
    const double footer_base = page.height() - ReportStyle::mm(12.0);
    painter.setPen(hairline(ReportStyle::gridColour()));
    painter.drawLine(QPointF(left, footer_base - fm.ascent() - ReportStyle::pt(4)),
                     QPointF(right, footer_base - fm.ascent() - ReportStyle::pt(4)));
    painter.setPen(ReportStyle::noteColour());
    const QString page_text = doc.page_label.arg(index + 1).arg(layout_.pageCount());
    painter.drawText(QPointF(left, footer_base),
                     fm.elidedText(doc.footer_text, Qt::ElideMiddle,
                                   right - left - fm.horizontalAdvance(page_text) - ReportStyle::pt(20)));
    painter.drawText(QPointF(right - fm.horizontalAdvance(page_text), footer_base), page_text);
}

void ReportPagePainter::paintCover(QPainter& painter, const LayoutItem& item) const {
    const ReportStyle& style = layout_.style();
    const ReportDocument& doc = layout_.document();
    const QRectF r = item.rect;
    // A band of accent colour carries the title, as on a published white paper.
    const QRectF band(0, ReportStyle::mm(55), ReportStyle::pageSize().width(), ReportStyle::mm(62));
    painter.fillRect(band, ReportStyle::accent());
    painter.setPen(Qt::white);
    painter.setFont(style.font(FontRole::CoverTitle));
    const QRectF title_rect(r.left(), band.top() + ReportStyle::mm(10), r.width(), ReportStyle::mm(30));
    painter.drawText(title_rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, doc.title);
    painter.setFont(style.font(FontRole::CoverSubtitle));
    const QRectF sub_rect(r.left(), title_rect.bottom() + ReportStyle::mm(3), r.width(), ReportStyle::mm(16));
    painter.drawText(sub_rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, doc.subtitle);

    painter.setFont(style.font(FontRole::Body));
    const QFontMetricsF fm(painter.font());
    double y = band.bottom() + ReportStyle::mm(16);
    double label_width = 0;
    for (const QString& line : doc.cover_lines)
        label_width = std::max(label_width, fm.horizontalAdvance(line.section(QLatin1Char('\t'), 0, 0)));
    label_width += ReportStyle::pt(12);
    for (const QString& line : doc.cover_lines) {
        const QString label = line.section(QLatin1Char('\t'), 0, 0);
        const QString value = line.section(QLatin1Char('\t'), 1);
        painter.setPen(ReportStyle::noteColour());
        painter.drawText(QRectF(r.left(), y, label_width, fm.height() * 3), Qt::AlignLeft | Qt::AlignTop, label);
        painter.setPen(ReportStyle::textColour());
        const QRectF value_rect(r.left() + label_width, y, r.width() - label_width, fm.height() * 6);
        const QRectF used = painter.boundingRect(value_rect, Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop, value);
        painter.drawText(value_rect, Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop, value);
        y += std::max(used.height(), fm.height()) + ReportStyle::pt(5);
    }
}

void ReportPagePainter::paintHeading(QPainter& painter, const LayoutItem& item) const {
    const auto& heading = std::get<ReportHeading>(layout_.document().blocks[item.block]);
    const bool major = heading.level <= 1;
    painter.setFont(layout_.style().font(major ? FontRole::Heading1 : FontRole::Heading2));
    painter.setPen(ReportStyle::accent());
    const QFontMetricsF fm(painter.font());
    const double base = item.rect.top() + fm.ascent() + fm.height() * 0.1;
    painter.drawText(QPointF(item.rect.left(), base), heading.text);
    if (major) {
        painter.setPen(hairline(ReportStyle::accent(), 0.8));
        const double y = base + fm.descent() + ReportStyle::pt(2);
        painter.drawLine(QPointF(item.rect.left(), y), QPointF(item.rect.right(), y));
    }
}

void ReportPagePainter::paintText(QPainter& painter, const LayoutItem& item) const {
    const ReportStyle& style = layout_.style();
    const ReportBlock& block = layout_.document().blocks[item.block];
    QString text;
    QFont font = style.font(FontRole::Body);
    QColor colour = ReportStyle::textColour();
    bool boxed = false;
    bool formula = false;
    if (const auto* p = std::get_if<ReportParagraph>(&block)) {
        text = p->text;
        if (p->style == ParagraphStyle::Note) {
            font = style.font(FontRole::Note);
            colour = ReportStyle::noteColour();
        } else if (p->style == ParagraphStyle::Formula) {
            font = style.font(FontRole::Formula);
            formula = true;
        }
        boxed = p->style == ParagraphStyle::Statement;
    } else if (const auto* b = std::get_if<ReportBullets>(&block)) {
        text = b->items.value(item.sub);
    }
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const double indent = layout_.textIndent(block);
    QTextLayout tl(text, font);
    ReportLayout::layoutText(tl, style.contentWidth() - indent - (boxed ? indent : 0.0));
    const double pad = boxed ? ReportStyle::pt(6.0) : 0.0;
    if (boxed) {
        painter.fillRect(item.rect, ReportStyle::shadeColour());
        painter.fillRect(QRectF(item.rect.left(), item.rect.top(), ReportStyle::pt(3), item.rect.height()),
                         ReportStyle::accent());
    }
    if (formula) {
        painter.fillRect(QRectF(item.rect.left() + indent * 0.5, item.rect.top() - ReportStyle::pt(2),
                                ReportStyle::pt(1.5), item.rect.height() + ReportStyle::pt(4)),
                         ReportStyle::gridColour());
    }
    if (std::holds_alternative<ReportBullets>(block)) {
        painter.setPen(ReportStyle::accent());
        painter.setFont(font);
        const QTextLine line = tl.lineAt(item.first);
        if (item.first == 0)
            painter.drawText(QPointF(item.rect.left() + ReportStyle::pt(3), item.rect.top() + line.ascent()),
                             QString(QChar(0x2022)));
    }
    painter.setPen(colour);
    const double top = tl.lineAt(item.first).y();
    const QPointF origin(item.rect.left() + indent, item.rect.top() + pad - top);
    for (int i = item.first; i < item.last; ++i) tl.lineAt(i).draw(&painter, origin);
}

void ReportPagePainter::paintKeyFigures(QPainter& painter, const LayoutItem& item) const {
    const ReportStyle& style = layout_.style();
    const auto& block = std::get<ReportKeyFigures>(layout_.document().blocks[item.block]);
    const int columns = std::max(1, block.columns);
    const double gap = ReportStyle::pt(6.0);
    const double w = (item.rect.width() - (columns - 1) * gap) / columns;
    const double h = keyFigureBoxHeight();
    const double pad = ReportStyle::pt(7.0);
    const QFont label_font = style.font(FontRole::FigureLabel);
    const QFont value_font = style.font(FontRole::FigureValue);
    const QFont unit_font = style.font(FontRole::Body);
    for (std::size_t i = 0; i < block.figures.size(); ++i) {
        const KeyFigure& f = block.figures[i];
        const int col = static_cast<int>(i) % columns;
        const int row = static_cast<int>(i) / columns;
        const QRectF box(item.rect.left() + col * (w + gap), item.rect.top() + row * (h + gap), w, h);
        painter.fillRect(box, ReportStyle::shadeColour());
        painter.fillRect(QRectF(box.left(), box.top(), w, ReportStyle::pt(2)), ReportStyle::accent());
        const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
        painter.setFont(label_font);
        painter.setPen(ReportStyle::noteColour());
        const QFontMetricsF lfm(label_font);
        painter.drawText(QPointF(inner.left(), inner.top() + lfm.ascent()),
                         lfm.elidedText(f.label, Qt::ElideRight, inner.width()));
        painter.setFont(value_font);
        painter.setPen(ReportStyle::textColour());
        const QFontMetricsF vfm(value_font);
        const double value_base = inner.top() + lfm.height() + ReportStyle::pt(3) + vfm.ascent();
        painter.drawText(QPointF(inner.left(), value_base), f.value);
        painter.setFont(unit_font);
        painter.setPen(ReportStyle::noteColour());
        painter.drawText(QPointF(inner.left() + vfm.horizontalAdvance(f.value) + ReportStyle::pt(3), value_base),
                         f.unit);
        if (!f.note.isEmpty()) {
            painter.setFont(label_font);
            painter.drawText(QPointF(inner.left(), inner.bottom() - lfm.descent()),
                             lfm.elidedText(f.note, Qt::ElideRight, inner.width()));
        }
    }
}

void ReportPagePainter::paintTable(QPainter& painter, const LayoutItem& item) const {
    const ReportStyle& style = layout_.style();
    const auto& table = std::get<ReportTable>(layout_.document().blocks[item.block]);
    const std::vector<double> widths = layout_.tableColumnWidths(table);
    const std::vector<double> heights = layout_.tableRowHeights(table);
    const double pad = ReportStyle::pt(ReportLayout::kCellPadPt);
    double y = item.rect.top();
    if (item.first == 0 && !table.caption.isEmpty()) {
        painter.setFont(style.font(FontRole::ChartTitle));
        painter.setPen(ReportStyle::textColour());
        const double h = layout_.tableCaptionHeight(table);
        painter.drawText(QRectF(item.rect.left(), y, item.rect.width(), h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         table.caption);
        y += h;
    }
    auto alignOf = [&](int c) {
        if (static_cast<std::size_t>(c) < table.align.size())
            return table.align[static_cast<std::size_t>(c)] == CellAlign::Right ? Qt::AlignRight : Qt::AlignLeft;
        return c == 0 ? Qt::AlignLeft : Qt::AlignRight;
    };
    auto drawRow = [&](const QStringList& cells, double row_h, const QFont& font) {
        painter.setFont(font);
        double x = item.rect.left();
        for (int c = 0; c < cells.size() && c < static_cast<int>(widths.size()); ++c) {
            const double w = widths[static_cast<std::size_t>(c)];
            QString text = cells[c];
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            QTextLayout tl(text, font);
            ReportLayout::layoutText(tl, w - 2 * pad, alignOf(c));
            tl.draw(&painter, QPointF(x + pad, y + pad));
            x += w;
        }
        y += row_h;
    };
    // Header (repeated on every page the table spans).
    painter.fillRect(QRectF(item.rect.left(), y, item.rect.width(), heights[0]), ReportStyle::accent());
    painter.setPen(Qt::white);
    drawRow(table.header, heights[0], style.font(FontRole::TableHeader));
    for (int r = item.first; r < item.last; ++r) {
        const double h = heights[static_cast<std::size_t>(r) + 1];
        if ((r - item.first) % 2 == 1)
            painter.fillRect(QRectF(item.rect.left(), y, item.rect.width(), h), ReportStyle::shadeColour());
        const bool bold = isBoldRow(table, r);
        if (bold) {
            painter.setPen(hairline(ReportStyle::textColour(), 0.6));
            painter.drawLine(QPointF(item.rect.left(), y), QPointF(item.rect.right(), y));
        }
        painter.setPen(ReportStyle::textColour());
        drawRow(table.rows[static_cast<std::size_t>(r)], h,
                style.font(bold ? FontRole::TableCellBold : FontRole::TableCell));
    }
    painter.setPen(hairline(ReportStyle::accent(), 0.6));
    painter.drawLine(QPointF(item.rect.left(), y), QPointF(item.rect.right(), y));
}

} // namespace gridtwin::report
