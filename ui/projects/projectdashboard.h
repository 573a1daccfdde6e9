#pragma once

#include "projects/indicatorengine.h"
#include "projects/projectstats.h"

#include <QWidget>

class QComboBox;
class QChart;

namespace opora {
class Database;
}

namespace opora::ui {

namespace charts {
class ChartView;
}

// The charts of a project: plan against fact of every indicator, one indicator's fact against
// its planned trajectory, services by type, attendance by audience group, activity per month.
class ProjectDashboard : public QWidget
{
    Q_OBJECT

public:
    ProjectDashboard(Database &db, qint64 projectId, QWidget *parent = nullptr);
    void show(const QList<IndicatorResult> &results, const QDate &asOf);
    void setProjectId(qint64 id) { m_project = id; }

    // The same charts for documents and the presentation (the caller owns them).
    static QChart *planFactChart(const QList<IndicatorResult> &results);
    static QChart *trajectoryChart(Database &db, const Indicator &indicator, const QDate &asOf);
    // From the project's aggregates (ProjectStats), read once by the caller.
    static QChart *servicesChart(const QList<QPair<QString, qint64>> &byType);
    static QChart *attendanceChart(const QList<QPair<QString, qint64>> &byAudience);
    static QChart *activityChart(const QList<MonthActivity> &months);

private:
    void showTrajectory();
    Database &m_db;
    qint64 m_project;
    QDate m_asOf;
    QList<IndicatorResult> m_results;
    QComboBox *m_indicator;
    charts::ChartView *m_planFact;
    charts::ChartView *m_trajectory;
    charts::ChartView *m_services;
    charts::ChartView *m_attendance;
    charts::ChartView *m_activity;
};

} // namespace opora::ui
