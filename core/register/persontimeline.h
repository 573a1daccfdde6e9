#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace opora {

class Database;

// One line of a person's history: a service they received, an event they were marked at, or a
// change of status of a case about them or their family.
struct TimelineEntry
{
    enum class Kind { Service, Event, CaseStatus };
    Kind kind = Kind::Service;
    QDate date;
    QString title;  // service: "code name"; event: its title; status: the case number
    QString code;   // service: form; event: attendance mark; status: the new status
    QString detail; // service: specialist; event: event type; status: the previous status
    qint64 caseId = 0;
    qint64 eventId = 0;
};

// Everything that happened to one person, newest first, from the journal, the attendance of
// events and the status history of the cases about them or their families. Archived records
// are left out; at most `limit` entries (the newest).
QList<TimelineEntry> personTimeline(const Database &db, qint64 personId, int limit = 500);

} // namespace opora
