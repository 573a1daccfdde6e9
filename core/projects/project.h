#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace opora {

// A grant-funded project or programme: what the funder agreed to pay for.
struct Project
{
    qint64 id = 0;
    QString name;
    QString funder;
    QString agreementNo;
    std::optional<qint64> amountMinor; // kopecks, kopiyky, cents
    QString currency;                  // ISO 4217
    QDate startsOn;
    QDate endsOn;
    QString goal;
    QString tasks;
    QString targetGroups;
    QString partners;
    // The manager's sections of the round-table document.
    QString results;
    QString lessons;
    QString proposals;
    QString status = QStringLiteral("active"); // planned, active, completed, cancelled
    bool archived = false;
    int version = 0;
};

// How an indicator's fact is found. See docs/indicators.md for each method's rule.
enum class IndicatorMethod {
    Enrolled,           // people enrolled in the target group
    PeopleServed,       // distinct people with a service of the project
    FamiliesServed,     // distinct families of those people
    Services,           // services delivered: count, quantity or hours
    EventsHeld,         // events with status held
    Participants,       // distinct people, visits, headcounts or all attendance
    SpecialistsTrained, // named participants and specialist headcounts of trainings
    Volunteers,         // volunteers engaged, or their hours
    ImprovedShare,      // percent of closed cases with an improved outcome
    SupportLength,      // average days of support of closed cases
    Manual,             // values entered by hand
};

QString methodKey(IndicatorMethod method);
std::optional<IndicatorMethod> methodFromKey(const QString &key);
QList<IndicatorMethod> allMethods();
// The filters (params keys) a method understands; anything else is refused on save.
QStringList indicatorParamKeys(IndicatorMethod method);
// The values of params "measure" for the methods that have one (the first is the default).
QStringList indicatorMeasures(IndicatorMethod method);

struct Indicator
{
    qint64 id = 0;
    qint64 projectId = 0;
    int sortOrder = 0;
    QString wording; // the funder's words, verbatim
    QString unit;
    std::optional<double> plan;
    IndicatorMethod method = IndicatorMethod::Manual;
    // Filters of the method: measure, item_id, type, form, event_types, series_id, audiences,
    // category_id, age_min, age_max, include_partly. Unknown keys are refused on save.
    QJsonObject params;
    QString comment;
    int version = 0;
};

// Part of the plan falling within [startsOn, endsOn] (a quarter or a month).
struct PlanPeriod
{
    QDate startsOn;
    QDate endsOn;
    double value = 0;
};

struct IndicatorValue
{
    qint64 id = 0;
    QDate date;
    double value = 0;
    QString comment;
};

// A member of the project's team: a staff member and what they do in the project.
struct TeamMember
{
    qint64 staffId = 0;
    QString role;       // in the project: coordinator, psychologist, trainer...
    QString name;       // "Surname F. P.", filled when read
    QString position;   // their position at the centre, filled when read
    bool inTeam = true; // false for a staff member offered to join
};

struct Enrolment
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 personId = 0;
    qint64 caseId = 0;
    QDate startsOn;
    QDate endsOn;
    int version = 0;
};

} // namespace opora
