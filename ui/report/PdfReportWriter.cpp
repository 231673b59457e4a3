#include "PdfReportWriter.h"

#include "ReportLayout.h"
#include "ReportPagePainter.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <stdexcept>

namespace gridtwin::report {

int PdfReportWriter::write(const ReportDocument& doc, const QString& path) {
    const ReportLayout layout(doc);
    {
        // QPdfWriter reports no open errors; check that the file can be created first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw std::runtime_error(QStringLiteral("%1: cannot write the report (%2)")
                                         .arg(path, probe.errorString()).toStdString());
    }
    QPdfWriter writer(path);
    writer.setResolution(static_cast<int>(ReportStyle::kDotsPerInch));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("GridTwin " GRIDTWIN_VERSION));
    QPainter painter;
    if (!painter.begin(&writer))
        throw std::runtime_error(QStringLiteral("%1: cannot start the PDF").arg(path).toStdString());
    const ReportPagePainter pages(layout);
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0) writer.newPage();
        pages.paint(painter, i);
    }
    if (!painter.end())
        throw std::runtime_error(QStringLiteral("%1: writing the PDF failed").arg(path).toStdString());
    return layout.pageCount();
}

} // namespace gridtwin::report
