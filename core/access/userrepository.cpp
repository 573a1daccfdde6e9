#include "access/userrepository.h"

#include "access/accounts.h"
#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/lookups.h"
#include "register/recordguard.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Table = u"users"_s;

QString selectSql()
{
    return u"SELECT u.id, u.login, u.display_name, u.role, coalesce(u.staff_id, 0), "_s +
           u"coalesce("_s + staffShortNameSql(u"s"_s) +
           u", ''), u.active, coalesce(u.locked_until, '') > :now, u.password_hash IS NOT "
           "NULL, u.version FROM users u LEFT JOIN staff s ON s.id = u.staff_id"_s;
}

UserAccount read(const Query &q)
{
    return {q.integer(0),        q.text(1),         q.text(2),           q.text(3),
            q.integer(4),        q.text(5),         q.value(6).toBool(), q.value(7).toBool(),
            q.value(8).toBool(), q.value(9).toInt()};
}

int activeAdministrators(const Database &db, qint64 except)
{
    return Query(db, u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> "
                     ":id"_s)
        .bind(u":id"_s, except)
        .scalar(0)
        .toInt();
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{}

QList<UserAccount> UserRepository::list() const
{
    requirePermission(m_db, Permission::ManageUsers);
    Query q(m_db, selectSql() + u" ORDER BY u.active DESC, u.display_name, u.id"_s);
    q.bind(u":now"_s, nowUtc()).exec();
    QList<UserAccount> accounts;
    while (q.next())
        accounts << read(q);
    return accounts;
}

UserAccount UserRepository::get(qint64 id) const
{
    requirePermission(m_db, Permission::ManageUsers);
    Query q(m_db, selectSql() + u" WHERE u.id = :id"_s);
    q.bind(u":now"_s, nowUtc()).bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This account no longer exists."));
    return read(q);
}

void UserRepository::validate(const UserAccount &a) const
{
    static const QRegularExpression loginShape(u"^[\\p{L}\\p{N}._-]{2,40}$"_s);
    const bool taken = Query(m_db, u"SELECT count(*) FROM users WHERE lower(login) = lower(:l) "
                                   "AND id <> :id"_s)
                           .bind(u":l"_s, a.login.trimmed())
                           .bind(u":id"_s, a.id)
                           .scalar(0)
                           .toInt() > 0;
    Validator v;
    v.require(loginShape.match(a.login.trimmed()).hasMatch(), u"login"_s,
              tr("The user name has 2 to 40 letters, digits, dots, hyphens or underscores, "
                 "without spaces."));
    v.require(!taken, u"login"_s, tr("This user name is taken. Choose another one."));
    v.require(!a.displayName.trimmed().isEmpty(), u"display_name"_s,
              tr("Enter the name shown in the window and the audit trail."));
    v.require(roles().contains(a.role), u"role"_s, tr("Choose a role."));
    v.require(a.staffId == 0 || Query(m_db, u"SELECT count(*) FROM staff WHERE id = :id"_s)
                                        .bind(u":id"_s, a.staffId)
                                        .scalar(0)
                                        .toInt() == 1,
              u"staff"_s, tr("Choose a member of staff from the list."));
    v.throwIfInvalid();
}

qint64 UserRepository::create(const UserAccount &a, const QString &password)
{
    requirePermission(m_db, Permission::ManageUsers);
    validate(a);
    Accounts::checkStrength(password);
    WriteTransaction tx(m_db);
    const QString now = nowUtc();
    Query q(m_db, u"INSERT INTO users(login, display_name, role, staff_id, active, created_at, "
                  "updated_at) VALUES(:l, :n, :r, :s, 1, :now, :now)"_s);
    q.bind(u":l"_s, a.login.trimmed())
        .bind(u":n"_s, a.displayName.trimmed())
        .bind(u":r"_s, a.role)
        .bind(u":s"_s, idOrNull(a.staffId))
        .bind(u":now"_s, now)
        .exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, Table, id,
                {u"login"_s, u"display_name"_s, u"role"_s, u"staff"_s});
    Accounts(m_db).setPassword(id, password);
    tx.commit();
    return id;
}

void UserRepository::update(const UserAccount &a)
{
    requirePermission(m_db, Permission::ManageUsers);
    validate(a);
    WriteTransaction tx(m_db);
    const UserAccount stored = get(a.id);
    requireVersion(m_db, Table, Table, a.id, a.version, {u"role"_s});
    const bool self = a.id == m_db.actorId();
    Validator v;
    v.require(!self || a.role == stored.role, u"role"_s,
              tr("Nobody changes their own role: ask another administrator."));
    v.require(!self || a.active, u"active"_s, tr("You cannot deactivate your own account."));
    const bool staysAdmin = a.role == u"admin"_s && a.active;
    v.require(stored.role != u"admin"_s || staysAdmin || activeAdministrators(m_db, a.id) > 0,
              u"role"_s, tr("This is the last active administrator; make another one first."));
    v.throwIfInvalid();
    QStringList fields;
    if (a.login.trimmed() != stored.login)
        fields << u"login"_s;
    if (a.displayName.trimmed() != stored.displayName)
        fields << u"display_name"_s;
    if (a.role != stored.role)
        fields << u"role"_s;
    if (a.staffId != stored.staffId)
        fields << u"staff"_s;
    if (a.active != stored.active)
        fields << u"active"_s;
    Query(m_db, u"UPDATE users SET login = :l, display_name = :n, role = :r, staff_id = :s, "
                "active = :a, updated_at = :now, version = version + 1 WHERE id = :id"_s)
        .bind(u":l"_s, a.login.trimmed())
        .bind(u":n"_s, a.displayName.trimmed())
        .bind(u":r"_s, a.role)
        .bind(u":s"_s, idOrNull(a.staffId))
        .bind(u":a"_s, a.active ? 1 : 0)
        .bind(u":now"_s, nowUtc())
        .bind(u":id"_s, a.id)
        .exec();
    recordAudit(m_db, AuditAction::Update, Table, a.id, fields);
    tx.commit();
}

void UserRepository::resetPassword(qint64 id, const QString &password)
{
    requirePermission(m_db, Permission::ManageUsers);
    get(id);
    Accounts(m_db).setPassword(id, password);
}

void UserRepository::unlock(qint64 id)
{
    requirePermission(m_db, Permission::ManageUsers);
    WriteTransaction tx(m_db);
    get(id);
    Query(m_db, u"UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id"_s)
        .bind(u":id"_s, id)
        .exec();
    recordAudit(m_db, AuditAction::Update, Table, id, {u"unlocked"_s});
    tx.commit();
}

} // namespace opora
