#pragma once
// The report layout painted into images, for the on-screen preview: the same pages, breaks and
// drawing code as the PDF, at any resolution.

#include "ReportDocument.h"
#include "ReportLayout.h"

#include <QImage>

#include <memory>

namespace gridtwin::report {

class ReportPageRenderer {
public:
    /// Takes a copy of the document, so the renderer can outlive the caller's.
    explicit ReportPageRenderer(ReportDocument doc);
    ~ReportPageRenderer();
    ReportPageRenderer(const ReportPageRenderer&) = delete;
    ReportPageRenderer& operator=(const ReportPageRenderer&) = delete;

    int pageCount() const;
    /// Page `index` (0-based) at `dpi` on white; A4 at 96 dpi is 794 x 1123 pixels.
    QImage renderPage(int index, double dpi) const;
    const ReportDocument& document() const { return *doc_; }

private:
    std::unique_ptr<ReportDocument> doc_;
    std::unique_ptr<ReportLayout> layout_;
};

} // namespace gridtwin::report
