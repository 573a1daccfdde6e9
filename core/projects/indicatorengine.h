#pragma once

#include "projects/project.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace opora {

class Database;

// One record behind a fact: a person, family, case, service, event, volunteer, hours entry,
// enrolment or hand-entered value. For counting methods the weights add up to the fact.
struct IndicatorRow
{
    QString kind; // person, household, case, service, event, volunteer, volunteer_hours, value
    qint64 id = 0;
    QDate date; // when it first counted
    double weight = 0;
};

enum class IndicatorStatus { NotPlanned, Achieved, OnTrack, Behind };
QString statusKey(IndicatorStatus status);  // not_planned, achieved, on_track, behind
QString statusName(IndicatorStatus status); // in the interface's language

// How rows become a fact: their sum; the percent of rows with weight 1; their average.
enum class Aggregate { Sum, SharePercent, Average };
Aggregate aggregateOf(IndicatorMethod method);

struct IndicatorResult
{
    Indicator indicator;
    QDate asOf;
    double fact = 0;
    std::optional<double> plan;
    std::optional<double> expected; // what the plan asks for by asOf
    std::optional<double> percent;  // fact against the whole plan
    IndicatorStatus status = IndicatorStatus::NotPlanned;
};

struct SeriesPoint
{
    QDate date; // the last day of the month (or the as-of date in the last month)
    double fact = 0;
    std::optional<double> planned;
};

// Counts the facts of a project's indicators from the records, live, for any as-of date.
// Only records of the project's period up to the as-of date (both ends inclusive) and attributed
// to the project count; archived records and cancelled events never do.
class IndicatorEngine
{
    Q_DECLARE_TR_FUNCTIONS(opora::IndicatorEngine)

public:
    explicit IndicatorEngine(Database &db);

    double fact(const Indicator &indicator, const QDate &asOf) const;
    IndicatorResult evaluate(const Indicator &indicator, const QDate &asOf) const;
    QList<IndicatorResult> evaluateProject(qint64 projectId, const QDate &asOf) const;
    // The fact month by month from the project's start, with the planned trajectory.
    QList<SeriesPoint> monthly(const Indicator &indicator, const QDate &asOf) const;
    // The records behind the fact (drill-down), oldest first.
    QList<IndicatorRow> records(const Indicator &indicator, const QDate &asOf) const;
    // The statement that counts the fact, its values written in: for the sqlite3 shell when
    // a figure is questioned, and for the benchmark. Empty before the project starts.
    QString factSql(const Indicator &indicator, const QDate &asOf) const;

private:
    struct Selection;
    std::optional<Selection> select(const Indicator &indicator, const Project &project,
                                    const QDate &asOf) const;
    // What the plan asks for by date; periods is the indicator's plan by quarter or month.
    static std::optional<double> expectedBy(const Indicator &indicator, const Project &project,
                                            const QList<PlanPeriod> &periods, const QDate &date);
    double factIn(const Indicator &indicator, const Project &project, const QDate &asOf) const;
    IndicatorResult evaluateIn(const Indicator &indicator, const Project &project,
                               const QDate &asOf) const;
    IndicatorResult resultOf(const Indicator &indicator, const Project &project, const QDate &asOf,
                             double fact) const;
    // The facts of several selections; those reading the same records in one statement.
    QList<double> facts(const QList<std::optional<Selection>> &selections) const;
    Project projectOf(const Indicator &indicator) const;
    static QString factQuery(const Selection &selection);

    Database &m_db;
};

} // namespace opora
