#pragma once

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <vector>

class QChart;
class QPagedPaintDevice;
class QTextCursor;

namespace opora::ui {

// A document laid out once as rich text and painted page by page on any paged device: the
// print preview, a printer or a PDF file (one code path for all three). A4 pages with a header
// line and "page N of M" below; charts are vector objects in the text, never bitmaps.
class PagedDocument
{
public:
    PagedDocument();
    ~PagedDocument();
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    // Builds the body from HTML; "[[chart:N]]" paragraphs are replaced by the charts added with
    // addChart (N is the number it returned).
    void setHtml(const QString &html);
    int addChart(QChart *chart, const QSizeF &sizeMm);
    void setHeader(const QString &left, const QString &right);
    void setTitle(const QString &title) { m_title = title; }
    // A picture for a "[[logo]]" paragraph (the centre's logo), drawn heightMm high.
    void setLogo(const QImage &logo, double heightMm = 16);

    // Paints every page on device, which sets the page size and resolution. Returns the pages.
    int paint(QPagedPaintDevice *device);
    // Writes an A4 PDF with the fonts embedded; false (and nothing at path) when it cannot.
    bool writePdf(const QString &path);

    QTextDocument &text() { return *m_text; }

private:
    std::unique_ptr<QTextDocument> m_text;
    std::unique_ptr<class ChartObject> m_charts;
    QString m_html;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_title;
    QImage m_logo;
    double m_logoHeightMm = 16;
};

} // namespace opora::ui
