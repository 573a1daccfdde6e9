#include "register/staffrepository.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/recordguard.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Table = u"staff"_s;
const QStringList Fields{u"surname"_s,    u"first_name"_s, u"patronymic"_s, u"position"_s,
                         u"department"_s, u"phone"_s,      u"email"_s};

const QString SelectSql =
    u"SELECT s.id, s.surname, s.first_name, s.patronymic, s.position, "
    "coalesce(s.department_id, 0), coalesce(d.name, ''), s.phone, s.email, s.active, s.version "
    "FROM staff s LEFT JOIN department d ON d.id = s.department_id"_s;

StaffMember read(const Query &q)
{
    return {q.integer(0), q.text(1),           q.text(2),          q.text(3),
            q.text(4),    q.integer(5),        q.text(6),          q.text(7),
            q.text(8),    q.value(9).toBool(), q.value(10).toInt()};
}

// The member's details, trimmed, for INSERT and UPDATE.
Query &bindStaff(Query &q, const StaffMember &s)
{
    return q.bind(u":s"_s, s.surname.trimmed())
        .bind(u":f"_s, s.firstName.trimmed())
        .bind(u":p"_s, nonNull(s.patronymic.trimmed()))
        .bind(u":pos"_s, nonNull(s.position.trimmed()))
        .bind(u":d"_s, idOrNull(s.departmentId))
        .bind(u":phone"_s, nonNull(s.phone.trimmed()))
        .bind(u":email"_s, nonNull(s.email.trimmed()));
}

} // namespace

StaffRepository::StaffRepository(Database &db)
    : m_db(db)
{}

QList<StaffMember> StaffRepository::list(bool includeInactive) const
{
    Query q(m_db, SelectSql + (includeInactive ? u""_s : u" WHERE s.active = 1"_s) +
                      u" ORDER BY s.active DESC, s.surname, s.first_name, s.id"_s);
    q.exec();
    QList<StaffMember> staff;
    while (q.next())
        staff << read(q);
    return staff;
}

StaffMember StaffRepository::get(qint64 id) const
{
    Query q(m_db, SelectSql + u" WHERE s.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This member of staff no longer exists."));
    return read(q);
}

void StaffRepository::validate(const StaffMember &s) const
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    Validator v;
    v.require(!s.surname.trimmed().isEmpty(), u"surname"_s, tr("Enter the surname."));
    v.require(!s.firstName.trimmed().isEmpty(), u"first_name"_s, tr("Enter the first name."));
    v.require(s.email.trimmed().isEmpty() || email.match(s.email.trimmed()).hasMatch(), u"email"_s,
              tr("The e-mail address should look like name@example.org."));
    v.require(s.departmentId == 0 ||
                  Query(m_db, u"SELECT count(*) FROM department WHERE id = :id"_s)
                          .bind(u":id"_s, s.departmentId)
                          .scalar(0)
                          .toInt() == 1,
              u"department"_s, tr("Choose a department from the list."));
    v.throwIfInvalid();
}

qint64 StaffRepository::create(const StaffMember &s)
{
    requirePermission(m_db, Permission::ManageReference);
    validate(s);
    WriteTransaction tx(m_db);
    const QString now = nowUtc();
    Query q(m_db, u"INSERT INTO staff(surname, first_name, patronymic, position, department_id, "
                  "phone, email, active, created_at, updated_at, created_by, updated_by) "
                  "VALUES(:s, :f, :p, :pos, :d, :phone, :email, 1, :now, :now, :by, :by)"_s);
    bindStaff(q, s).bind(u":now"_s, now).bind(u":by"_s, actor(m_db)).exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, Table, id, Fields);
    tx.commit();
    return id;
}

void StaffRepository::update(const StaffMember &s)
{
    requirePermission(m_db, Permission::ManageReference);
    validate(s);
    WriteTransaction tx(m_db);
    requireVersion(m_db, Table, Table, s.id, s.version, Fields);
    Query q(m_db, u"UPDATE staff SET surname = :s, first_name = :f, patronymic = :p, position = "
                  ":pos, department_id = :d, phone = :phone, email = :email, updated_at = :now, "
                  "updated_by = :by, version = version + 1 WHERE id = :id"_s);
    bindStaff(q, s)
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, s.id)
        .exec();
    recordAudit(m_db, AuditAction::Update, Table, s.id, Fields);
    tx.commit();
}

void StaffRepository::setActive(qint64 id, int version, bool active)
{
    requirePermission(m_db, Permission::ManageReference);
    WriteTransaction tx(m_db);
    setRowActive(m_db, Table, id, version, active);
    tx.commit();
}

} // namespace opora
