#include "ReportPageRenderer.h"

#include "ReportPagePainter.h"

#include <QPainter>

#include <cmath>
#include <stdexcept>

namespace gridtwin::report {

ReportPageRenderer::ReportPageRenderer(ReportDocument doc)
    : doc_(std::make_unique<ReportDocument>(std::move(doc))),
      layout_(std::make_unique<ReportLayout>(*doc_)) {}

ReportPageRenderer::~ReportPageRenderer() = default;

int ReportPageRenderer::pageCount() const { return layout_->pageCount(); }

QImage ReportPageRenderer::renderPage(int index, double dpi) const {
    if (index < 0 || index >= pageCount())
        throw std::out_of_range("ReportPageRenderer: page index out of range");
    const double scale = dpi / ReportStyle::kDotsPerInch;
    const QSizeF page = ReportStyle::pageSize();
    QImage image(static_cast<int>(std::lround(page.width() * scale)),
                 static_cast<int>(std::lround(page.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    ReportPagePainter(*layout_).paint(painter, index);
    return image;
}

} // namespace gridtwin::report
