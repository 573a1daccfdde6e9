#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opora {

class Database;

// What a role may do. The window hides what a role may not do; core refuses it whatever the
// window shows, so a button left visible by mistake or a command line cannot get round it.
enum class Permission {
    ViewRecords,     // named records: people, families, cases and what was done for them
    EditRecords,     // people, families, cases, notes, services, events, volunteers, enrolment
    ManageProjects,  // projects, their indicators and values
    ViewReports,     // dashboards, indicators and anonymised documents
    PrintNamed,      // documents that name people for the paper file: case file, plan, sign-in
    ExportNamed,     // CSV exports, a person's data, the named round-table document
    ManageUsers,     // accounts and their roles
    ManageReference, // staff, departments, reference lists, the service catalogue, the centre
    ViewAudit,       // the audit trail
};

// Roles: admin, head, specialist, psychologist, manager (reports only), trainer (demo only).
QStringList roles();
bool roleMay(const QString &role, Permission permission);

// Who is working with the database: the signed-in account's role, or empty when nobody is
// (the profile seed, the demo generator, the command line without --user).
QString actorRole(const Database &db);

// Throws Error(Permission) with a message in plain words when the signed-in account's role may
// not do this. Nobody signed in: allowed (the command line without --user is the operator of
// the computer, like the file itself).
void requirePermission(const Database &db, Permission permission);

// The permission a change of this kind of record needs (entity as written to the audit trail);
// recordAudit checks it for every change, so nothing is stored that the role may not change.
void requireChangePermission(const Database &db, const QString &entity, const QString &action,
                             qint64 entityId);

// The cases the signed-in account may see, as an SQL condition on case_file under alias;
// empty when it may see every case. A specialist or psychologist sees the cases of the
// department of the member of staff they work as, the cases they are responsible for, and the
// cases they opened; administrators and heads see all.
QString caseScopeCondition(const Database &db, const QString &alias);

// Throws Error(Permission) when the signed-in account may not see this case.
void requireCaseInScope(const Database &db, qint64 caseId);

// Whether the signed-in account may read a psychologist's note written by authorId: its
// author and heads of department may (and the command line without an account).
bool mayReadPsychologistNote(const Database &db, qint64 authorId);

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(opora::Permissions)

public:
    static QString refusal(Permission permission);
    static QString outsideScope();
};

} // namespace opora
