#pragma once

#include <QChartView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QChart;

// The one small interface every chart of Opora goes through (dashboards, presentation,
// documents): a few kinds of chart in one look, readable on a projector and in grey print,
// labelled in the interface's language and locale.
namespace opora::ui::charts {

struct Series
{
    QString name;
    QList<double> values; // one per category
};

enum class Size { Window, Projector };

// Vertical bars per category, side by side or stacked.
QChart *bars(const QString &title, const QStringList &categories, const QList<Series> &series,
             bool stacked = false);
// Horizontal bars, one series, with the value written at each bar (suffix e.g. " %").
QChart *horizontalBars(const QString &title, const QStringList &categories,
                       const QList<double> &values, const QString &suffix = {});
// Lines over categories (months); a series named with a leading "~" is drawn dashed (a plan).
QChart *lines(const QString &title, const QStringList &categories, const QList<Series> &series);
// Shares of a whole.
QChart *pie(const QString &title, const QList<QPair<QString, double>> &slices);

// Larger type and thicker lines for a projector.
void setSize(QChart *chart, Size size);
// The colours, in order: distinguishable in colour and in grey.
QColor colour(int index);
// "янв. 26", "лют. 26", "Jan 26": months in the interface's locale.
QStringList monthLabels(const QList<QDate> &months);

// Paints the chart into target of any painter (a PDF page, a printer): vectors stay vectors.
// The chart is laid out at layoutSize in its own units, then scaled into target.
void paint(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize);

bool savePng(QChart *chart, const QString &path, const QSize &size = {1600, 1000});
bool saveSvg(QChart *chart, const QString &path, const QSize &size = {1600, 1000});

// A chart in a window, with "Save as PNG…" and "Save as SVG…" in its context menu.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QChart *chart = nullptr, QWidget *parent = nullptr);
    void replaceChart(QChart *chart);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace opora::ui::charts
