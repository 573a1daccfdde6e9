#pragma once

#include "exchange/peopleexchange.h"

namespace opora {

// What belongs to cases, people and volunteers and travels in files of its own, so a database
// exported kind by kind comes back whole. Each names its case by number, its person by name and
// birth date, its volunteer by surname, first name and phone (import those kinds first), and
// none is imported twice.

// Case notes: matched on the case, date, kind and text. Psychologists' notes leave only for
// those who may read them.
class CaseNoteExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::CaseNoteExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

// Consents to the processing of personal data: matched on the person, date and scope.
class ConsentExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::ConsentExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

// Volunteers mentoring cases: matched on the volunteer, the case and the start.
class MentoringExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::MentoringExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

// Volunteers' hours: matched on the volunteer, the day, the hours and the note.
class VolunteerHoursExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::VolunteerHoursExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

} // namespace opora
