#include "charts/charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui::charts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::Charts)
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    setSize(chart, Size::Window);
    return chart;
}

// A value axis from 0 to a round number above the largest value, with whole-number labels.
QValueAxis *valueAxis(double max)
{
    auto *axis = new QValueAxis;
    const double top = max <= 0 ? 1 : max * 1.12;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    double step = magnitude;
    for (double candidate : {magnitude / 5, magnitude / 2, magnitude})
        if (top / candidate <= 6) {
            step = candidate;
            break;
        }
    step = std::max(1.0, step);
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickCount(int(std::ceil(top / step)) + 1);
    axis->setLabelFormat(u"%.0f"_s);
    return axis;
}

double maxOf(const QList<Series> &series, bool stacked)
{
    double max = 0;
    if (series.isEmpty())
        return max;
    for (qsizetype i = 0; i < series.first().values.size(); ++i) {
        double sum = 0;
        for (const Series &s : series) {
            const double v = s.values.value(i);
            sum = stacked ? sum + v : std::max(sum, v);
        }
        max = std::max(max, sum);
    }
    return max;
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + u'…';
}

} // namespace

QColor colour(int index)
{
    // Dark blue, orange, teal, dark red, olive, purple, grey: unlike in hue and in lightness.
    static const QList<QColor> palette{QColor(0x1f, 0x4e, 0x79), QColor(0xe0, 0x7b, 0x00),
                                       QColor(0x2a, 0x9d, 0x8f), QColor(0x9b, 0x22, 0x26),
                                       QColor(0x8a, 0x9a, 0x3b), QColor(0x6a, 0x4c, 0x93),
                                       QColor(0x7f, 0x7f, 0x7f)};
    return palette.at(index % palette.size());
}

void setSize(QChart *chart, Size size)
{
    const bool big = size == Size::Projector;
    QFont title = chart->titleFont();
    title.setPointSizeF(big ? 22 : 11);
    title.setBold(true);
    chart->setTitleFont(title);
    QFont labels = chart->legend()->font();
    labels.setPointSizeF(big ? 16 : 9);
    chart->legend()->setFont(labels);
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(labels);
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen = line->pen();
            pen.setWidthF(big ? 5 : 2.5);
            line->setPen(pen);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(labels);
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(labels);
        }
    }
}

QStringList monthLabels(const QList<QDate> &months)
{
    QStringList labels;
    const QLocale locale;
    // The year only where it changes, and only when there is room for it: a label must stay
    // short enough to be read whole.
    for (qsizetype i = 0; i < months.size(); ++i) {
        const QDate &m = months.at(i);
        // Three letters, the usual abbreviation in all three languages ("фев", "лют", "Feb").
        QString label = locale.standaloneMonthName(m.month(), QLocale::ShortFormat).left(3);
        if (months.size() <= 8 && (i == 0 || m.month() == 1))
            label += u"’"_s + QString::number(m.year() % 100).rightJustified(2, u'0');
        labels << label;
    }
    return labels;
}

QChart *bars(const QString &title, const QStringList &categories, const QList<Series> &series,
             bool stacked)
{
    QChart *chart = newChart(title);
    QAbstractBarSeries *bars =
        stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    const bool longNames = std::any_of(series.cbegin(), series.cend(),
                                       [](const Series &s) { return s.name.size() > 16; });
    for (int i = 0; i < series.size(); ++i) {
        auto *set = new QBarSet(longNames ? elided(series.at(i).name, 30) : series.at(i).name);
        for (double v : series.at(i).values)
            *set << v;
        set->setColor(colour(i));
        set->setBorderColor(colour(i));
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    QValueAxis *y = valueAxis(maxOf(series, stacked));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    chart->legend()->setVisible(series.size() > 1);
    // Long names (departments) read better in a column beside the bars than squeezed below.
    if (longNames && series.size() > 2)
        chart->legend()->setAlignment(Qt::AlignRight);
    setSize(chart, Size::Window);
    return chart;
}

QChart *horizontalBars(const QString &title, const QStringList &categories,
                       const QList<double> &values, const QString &suffix)
{
    QChart *chart = newChart(title);
    auto *series = new QHorizontalBarSeries;
    // Qt lists horizontal categories from the bottom up: reverse both to read from the top.
    QStringList shown;
    for (const QString &c : categories)
        shown.prepend(elided(c, 34));
    auto *set = new QBarSet(title);
    set->setColor(colour(0));
    set->setBorderColor(colour(0));
    set->setLabelColor(Qt::black);
    for (auto it = values.crbegin(); it != values.crend(); ++it)
        *set << *it;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s + suffix);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(shown);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x =
        valueAxis(values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end()));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    setSize(chart, Size::Window);
    return chart;
}

