#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace opora {

class Database;

struct MonthCases
{
    QDate month; // first day
    qint64 opened = 0;
    qint64 closed = 0;
};

struct UpcomingEvent
{
    qint64 id = 0;
    QDate date;
    QString startsAt;
    QString type;
    QString title;
    QString place;
};

// The centre at a glance, for the start page: aggregates only, never a name of a person.
struct CentreOverview
{
    qint64 activeCases = 0; // not closed, not archived
    qint64 servicesThisMonth = 0;
    qint64 eventsThisMonth = 0; // held
    QList<MonthCases> casesByMonth;
    QList<QPair<QString, qint64>> activeCasesByCategory; // category name, cases
    QStringList departments;                             // names, in the order of the rows below
    QList<QDate> months;                                 // first days
    QList<QList<qint64>> servicesByDepartment;           // [department][month]
    QList<UpcomingEvent> upcoming;
};

// The last `months` months up to and including the month of `today`.
CentreOverview centreOverview(Database &db, const QDate &today, int months = 12);

} // namespace opora
