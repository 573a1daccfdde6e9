#include "register/referencerepository.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/recordguard.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

bool isDepartment(const QString &list)
{
    return list == u"department"_s;
}

QString tableOf(const QString &list)
{
    return isDepartment(list) ? u"department"_s : u"ref_item"_s;
}

} // namespace

ReferenceRepository::ReferenceRepository(Database &db)
    : m_db(db)
{}

QStringList ReferenceRepository::lists()
{
    return {u"category"_s, u"circumstance"_s, u"closure_reason"_s, u"department"_s};
}

bool ReferenceRepository::inUse(const QString &list, qint64 id) const
{
    QString sql;
    if (list == u"category"_s)
        sql = u"SELECT EXISTS (SELECT 1 FROM person_category WHERE category_id = :id)"_s;
    else if (list == u"circumstance"_s)
        sql = u"SELECT EXISTS (SELECT 1 FROM case_circumstance WHERE circumstance_id = :id)"_s;
    else if (list == u"closure_reason"_s)
        sql = u"SELECT EXISTS (SELECT 1 FROM case_file WHERE closure_reason_id = :id)"_s;
    else
        sql = u"SELECT EXISTS (SELECT 1 FROM case_file WHERE department_id = :id) OR EXISTS "
              "(SELECT 1 FROM staff WHERE department_id = :id)"_s;
    return Query(m_db, sql).bind(u":id"_s, id).scalar(false).toBool();
}

QList<ReferenceItem> ReferenceRepository::items(const QString &list) const
{
    Query q(m_db, isDepartment(list)
                      ? u"SELECT id, '', name, active, version FROM department ORDER BY id"_s
                      : u"SELECT id, code, name, active, version FROM ref_item WHERE list = :l "
                        "ORDER BY sort_order, id"_s);
    if (!isDepartment(list))
        q.bind(u":l"_s, list);
    q.exec();
    QList<ReferenceItem> items;
    while (q.next())
        items.append(
            {q.integer(0), q.text(1), q.text(2), q.value(3).toBool(), false, q.value(4).toInt()});
    for (ReferenceItem &item : items)
        item.inUse = inUse(list, item.id);
    return items;
}

qint64 ReferenceRepository::add(const QString &list, const QString &name)
{
    Validator v;
    v.require(lists().contains(list), u"list"_s, tr("Choose a reference list."));
    v.require(!name.trimmed().isEmpty(), u"name"_s, tr("Enter the name."));
    v.throwIfInvalid();
    WriteTransaction tx(m_db);
    const QString now = nowUtc();
    Query q(m_db, isDepartment(list)
                      ? u"INSERT INTO department(name, created_at, updated_at, created_by, "
                        "updated_by) VALUES(:name, :now, :now, :by, :by)"_s
                      : u"INSERT INTO ref_item(list, code, name, sort_order, created_at, "
                        "updated_at, created_by, updated_by) VALUES(:list, :code, :name, "
                        "(SELECT coalesce(max(sort_order), 0) + 1 FROM ref_item WHERE list = "
                        ":list), :now, :now, :by, :by)"_s);
    q.bind(u":name"_s, name.trimmed()).bind(u":now"_s, now).bind(u":by"_s, actor(m_db));
    if (!isDepartment(list)) {
        // Items added by the administrator get a code of their own that never changes.
        q.bind(u":list"_s, list)
            .bind(u":code"_s,
                  QString(u"custom_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12)));
    }
    q.exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, tableOf(list), id, {u"name"_s});
    tx.commit();
    return id;
}

void ReferenceRepository::rename(const QString &list, qint64 id, int version, const QString &name)
{
    Validator v;
    v.require(!name.trimmed().isEmpty(), u"name"_s, tr("Enter the name."));
    v.throwIfInvalid();
    WriteTransaction tx(m_db);
    const QString table = tableOf(list);
    requireVersion(m_db, table, table, id, version, {u"name"_s});
    Query(m_db, u"UPDATE "_s + table +
                    u" SET name = :name, updated_at = :now, updated_by = :by, version = "
                    "version + 1 WHERE id = :id"_s)
        .bind(u":name"_s, name.trimmed())
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, id)
        .exec();
    recordAudit(m_db, AuditAction::Update, table, id, {u"name"_s});
    tx.commit();
}

void ReferenceRepository::setActive(const QString &list, qint64 id, int version, bool active)
{
    WriteTransaction tx(m_db);
    setRowActive(m_db, tableOf(list), id, version, active);
    tx.commit();
}

