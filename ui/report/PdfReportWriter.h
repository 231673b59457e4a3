#pragma once
// Writes a ReportDocument as an A4 PDF: vector text with embedded font subsets (selectable),
// vector charts, running header and footer with "page x of y".

#include "ReportDocument.h"

#include <QString>

namespace gridtwin::report {

class PdfReportWriter {
public:
    /// Lays out and writes `doc` to `path`; returns the number of pages.
    /// Throws std::runtime_error naming the file when it cannot be written.
    static int write(const ReportDocument& doc, const QString& path);
};

} // namespace gridtwin::report
