#include "projects/projectdashboard.h"

#include "charts/charts.h"
#include "projects/indicatortext.h"
#include "projects/projectstats.h"
#include "services/servicenames.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QString audienceLabel(const QString &code)
{
    return code == u"registered"_s ? ProjectDashboard::tr("registered participants")
                                   : audienceName(code);
}

} // namespace

ProjectDashboard::ProjectDashboard(Database &db, qint64 projectId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_project(projectId)
    , m_indicator(new QComboBox(this))
    , m_planFact(new charts::ChartView(nullptr, this))
    , m_trajectory(new charts::ChartView(nullptr, this))
    , m_services(new charts::ChartView(nullptr, this))
    , m_attendance(new charts::ChartView(nullptr, this))
    , m_activity(new charts::ChartView(nullptr, this))
{
    m_indicator->setObjectName(u"trajectoryIndicator"_s);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(40);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &ProjectDashboard::showTrajectory);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Indicator:"), this));
    pick->addWidget(m_indicator, 1);
    grid->addWidget(m_planFact, 0, 0, 2, 1);
    grid->addLayout(pick, 0, 1);
    grid->addWidget(m_trajectory, 1, 1);
    grid->addWidget(m_services, 2, 0);
    grid->addWidget(m_attendance, 2, 1);
    grid->addWidget(m_activity, 3, 0, 1, 2);
    for (auto *view : {m_planFact, m_trajectory, m_services, m_attendance, m_activity})
        view->setMinimumHeight(300);
}

QChart *ProjectDashboard::planFactChart(const QList<IndicatorResult> &results)
{
    QStringList names;
    QList<double> percents;
    for (const IndicatorResult &r : results) {
        if (!r.percent)
            continue;
        names << r.indicator.wording;
        percents << std::round(*r.percent);
    }
    return charts::horizontalBars(tr("Fact as percent of plan"), names, percents, u" %"_s);
}

QChart *ProjectDashboard::trajectoryChart(Database &db, const Indicator &indicator,
                                          const QDate &asOf)
{
    const QList<SeriesPoint> points = IndicatorEngine(db).monthly(indicator, asOf);
    QList<QDate> months;
    charts::Series fact{tr("fact"), {}};
    charts::Series plan{u"~"_s + tr("plan by date"), {}};
    for (const SeriesPoint &p : points) {
        months << QDate(p.date.year(), p.date.month(), 1);
        fact.values << p.fact;
        plan.values << p.planned.value_or(0);
    }
    QList<charts::Series> lines{fact};
    if (indicator.plan)
        lines << plan;
    return charts::lines(indicator.wording, charts::monthLabels(months), lines);
}

QChart *ProjectDashboard::servicesChart(const QList<QPair<QString, qint64>> &byType)
{
    QStringList types;
    QList<double> counts;
    for (const auto &[type, n] : byType) {
        types << serviceTypeName(type);
        counts << double(n);
    }
    return charts::horizontalBars(tr("Services by type"), types, counts);
}

QChart *ProjectDashboard::attendanceChart(const QList<QPair<QString, qint64>> &byAudience)
{
    QStringList groups;
    QList<double> counts;
    for (const auto &[audience, n] : byAudience) {
        groups << audienceLabel(audience);
        counts << double(n);
    }
    return charts::horizontalBars(tr("Attendance by group"), groups, counts);
}

QChart *ProjectDashboard::activityChart(const QList<MonthActivity> &months)
{
    QList<QDate> firstDays;
    charts::Series services{tr("services"), {}};
    charts::Series participants{tr("event participants"), {}};
    for (const MonthActivity &m : months) {
        firstDays << m.month;
        services.values << double(m.services);
        participants.values << double(m.participants);
    }
    return charts::bars(tr("Activity per month"), charts::monthLabels(firstDays),
                        {services, participants});
}

void ProjectDashboard::show(const QList<IndicatorResult> &results, const QDate &asOf)
{
    m_results = results;
    m_asOf = asOf;
    const qint64 chosen = m_indicator->currentData().toLongLong();
    {
        const QSignalBlocker block(m_indicator);
        m_indicator->clear();
        for (const IndicatorResult &r : results)
            m_indicator->addItem(r.indicator.wording, r.indicator.id);
        m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(chosen)));
    }
    // Horizontal bars need room for each label, or Qt shortens them to "…".
    const auto fit = [](charts::ChartView *view, QChart *chart) {
        qsizetype rows = 0;
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                rows = categories->count();
        view->setMinimumHeight(std::max<int>(300, 110 + int(rows) * 32));
        view->replaceChart(chart);
    };
    fit(m_planFact, planFactChart(results));
    const ProjectStats stats(m_db, m_project, asOf);
    fit(m_services, servicesChart(stats.servicesByType()));
    m_attendance->replaceChart(attendanceChart(stats.attendanceByAudience()));
    m_activity->replaceChart(activityChart(stats.activityByMonth()));
    showTrajectory();
}

void ProjectDashboard::showTrajectory()
{
    const int index = m_indicator->currentIndex();
    if (index < 0 || index >= m_results.size()) {
        m_trajectory->replaceChart(new QChart);
        return;
    }
    m_trajectory->replaceChart(trajectoryChart(m_db, m_results.at(index).indicator, m_asOf));
}

} // namespace opora::ui
