#pragma once
// Paints one laid-out page with a QPainter whose coordinates are dots (ReportStyle). Used for the
// PDF (QPdfWriter at 1200 dpi) and for preview images (painter scaled to the image).

#include "ReportLayout.h"

class QPainter;

namespace gridtwin::report {

class ReportPagePainter {
public:
    explicit ReportPagePainter(const ReportLayout& layout) : layout_(layout) {}

    /// Page `index` (0-based) including the running header and footer.
    void paint(QPainter& painter, int index) const;

private:
    void paintFrame(QPainter& painter, int index) const;
    void paintCover(QPainter& painter, const LayoutItem& item) const;
    void paintHeading(QPainter& painter, const LayoutItem& item) const;
    void paintText(QPainter& painter, const LayoutItem& item) const;
    void paintKeyFigures(QPainter& painter, const LayoutItem& item) const;
    void paintTable(QPainter& painter, const LayoutItem& item) const;

    const ReportLayout& layout_;
};

} // namespace gridtwin::report
