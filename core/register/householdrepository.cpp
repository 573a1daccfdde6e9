#include "register/householdrepository.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/person.h"
#include "register/recordguard.h"
#include "text/normalize.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QStringList CreatedFields{u"name"_s, u"address"_s, u"notes"_s, u"members"_s};
const QString Table = u"household"_s;

QStringList changedFields(const HouseholdRecord &a, const HouseholdRecord &b)
{
    QStringList changed;
    if (a.name != b.name)
        changed << u"name"_s;
    if (a.address != b.address)
        changed << u"address"_s;
    if (a.notes != b.notes)
        changed << u"notes"_s;
    QStringList am, bm;
    for (const auto &m : a.members)
        am << u"%1:%2"_s.arg(m.personId).arg(m.relation);
    for (const auto &m : b.members)
        bm << u"%1:%2"_s.arg(m.personId).arg(m.relation);
    am.sort();
    bm.sort();
    if (am != bm)
        changed << u"members"_s;
    return changed;
}
} // namespace

QStringList householdRelations()
{
    return {u"mother"_s,   u"father"_s,  u"child"_s, u"grandparent"_s,
            u"guardian"_s, u"partner"_s, u"other"_s};
}

HouseholdRepository::HouseholdRepository(Database &db)
    : m_db(db)
{}

void HouseholdRepository::validate(const HouseholdRecord &h)
{
    Validator v;
    v.require(!h.name.trimmed().isEmpty(), u"name"_s, tr("Enter the family's name."));
    QSet<qint64> seen;
    bool relationsOk = true;
    bool unique = true;
    for (const auto &m : h.members) {
        relationsOk = relationsOk && householdRelations().contains(m.relation) && m.personId > 0;
        unique = unique && !seen.contains(m.personId);
        seen.insert(m.personId);
    }
    v.require(relationsOk, u"members"_s, tr("Choose each member's relation in the family."));
    v.require(unique, u"members"_s, tr("A person is listed twice in the family."));
    v.throwIfInvalid();
}

HouseholdRecord HouseholdRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT name, address, notes, archived_at IS NOT NULL, version FROM household "
                  "WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This family is no longer in the register."),
                    u"household %1 not found"_s.arg(id));
    HouseholdRecord h;
    h.id = id;
    h.name = q.text(0);
    h.address = q.text(1);
    h.notes = q.text(2);
    h.archived = q.value(3).toBool();
    h.version = q.value(4).toInt();
    Query m(m_db, u"SELECT m.person_id, m.relation, "_s + personNameSql(u"p"_s) +
                      u" FROM "
                      "household_member m JOIN person p ON p.id = m.person_id WHERE "
                      "m.household_id = :id ORDER BY p.birth_date, p.id"_s);
    m.bind(u":id"_s, id).exec();
    while (m.next())
        h.members.append({m.integer(0), m.text(1), m.text(2)});
    return h;
}

qint64 HouseholdRepository::create(const HouseholdRecord &h)
{
    validate(h);
    WriteTransaction tx(m_db);
    const qint64 id = insertRow(h, nowUtc());
    insertMembers(id, h.members);
    recordAudit(m_db, AuditAction::Create, Table, id, CreatedFields);
    tx.commit();
    return id;
}

qint64 HouseholdRepository::insertRow(const HouseholdRecord &h, const QString &now)
{
    Query q(m_db, u"INSERT INTO household(name, name_key, address, notes, created_at, "
                  "updated_at, created_by, updated_by) VALUES(:name, :key, :address, :notes, "
                  ":now, :now, :by, :by)"_s);
    q.bind(u":name"_s, h.name.trimmed())
        .bind(u":key"_s, searchKey(h.name))
        .bind(u":address"_s, nonNull(h.address.trimmed()))
        .bind(u":notes"_s, nonNull(h.notes))
        .bind(u":now"_s, now)
        .bind(u":by"_s, actor(m_db))
        .exec();
    return q.lastInsertId();
}

void HouseholdRepository::importFamilies(const QList<HouseholdRecord> &families)
{
    for (const HouseholdRecord &h : families)
        validate(h);
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    const QString now = nowUtc();
    {
        AuditBatch audit(m_db, AuditAction::Create, Table);
        for (const HouseholdRecord &h : families) {
            if (h.id)
                continue;
            const qint64 id = insertRow(h, now);
            insertMembers(id, h.members);
            audit.add(id, CreatedFields);
        }
    }
    AuditBatch audit(m_db, AuditAction::Update, Table);
    for (const HouseholdRecord &h : families) {
        if (!h.id || h.members.isEmpty())
            continue;
        insertMembers(h.id, h.members);
        Query(m_db, u"UPDATE household SET updated_at = :now, updated_by = :by, version = "
                    "version + 1 WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":by"_s, actor(m_db))
            .bind(u":id"_s, h.id)
            .exec();
        audit.add(h.id, {u"members"_s});
    }
    tx.commit();
}

void HouseholdRepository::update(const HouseholdRecord &h)
{
    validate(h);
    WriteTransaction tx(m_db);
    const int current = rowVersion(m_db, Table, h.id);
    const QStringList changed = current ? changedFields(get(h.id), h) : QStringList();
    requireVersion(m_db, Table, Table, h.id, h.version, changed);
    Query(m_db, u"UPDATE household SET name = :name, name_key = :key, address = :address, "
                "notes = :notes, updated_at = :now, updated_by = :by, version = version + 1 "
                "WHERE id = :id AND version = :v"_s)
        .bind(u":name"_s, h.name.trimmed())
        .bind(u":key"_s, searchKey(h.name))
        .bind(u":address"_s, nonNull(h.address.trimmed()))
        .bind(u":notes"_s, nonNull(h.notes))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, h.id)
        .bind(u":v"_s, h.version)
        .exec();
    writeMembers(h.id, h.members);
    recordAudit(m_db, AuditAction::Update, Table, h.id, changed);
    tx.commit();
}

void HouseholdRepository::writeMembers(qint64 id, const QList<HouseholdMember> &members)
{
    Query(m_db, u"DELETE FROM household_member WHERE household_id = :id"_s)
        .bind(u":id"_s, id)
        .exec();
    insertMembers(id, members);
}

void HouseholdRepository::insertMembers(qint64 id, const QList<HouseholdMember> &members)
{
    for (const auto &m : members)
        Query(m_db, u"INSERT INTO household_member(household_id, person_id, relation) "
                    "VALUES(:h, :p, :r)"_s)
            .bind(u":h"_s, id)
            .bind(u":p"_s, m.personId)
            .bind(u":r"_s, m.relation)
            .exec();
}

void HouseholdRepository::archive(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Table, id, version, true);
    tx.commit();
}

void HouseholdRepository::restore(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Table, id, version, false);
    tx.commit();
}

QList<qint64> HouseholdRepository::householdsOf(qint64 personId) const
{
    Query q(m_db, u"SELECT household_id FROM household_member WHERE person_id = :p "
                  "ORDER BY household_id"_s);
    q.bind(u":p"_s, personId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

} // namespace opora
