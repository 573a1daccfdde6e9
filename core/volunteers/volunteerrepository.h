#pragma once

#include "register/page.h"

#include <QCoreApplication>
#include <QDate>

namespace opora {

class Database;
class Validator;

// A volunteer or mentor: a person of the register, or someone known only by name.
struct Volunteer
{
    qint64 id = 0;
    qint64 personId = 0; // when set, the name comes from the register
    QString surname;
    QString firstName;
    QString phone;
    QString skills;
    QDate since;
    bool archived = false;
    int version = 0;
};

// A volunteer assigned as mentor to a case, from one date, until another or still.
struct Mentorship
{
    qint64 id = 0;
    qint64 volunteerId = 0;
    qint64 caseId = 0;
    QDate startsOn;
    QDate endsOn; // invalid: still mentoring
    int version = 0;
    // Read only: the case's number and who it is about, for lists.
    QString caseNumber;
    QString caseSubject;
};

// Hours a volunteer gave on one day, optionally for a case, an event or a project.
struct VolunteerHours
{
    qint64 id = 0;
    qint64 volunteerId = 0;
    QDate date;
    double hours = 0;
    qint64 caseId = 0;
    qint64 eventId = 0;
    qint64 projectId = 0;
    QString note;
    int version = 0;
    QString projectName; // read only
};

struct VolunteerFilter
{
    QString text; // any part of the name, the phone or the skills
    bool withArchived = false;
};

struct VolunteerRow
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString skills;
    QDate since;
    int mentees = 0; // cases mentored now
    double hours = 0;
    bool archived = false;
};

class VolunteerRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::VolunteerRepository)

public:
    explicit VolunteerRepository(Database &db);

    Volunteer get(qint64 id) const;
    // The name shown for a volunteer: the register's for a linked person.
    QString nameOf(qint64 id) const;
    qint64 create(const Volunteer &volunteer);
    void update(const Volunteer &volunteer);
    void setArchived(qint64 id, int version, bool archived);
    Page<VolunteerRow> list(const VolunteerFilter &filter, const PageRequest &request) const;
    static QStringList sortKeys(); // name, since, hours

    QList<Mentorship> mentorships(qint64 volunteerId) const;
    // The mentors of a case now and before, newest first (volunteerId and name in caseSubject).
    QList<Mentorship> mentorsOf(qint64 caseId) const;
    qint64 assignMentor(const Mentorship &mentorship);
    // Many at once (the import of a file): all checked, then stored in one transaction with
    // one batch of audit entries.
    QList<qint64> assignMentors(const QList<Mentorship> &mentorships);
    // Ends a mentorship on a date (not before it started).
    void endMentorship(qint64 id, int version, const QDate &endsOn);

    QList<VolunteerHours> hours(qint64 volunteerId) const;
    qint64 logHours(const VolunteerHours &entry);
    QList<qint64> logHoursMany(const QList<VolunteerHours> &entries);
    // An entry made in error is archived, never deleted.
    void removeHours(qint64 id, int version);
    double totalHours(qint64 volunteerId) const;

    void validate(const Volunteer &volunteer) const;
    void validate(const Mentorship &mentorship) const;
    void validate(const VolunteerHours &entry) const;
    // The rules on the values alone, for a file whose rows name only what the register holds.
    static void validateValues(const VolunteerHours &entry);

private:
    static void checkValues(Validator &check, const VolunteerHours &entry);
    Database &m_db;
};

} // namespace opora
