#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class RefreshOnShow;

namespace charts {
class ChartView;
}

// The start page: the centre at a glance. Active cases, this month's services and events,
// cases opened and closed per month, services per month by department, active cases by
// category, and the events ahead. Figures only, never a name.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Database &db, QWidget *parent = nullptr);
    void refresh();
    // Refreshes now if on screen, else when next shown (after a save elsewhere).
    void refreshWhenShown();

Q_SIGNALS:
    void eventRequested(qint64 eventId);
    void openDemoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *tile(const QString &name);
    Database &m_db;
    RefreshOnShow *m_refresher;
    QList<QLabel *> m_tiles;
    QLabel *m_upcomingTitle;
    class QPushButton *m_demo;
    charts::ChartView *m_cases;
    charts::ChartView *m_services;
    charts::ChartView *m_categories;
    QTableWidget *m_upcoming;
};

} // namespace opora::ui
