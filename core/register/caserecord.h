#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace opora {

// Statuses of a case, in their usual order: new → assessment → active → review → closed.
namespace CaseStatus {
inline const QString New = QStringLiteral("new");
inline const QString Assessment = QStringLiteral("assessment");
inline const QString Active = QStringLiteral("active");
inline const QString Review = QStringLiteral("review");
inline const QString Closed = QStringLiteral("closed");
QStringList all();
// The statuses a case may move to from `from` (closed → active re-opens).
QStringList next(const QString &from);
} // namespace CaseStatus

// Outcomes of a closed case.
QStringList caseOutcomes(); // improved, partly_improved, unchanged, worsened, not_assessed

// A case: the period of social support of one person or one household.
struct CaseRecord
{
    qint64 id = 0;
    QString number;      // YYYY-NNNN, given on creation
    qint64 personId = 0; // exactly one of personId and householdId
    qint64 householdId = 0;
    QString status = CaseStatus::New;
    QDate openedOn;
    QDate closedOn;
    qint64 closureReasonId = 0;
    QString outcome;
    qint64 responsibleId = 0; // staff
    qint64 departmentId = 0;
    QString summary;
    QList<qint64> circumstanceIds;
    bool archived = false;
    int version = 0;
};

struct CaseStatusChange
{
    QString fromStatus;
    QString toStatus;
    QDate changedOn;
    QString comment;
};

struct CaseNote
{
    qint64 id = 0;
    QDate date;
    QString kind = QStringLiteral("general"); // or "psychologist"
    QString text;
    qint64 authorId = 0; // users.id
};

} // namespace opora
