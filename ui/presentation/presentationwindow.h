#pragma once

#include "projects/indicatorengine.h"

#include <QDate>
#include <QWidget>

class QChart;

class QLabel;
class QStackedWidget;

namespace opora {
class Database;
class ProjectStats;
}

namespace opora::ui {

// A project shown to a round table: full screen, large type, high contrast; slides of the
// passport, the indicators, each chart and the events, moved with the arrow keys, PageUp and
// PageDown (a presenter's clicker), Space and the mouse wheel; Esc leaves. Built from
// aggregates only: it never shows a recipient's personal data, whatever database is open.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(Database &db, qint64 projectId, const QDate &asOf,
                       QWidget *parent = nullptr);
    int slideCount() const;
    int currentSlide() const;
    void showSlide(int index);
    // Every text on every slide, charts included: for checks that nothing personal shows.
    QStringList allTexts() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void addSlide(const QString &title, QWidget *content);
    QWidget *textSlide(const QList<QPair<QString, QString>> &sections);
    QWidget *indicatorSlide(const QList<IndicatorResult> &results, int from, int count);
    QWidget *chartSlide(QChart *chart);
    QWidget *eventsSlide(const ProjectStats &stats);
    QStackedWidget *m_slides;
    QLabel *m_counter;
    QLabel *m_footer;
    int m_wheel = 0;
};

} // namespace opora::ui
