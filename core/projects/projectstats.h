#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace opora {

class Database;

struct HeldEvent
{
    QDate date;
    QString type;
    QString title;
    qint64 participants = 0; // named present and headcounts
};

struct MonthActivity
{
    QDate month; // the first day of the month
    qint64 services = 0;
    qint64 events = 0;       // events held
    qint64 participants = 0; // named visits and headcounts at those events
};

// Aggregates of a project for its dashboard and its documents, over the project's period up to
// a date (both ends included), with the same rules as the indicators: only records attributed
// to the project, no archived records, only events held. Never a name.
class ProjectStats
{
public:
    ProjectStats(Database &db, qint64 projectId, const QDate &asOf);

    // Services by catalogue type code, most first.
    QList<QPair<QString, qint64>> servicesByType() const;
    // Services by form code (home, day, residential, remote).
    QList<QPair<QString, qint64>> servicesByForm() const;
    // Events held by type code.
    QList<QPair<QString, qint64>> eventsByType() const;
    // Attendance by audience code; "registered" holds the visits of named participants.
    QList<QPair<QString, qint64>> attendanceByAudience() const;
    // Every month of the period up to the date, empty months included.
    QList<MonthActivity> activityByMonth() const;
    // The events held, oldest first, with how many came.
    QList<HeldEvent> heldEvents() const;
    // The target group in aggregate: people enrolled, by category (name) and by age at enrolment
    // (bands "0-13", "14-17", "18-24", "25-34", "35+", "unknown").
    qint64 enrolledCount() const;
    QList<QPair<QString, qint64>> enrolledByCategory() const;
    QList<QPair<QString, qint64>> enrolledByAgeBand() const;
    // Volunteers who logged hours for the project, and the hours.
    qint64 volunteerCount() const;
    double volunteerHours() const;

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

private:
    QList<QPair<QString, qint64>> grouped(const QString &sql) const;
    Database &m_db;
    qint64 m_project;
    QDate m_from;
    QDate m_to;
};

} // namespace opora
