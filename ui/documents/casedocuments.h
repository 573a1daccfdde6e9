#pragma once

#include "documents/pageddocument.h"

#include <QCoreApplication>

namespace opora {
class Database;
}

namespace opora::ui {

// Documents about one case for the paper dossier. They name the person: they are personal
// documents by nature, marked so in their header, and their making is audited.
class CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::CaseDocuments)

public:
    // The case file: person, family, case, circumstances, status history, plan, services and
    // general notes (psychologists' notes stay out of the printed file).
    static void caseFile(Database &db, qint64 caseId, PagedDocument &document);
    // The individual plan form (ИППСУ / індивідуальний план) with lines to sign.
    static void planForm(Database &db, qint64 caseId, PagedDocument &document);
    // Finds a case by its number (YYYY-NNNN); 0 when there is none.
    static qint64 caseByNumber(Database &db, const QString &number);
};

// The sign-in sheet of an event: its registered participants and blank rows for the others.
void attendanceSheet(Database &db, qint64 eventId, PagedDocument &document);

// The centre's report for a period: services by type and month, cases opened and closed,
// events and attendance, by department. Figures only.
void periodReport(Database &db, const QDate &from, const QDate &to, PagedDocument &document);

} // namespace opora::ui
