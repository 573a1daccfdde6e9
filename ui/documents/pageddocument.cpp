#include "documents/pageddocument.h"

#include "charts/charts.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextImageFormat>
#include <QTextObjectInterface>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::PagedDocument)
};

constexpr int ChartFormat = QTextFormat::UserObject + 1;
constexpr int ChartIndex = QTextFormat::UserProperty + 1;
constexpr int ChartSizeMm = QTextFormat::UserProperty + 2;
constexpr double MmPerInch = 25.4;

} // namespace

// Lays out and paints the charts of a document as inline objects, at their size in millimetres
// converted for whatever device the document is painted on.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    struct Entry
    {
        std::unique_ptr<QChart> chart;
        QSizeF mm;
    };
    std::vector<Entry> charts;

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QSizeF mm = format.property(ChartSizeMm).toSizeF();
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        const double dpi = device ? device->logicalDpiX() : 96.0;
        return mm * dpi / MmPerInch;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const int index = format.property(ChartIndex).toInt();
        if (index < 0 || index >= int(charts.size()))
            return;
        // Laid out as if at 96 dpi, so the chart's fonts keep their point sizes on paper.
        const Entry &entry = charts.at(index);
        charts::paint(entry.chart.get(), painter, rect, entry.mm * 96.0 / MmPerInch);
    }
};

PagedDocument::PagedDocument()
    : m_text(std::make_unique<QTextDocument>())
    , m_charts(std::make_unique<ChartObject>())
{
    QFont font(u"Noto Sans"_s);
    font.setPointSizeF(10);
    font.setStyleHint(QFont::SansSerif);
    m_text->setDefaultFont(font);
    m_text->setDocumentMargin(0);
}

PagedDocument::~PagedDocument() = default;

int PagedDocument::addChart(QChart *chart, const QSizeF &sizeMm)
{
    charts::setSize(chart, charts::Size::Window);
    m_charts->charts.push_back({std::unique_ptr<QChart>(chart), sizeMm});
    return int(m_charts->charts.size()) - 1;
}

void PagedDocument::setHtml(const QString &html)
{
    m_html = html;
}

void PagedDocument::setLogo(const QImage &logo, double heightMm)
{
    m_logo = logo;
    m_logoHeightMm = heightMm;
}

void PagedDocument::setHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

int PagedDocument::paint(QPagedPaintDevice *device)
{
    // Laid out for this device: fonts measure as they will print.
    m_text->documentLayout()->setPaintDevice(device);
    m_text->documentLayout()->registerHandler(ChartFormat, m_charts.get());
    m_text->setHtml(m_html);
    for (int i = 0; i < int(m_charts->charts.size()); ++i) {
        const QString marker = u"[[chart:%1]]"_s.arg(i);
        QTextCursor found = m_text->find(marker);
        if (found.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(ChartFormat);
        format.setProperty(ChartIndex, i);
        format.setProperty(ChartSizeMm, m_charts->charts.at(i).mm);
        found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }

    const double dpi = device->logicalDpiY();
    QTextCursor logo = m_text->find(u"[[logo]]"_s);
    if (!logo.isNull()) {
        if (m_logo.isNull()) {
            logo.removeSelectedText();
        } else {
            m_text->addResource(QTextDocument::ImageResource, QUrl(u"opora:logo"_s), m_logo);
            QTextImageFormat image;
            image.setName(u"opora:logo"_s);
            image.setHeight(m_logoHeightMm / MmPerInch * dpi);
            image.setWidth(image.height() * m_logo.width() / std::max(1, m_logo.height()));
            logo.insertImage(image);
        }
    }
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double header = 12 / MmPerInch * dpi;
    const double footer = 10 / MmPerInch * dpi;
    const QSizeF body(paper.width(), paper.height() - header - footer);
    m_text->setPageSize(body);
    const int pages = std::max(1, m_text->pageCount());

    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    QFont small = m_text->defaultFont();
    small.setPointSizeF(8);
    const QColor grey(0x55, 0x55, 0x55);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(grey);
        const QRectF top(0, 0, paper.width(), header * 0.6);
        // Each side gets half the line, shortened with "…" rather than overlapping.
        const QFontMetricsF metrics(small, device);
        const double half = paper.width() / 2 - metrics.horizontalAdvance(u"  "_s);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_headerLeft, Qt::ElideRight, half));
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_headerRight, Qt::ElideRight, half));
        painter.drawLine(QPointF(0, header * 0.7), QPointF(paper.width(), header * 0.7));
        const QRectF bottom(0, paper.height() - footer * 0.7, paper.width(), footer * 0.7);
        painter.drawText(bottom, Qt::AlignCenter,
                         Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(0, header - page * body.height());
        m_text->drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
    }
    return pages;
}

bool PagedDocument::writePdf(const QString &path)
{
    // Written aside and moved into place only when complete: never a half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(m_title);
        pdf.setCreator(u"Opora"_s);
        pages = paint(&pdf);
    }
    return pages > 0 && file.commit();
}

} // namespace opora::ui

#include "pageddocument.moc"