void ReferenceRepository::remove(const QString &list, qint64 id)
{
    WriteTransaction tx(m_db);
    if (inUse(list, id))
        throw ValidationError({{u"name"_s, tr("Records use this item: it can be deactivated, "
                                              "not deleted.")}});
    const QString table = tableOf(list);
    Query(m_db, u"DELETE FROM "_s + table + u" WHERE id = :id"_s).bind(u":id"_s, id).exec();
    recordAudit(m_db, "delete", table, id, {});
    tx.commit();
}

ConsentRepository::ConsentRepository(Database &db)
    : m_db(db)
{}

QList<ConsentRecord> ConsentRepository::forPerson(qint64 personId) const
{
    Query q(m_db, u"SELECT id, given_on, signed_by, scope, withdrawn_on, version FROM consent "
                  "WHERE person_id = :p ORDER BY given_on DESC, id DESC"_s);
    q.bind(u":p"_s, personId).exec();
    QList<ConsentRecord> list;
    while (q.next())
        list.append({q.integer(0), personId, parseIsoDate(q.text(1)), q.text(2), q.text(3),
                     parseIsoDate(q.text(4)), q.value(5).toInt()});
    return list;
}

qint64 ConsentRepository::give(const ConsentRecord &c)
{
    ConsentRecord given = c;
    given.withdrawnOn = {};
    return giveMany({given}).constFirst();
}

QList<qint64> ConsentRepository::giveMany(const QList<ConsentRecord> &consents)
{
    for (const ConsentRecord &c : consents) {
        Validator v;
        v.require(c.givenOn.isValid() && c.givenOn <= today(), u"given_on"_s,
                  tr("Enter the date the consent was given; it cannot be in the future."));
        v.require(!c.signedBy.trimmed().isEmpty(), u"signed_by"_s,
                  tr("Enter who signed the consent (for a minor: the legal representative)."));
        v.require(!c.scope.trimmed().isEmpty(), u"scope"_s, tr("Enter what the consent covers."));
        checkWithdrawal(v, c.givenOn, c.withdrawnOn, false);
        v.throwIfInvalid();
    }
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    AuditBatch audit(m_db, AuditAction::Create, u"consent"_s);
    const QString now = nowUtc();
    QList<qint64> ids;
    for (const ConsentRecord &c : consents) {
        Query q(m_db, u"INSERT INTO consent(person_id, given_on, signed_by, scope, withdrawn_on, "
                      "created_at, updated_at, created_by, updated_by) VALUES(:p, :on, :by_name, "
                      ":scope, :withdrawn, :now, :now, :by, :by)"_s);
        q.bind(u":p"_s, c.personId)
            .bind(u":on"_s, isoDate(c.givenOn))
            .bind(u":by_name"_s, c.signedBy.trimmed())
            .bind(u":scope"_s, c.scope.trimmed())
            .bind(u":withdrawn"_s, dateOrNull(c.withdrawnOn))
            .bind(u":now"_s, now)
            .bind(u":by"_s, actor(m_db))
            .exec();
        ids << q.lastInsertId();
        static const QStringList Given{u"given_on"_s, u"signed_by"_s, u"scope"_s};
        static const QStringList Withdrawn = Given + QStringList{u"withdrawn_on"_s};
        audit.add(ids.last(), c.withdrawnOn.isValid() ? Withdrawn : Given);
    }
    tx.commit();
    return ids;
}

void ConsentRepository::checkWithdrawal(Validator &v, const QDate &given, const QDate &on,
                                        bool required)
{
    if (!required && !on.isValid())
        return;
    v.require(on.isValid() && on <= today(), u"withdrawn_on"_s,
              tr("Enter the date of withdrawal; it cannot be in the future."));
    v.require(!on.isValid() || on >= given, u"withdrawn_on"_s,
              tr("A consent cannot be withdrawn before it was given."));
}

void ConsentRepository::withdraw(qint64 id, int version, const QDate &on)
{
    WriteTransaction tx(m_db);
    requireVersion(m_db, u"consent"_s, u"consent"_s, id, version, {u"withdrawn_on"_s});
    const QDate given = parseIsoDate(Query(m_db, u"SELECT given_on FROM consent WHERE id = :id"_s)
                                         .bind(u":id"_s, id)
                                         .scalar()
                                         .toString());
    Validator v;
    checkWithdrawal(v, given, on, true);
    v.throwIfInvalid();
    Query(m_db, u"UPDATE consent SET withdrawn_on = :on, updated_at = :now, updated_by = :by, "
                "version = version + 1 WHERE id = :id"_s)
        .bind(u":on"_s, isoDate(on))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, id)
        .exec();
    recordAudit(m_db, AuditAction::Update, u"consent"_s, id, {u"withdrawn_on"_s});
    tx.commit();
}

} // namespace opora
