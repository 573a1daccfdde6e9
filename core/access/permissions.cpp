#include "access/permissions.h"

#include "db/database.h"
#include "db/query.h"
#include "error.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

// The matrix: which roles hold each permission.
QStringList holders(Permission permission)
{
    switch (permission) {
    case Permission::ViewRecords:
    case Permission::EditRecords:
    case Permission::PrintNamed:
        return {u"admin"_s, u"head"_s, u"specialist"_s, u"psychologist"_s};
    case Permission::ManageProjects:
        return {u"admin"_s, u"head"_s};
    case Permission::ViewReports:
        return {u"admin"_s,        u"head"_s,    u"specialist"_s,
                u"psychologist"_s, u"manager"_s, u"trainer"_s};
    case Permission::ExportNamed:
        return {u"admin"_s, u"head"_s};
    case Permission::ManageUsers:
    case Permission::ManageReference:
    case Permission::ViewAudit:
        return {u"admin"_s};
    }
    return {};
}

} // namespace

QStringList roles()
{
    return {u"admin"_s, u"head"_s, u"specialist"_s, u"psychologist"_s, u"manager"_s, u"trainer"_s};
}

bool roleMay(const QString &role, Permission permission)
{
    return holders(permission).contains(role);
}

QString actorRole(const Database &db)
{
    if (db.actorId() <= 0)
        return {};
    return Query(db, u"SELECT role FROM users WHERE id = :id AND active = 1"_s)
        .bind(u":id"_s, db.actorId())
        .scalar(u"none"_s)
        .toString();
}

void requirePermission(const Database &db, Permission permission)
{
    if (db.actorId() <= 0)
        return;
    if (!roleMay(actorRole(db), permission))
        throw Error(Error::Kind::Permission, Permissions::refusal(permission));
}

void requireChangePermission(const Database &db, const QString &entity, const QString &action,
                             qint64 entityId)
{
    if (db.actorId() <= 0)
        return;
    // Opening, exporting and printing are checked before the reading they record.
    if (action == u"open"_s || action == u"export"_s || action == u"print"_s)
        return;
    if (entity == u"users"_s) {
        // Signing in is everybody's; so is changing one's own password.
        if (action == u"login"_s || action == u"login_failed"_s ||
            (action == u"password"_s && entityId == db.actorId()))
            return;
        requirePermission(db, Permission::ManageUsers);
        return;
    }
    static const QSet<QString> reference{u"staff"_s,        u"department"_s, u"ref_item"_s,
                                         u"service_item"_s, u"settings"_s,   u"centre"_s};
    static const QSet<QString> projects{u"project"_s, u"indicator"_s, u"indicator_value"_s,
                                        u"indicator_plan"_s, u"project_team"_s};
    if (reference.contains(entity))
        requirePermission(db, Permission::ManageReference);
    else if (projects.contains(entity))
        requirePermission(db, Permission::ManageProjects);
    else
        requirePermission(db, Permission::EditRecords);
}

QString caseScopeCondition(const Database &db, const QString &alias)
{
    if (db.actorId() <= 0)
        return {};
    Query q(db, u"SELECT u.role, coalesce(u.staff_id, 0), coalesce(s.department_id, 0) FROM "
                "users u LEFT JOIN staff s ON s.id = u.staff_id WHERE u.id = :id"_s);
    q.bind(u":id"_s, db.actorId()).exec();
    if (!q.next())
        return u"0"_s;
    const QString role = q.text(0);
    if (role == u"admin"_s || role == u"head"_s)
        return {};
    // Whole numbers read from the database, so they can stand in the statement.
    return u"(%1.department_id = %2 OR %1.responsible_id = %3 OR %1.created_by = %4)"_s.arg(alias)
        .arg(q.integer(2))
        .arg(q.integer(1))
        .arg(db.actorId());
}

void requireCaseInScope(const Database &db, qint64 caseId)
{
    const QString scope = caseScopeCondition(db, u"c"_s);
    if (scope.isEmpty())
        return;
    const bool visible =
        Query(db, u"SELECT count(*) FROM case_file c WHERE c.id = :id AND "_s + scope)
            .bind(u":id"_s, caseId)
            .scalar(0)
            .toInt() > 0;
    if (!visible)
        throw Error(Error::Kind::Permission, Permissions::outsideScope());
}

bool mayReadPsychologistNote(const Database &db, qint64 authorId)
{
    return db.actorId() <= 0 || authorId == db.actorId() || actorRole(db) == u"head"_s;
}

QString Permissions::outsideScope()
{
    return tr("This case belongs to another department. Ask its head or the administrator if "
              "you need to work on it.");
}

QString Permissions::refusal(Permission permission)
{
    switch (permission) {
    case Permission::ViewRecords:
        return tr("Your role may not open the records of people and cases.");
    case Permission::EditRecords:
        return tr("Your role may look at records but not change them.");
    case Permission::ManageProjects:
        return tr("Only an administrator or a head of department may change projects and "
                  "their indicators.");
    case Permission::ViewReports:
        return tr("Your role may not see reports.");
    case Permission::PrintNamed:
        return tr("Your role may not print documents that name people.");
    case Permission::ExportNamed:
        return tr("Exporting or printing documents that name people needs the permission of "
                  "an administrator or a head of department.");
    case Permission::ManageUsers:
        return tr("Only an administrator may manage accounts and roles.");
    case Permission::ManageReference:
        return tr("Only an administrator may change staff, departments, reference lists and "
                  "the service catalogue.");
    case Permission::ViewAudit:
        return tr("Only an administrator may read the audit trail.");
    }
    return {};
}

} // namespace opora
