#pragma once

#include "register/page.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace opora {

class Database;

QStringList eventTypes();      // class, parents_school, training, seminar, round_table, ...
QStringList eventStatuses();   // planned, held, cancelled
QStringList audienceGroups();  // women, men, teenagers, children, parents, specialists, ...
QStringList attendanceMarks(); // present, excused, absent

// A group event: a class, a school of motherhood lesson, a training, a round table...
struct EventRecord
{
    qint64 id = 0;
    QString type = QStringLiteral("class");
    QString title;
    qint64 seriesId = 0;
    QDate date;
    QString startsAt; // HH:MM, may be empty
    QString endsAt;
    QString place;
    qint64 projectId = 0;
    qint64 departmentId = 0;
    QString status = QStringLiteral("planned");
    QString note;
    QList<qint64> organiserIds; // staff
    int version = 0;
};

struct Participant
{
    qint64 personId = 0;
    QString name;
    QString attendance; // present, excused, absent
};

// Who came: named people present plus anonymous headcounts. A person in the register is
// counted by name only; headcounts are for people who are not in the register.
struct AttendanceTotals
{
    int namedPresent = 0;
    int excused = 0;
    int absent = 0;
    int headcount = 0;
    int total() const { return namedPresent + headcount; }
};

struct EventFilter
{
    QDate from;
    QDate to;
    QString type;
    QString status;
    qint64 projectId = 0;
    qint64 seriesId = 0;
};

struct EventRow
{
    qint64 id = 0;
    QDate date;
    QString startsAt;
    QString type;
    QString title;
    QString place;
    QString status;
    int attended = 0; // named present + headcounts
};

class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::EventRepository)

public:
    static constexpr int MaxHeadcount = 100000;

    explicit EventRepository(Database &db);

    EventRecord get(qint64 id) const;
    qint64 create(const EventRecord &event);
    // Events with their headcounts in one transaction and one batch of audit entries (the
    // import of a file); all are checked before the first is stored.
    using EventWithHeadcounts = std::pair<EventRecord, QMap<QString, int>>;
    QList<qint64> createMany(const QList<EventWithHeadcounts> &events);
    void update(const EventRecord &event);
    // A course: the same event every `everyDays` days, `count` times, in one series.
    QList<qint64> createSeries(const EventRecord &first, int count, int everyDays = 7);

    QList<Participant> participants(qint64 eventId) const;
    void setParticipant(qint64 eventId, qint64 personId, const QString &attendance);
    // Marks of many events (the import of a file): all checked, then stored in one transaction;
    // each event changed gets one audit entry.
    void setParticipants(const QList<std::pair<qint64, Participant>> &marks);
    void removeParticipant(qint64 eventId, qint64 personId);
    QMap<QString, int> headcounts(qint64 eventId) const;
    void setHeadcounts(qint64 eventId, const QMap<QString, int> &counts);
    static void validateHeadcounts(const QMap<QString, int> &counts);
    AttendanceTotals totals(qint64 eventId) const;
    // Replaces the roster and the headcounts of an event in one transaction.
    void saveAttendance(qint64 eventId, const QList<Participant> &roster,
                        const QMap<QString, int> &headcounts);

    Page<EventRow> list(const EventFilter &filter, const PageRequest &request) const;
    static void validate(const EventRecord &event);

private:
    qint64 insertRow(const EventRecord &event);
    void insertHeadcounts(qint64 eventId, const QMap<QString, int> &counts);
    void writeOrganisers(qint64 id, const QList<qint64> &staff);
    // Marks events changed (their roster or headcounts), one audit entry each.
    void touch(const QList<qint64> &events, const QString &field);
    Database &m_db;
};

} // namespace opora
