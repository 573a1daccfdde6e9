#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace opora {

class Database;

// What retention removes or would remove at a date.
struct RetentionPlan
{
    QDate cutoff; // cases closed before this day are past the retention period
    QList<qint64> people;
    QList<qint64> households;
    QList<qint64> cases;
    bool isEmpty() const { return people.isEmpty() && households.isEmpty() && cases.isEmpty(); }
};

// Retention of personal data: the personal details of people whose support ended longer ago
// than the retention period are removed — name (replaced by "#" and the number), patronymic,
// phone, address, document, notes, who signed their consents — together with the texts of
// their closed cases (summary, notes, status comments, plan and service notes) and their
// families' names and addresses. Birth date, sex, categories, dates, services, attendance and
// outcomes stay, so statistics and indicator facts do not change. A person qualifies when every
// case about them or their family was closed before the cutoff and nothing about them (service,
// event, enrolment) is newer, and they are not a volunteer. Administrators only; every change
// is recorded in the audit trail.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(opora::Retention)

public:
    static constexpr int DefaultYears = 5;
    static constexpr int MinYears = 1;
    static constexpr int MaxYears = 75;

    static int years(const Database &db);
    static void setYears(Database &db, int years);

    static RetentionPlan plan(Database &db, const QDate &today, int years);
    // Anonymises what plan() finds, in one transaction; returns what was done.
    static RetentionPlan apply(Database &db, const QDate &today, int years);
};

} // namespace opora