QChart *lines(const QString &title, const QStringList &categories, const QList<Series> &series)
{
    QChart *chart = newChart(title);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(maxOf(series, false));
    chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < series.size(); ++i) {
        auto *line = new QLineSeries;
        const bool plan = series.at(i).name.startsWith(u'~');
        line->setName(plan ? series.at(i).name.mid(1) : series.at(i).name);
        for (int j = 0; j < series.at(i).values.size(); ++j)
            line->append(j, series.at(i).values.at(j));
        QPen pen(plan ? QColor(0x7f, 0x7f, 0x7f) : colour(i));
        pen.setStyle(plan ? Qt::DashLine : Qt::SolidLine);
        line->setPen(pen);
        line->setPointsVisible(!plan && series.at(i).values.size() <= 24);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    setSize(chart, Size::Window);
    return chart;
}

QChart *pie(const QString &title, const QList<QPair<QString, double>> &slices)
{
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    double total = 0;
    for (const auto &slice : slices)
        total += slice.second;
    const QLocale locale;
    for (int i = 0; i < slices.size(); ++i) {
        const auto &[name, value] = slices.at(i);
        const int percent = total > 0 ? int(std::lround(100.0 * value / total)) : 0;
        QPieSlice *slice = series->append(
            u"%1: %2 (%3 %)"_s.arg(name, locale.toString(qint64(std::llround(value)))).arg(percent),
            value);
        slice->setColor(colour(i));
        slice->setBorderColor(Qt::white);
    }
    series->setPieSize(0.62);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    setSize(chart, Size::Window);
    return chart;
}

void paint(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize)
{
    // A scene of its own, so the chart in a window keeps its size and place. The chart is laid
    // out at layoutSize (its fonts keep their point sizes) and scaled into target.
    const QSizeF before = chart->size();
    QGraphicsScene *oldScene = chart->scene();
    QGraphicsScene scene;
    if (oldScene)
        oldScene->removeItem(chart);
    scene.addItem(chart);
    chart->resize(layoutSize);
    scene.setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(target, Qt::white);
    scene.render(painter, target, scene.sceneRect());
    painter->restore();
    scene.removeItem(chart);
    if (oldScene)
        oldScene->addItem(chart);
    chart->resize(before);
}

namespace {

void render(QChart *chart, QPaintDevice *device, const QSize &size)
{
    QPainter painter(device);
    paint(chart, &painter, QRectF(QPointF(0, 0), size), size);
}

} // namespace

bool savePng(QChart *chart, const QString &path, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    render(chart, &image, size);
    return image.save(path, "PNG");
}

bool saveSvg(QChart *chart, const QString &path, const QSize &size)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(chart->title());
    render(chart, &svg, size);
    return QFileInfo(path).size() > 0;
}

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart ? chart : new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
}

void ChartView::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *png = menu.addAction(Text::tr("Save as PNG…"));
    menu.addAction(Text::tr("Save as SVG…"));
    QAction *chosen = menu.exec(event->globalPos());
    if (!chosen)
        return;
    const bool asPng = chosen == png;
    const QString path = QFileDialog::getSaveFileName(
        this, chosen->text(), chart()->title().left(60) + (asPng ? u".png"_s : u".svg"_s),
        asPng ? Text::tr("PNG images (*.png)") : Text::tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (!(asPng ? savePng(chart(), path) : saveSvg(chart(), path)))
        QMessageBox::warning(
            this, Text::tr("Opora"),
            Text::tr("The chart could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace opora::ui::charts
