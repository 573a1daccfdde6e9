#include "register/retention.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/recordguard.h"
#include "text/normalize.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Setting = u"retention_years"_s;
const QString Anonymised = u"—"_s;

// Who each case is about: its person, or every member of its family.
const QString Involvement =
    u"WITH inv(person_id, case_id) AS (SELECT person_id, id FROM case_file WHERE person_id IS "
    "NOT NULL UNION SELECT m.person_id, c.id FROM case_file c JOIN household_member m ON "
    "m.household_id = c.household_id) "_s;

const QString OldCase = u"(c.status = 'closed' AND c.closed_on < :cutoff)"_s;

QList<qint64> ids(Database &db, const QString &sql, const QDate &cutoff)
{
    Query q(db, sql);
    q.bind(u":cutoff"_s, isoDate(cutoff)).exec();
    QList<qint64> list;
    while (q.next())
        list << q.integer(0);
    return list;
}

// Marks a row anonymised today and bumps its version, so an open card sees the change.
void touch(Database &db, const QString &table, qint64 id)
{
    Query(db, u"UPDATE "_s + table +
                  u" SET anonymised_on = :today, updated_at = :now, updated_by = :by, version = "
                  "version + 1 WHERE id = :id"_s)
        .bind(u":today"_s, isoDate(today()))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(db))
        .bind(u":id"_s, id)
        .exec();
}

void anonymisePerson(Database &db, qint64 id)
{
    const QString surname = u"#%1"_s.arg(id);
    Query(db, u"UPDATE person SET surname = :s, first_name = :f, patronymic = '', phone = '', "
              "address = '', document = '', notes = '', surname_key = :sk, first_name_key = '', "
              "patronymic_key = '', phone_key = '', phone_rkey = '' WHERE id = :id"_s)
        .bind(u":s"_s, surname)
        .bind(u":f"_s, Anonymised)
        .bind(u":sk"_s, searchKey(surname))
        .bind(u":id"_s, id)
        .exec();
    touch(db, u"person"_s, id);
    Query(db, u"UPDATE consent SET signed_by = '' WHERE person_id = :id"_s)
        .bind(u":id"_s, id)
        .exec();
    recordAudit(
        db, "anonymise", u"person"_s, id,
        {u"name"_s, u"phone"_s, u"address"_s, u"document"_s, u"notes"_s, u"consent_signed_by"_s});
}

void anonymiseHousehold(Database &db, qint64 id)
{
    const QString name = u"#%1"_s.arg(id);
    Query(db, u"UPDATE household SET name = :n, name_key = :k, address = '', notes = '' WHERE "
              "id = :id"_s)
        .bind(u":n"_s, name)
        .bind(u":k"_s, searchKey(name))
        .bind(u":id"_s, id)
        .exec();
    touch(db, u"household"_s, id);
    recordAudit(db, "anonymise", u"household"_s, id, {u"name"_s, u"address"_s, u"notes"_s});
}

void anonymiseCase(Database &db, qint64 id)
{
    touch(db, u"case_file"_s, id);
    for (const QString &sql : {u"UPDATE case_file SET summary = '' WHERE id = :id"_s,
                               u"UPDATE case_note SET text = '' WHERE case_id = :id"_s,
                               u"UPDATE case_status_history SET comment = '' WHERE case_id = :id"_s,
                               u"UPDATE plan_line SET note = '' WHERE case_id = :id"_s,
                               u"UPDATE service_record SET note = '' WHERE case_id = :id"_s})
        Query(db, sql).bind(u":id"_s, id).exec();
    recordAudit(
        db, "anonymise", u"case"_s, id,
        {u"summary"_s, u"notes"_s, u"status_comments"_s, u"plan_notes"_s, u"service_notes"_s});
}

} // namespace

int Retention::years(const Database &db)
{
    bool ok = false;
    const int value = db.setting(Setting).toInt(&ok);
    return ok && value >= MinYears && value <= MaxYears ? value : DefaultYears;
}

void Retention::setYears(Database &db, int years)
{
    requirePermission(db, Permission::ManageReference);
    Validator v;
    v.require(years >= MinYears && years <= MaxYears, u"years"_s,
              tr("The retention period is from %1 to %2 years.").arg(MinYears).arg(MaxYears));
    v.throwIfInvalid();
    WriteTransaction tx(db);
    db.setSetting(Setting, QString::number(years));
    recordAudit(db, AuditAction::Update, u"settings"_s, 0, {Setting});
    tx.commit();
}

RetentionPlan Retention::plan(Database &db, const QDate &today, int years)
{
    requirePermission(db, Permission::ManageReference);
    RetentionPlan plan;
    plan.cutoff = today.addYears(-years);
    const QList<qint64> people = ids(
        db,
        Involvement +
            u"SELECT p.id FROM person p WHERE p.anonymised_on IS NULL AND EXISTS (SELECT 1 FROM "
            "inv WHERE inv.person_id = p.id) AND NOT EXISTS (SELECT 1 FROM inv JOIN case_file c "
            "ON c.id = inv.case_id WHERE inv.person_id = p.id AND NOT "_s +
            OldCase +
            u") AND NOT EXISTS (SELECT 1 FROM service_record r WHERE r.person_id = p.id AND "
            "r.service_date >= :cutoff) AND NOT EXISTS (SELECT 1 FROM event_participant ep JOIN "
            "event e ON e.id = ep.event_id WHERE ep.person_id = p.id AND e.event_date >= "
            ":cutoff) AND NOT EXISTS (SELECT 1 FROM volunteer v WHERE v.person_id = p.id) AND "
            "NOT EXISTS (SELECT 1 FROM project_enrolment pe WHERE pe.person_id = p.id AND "
            "coalesce(pe.ends_on, '9999-12-31') >= :cutoff) ORDER BY p.id"_s,
        plan.cutoff);
    plan.people = people;
    const QSet<qint64> eligible(people.cbegin(), people.cend());
    // A case or family goes only when everyone in it does.
    QHash<qint64, bool> cases;
    Query involved(db, Involvement +
                           u"SELECT c.id, inv.person_id FROM case_file c LEFT JOIN inv "
                           "ON inv.case_id = c.id WHERE c.anonymised_on IS NULL AND "_s +
                           OldCase + u" ORDER BY c.id"_s);
    involved.bind(u":cutoff"_s, isoDate(plan.cutoff)).exec();
    while (involved.next()) {
        const qint64 id = involved.integer(0);
        const bool ok = involved.value(1).isNull() || eligible.contains(involved.integer(1));
        cases[id] = cases.value(id, true) && ok;
    }
    for (auto it = cases.cbegin(); it != cases.cend(); ++it)
        if (it.value())
            plan.cases << it.key();
    std::sort(plan.cases.begin(), plan.cases.end());
    QHash<qint64, bool> households;
    Query members(db, u"SELECT h.id, m.person_id FROM household h JOIN household_member m ON "
                      "m.household_id = h.id WHERE h.anonymised_on IS NULL ORDER BY h.id"_s);
    members.exec();
    while (members.next()) {
        const qint64 id = members.integer(0);
        households[id] = households.value(id, true) && eligible.contains(members.integer(1));
    }
    for (auto it = households.cbegin(); it != households.cend(); ++it)
        if (it.value())
            plan.households << it.key();
    std::sort(plan.households.begin(), plan.households.end());
    return plan;
}

RetentionPlan Retention::apply(Database &db, const QDate &today, int years)
{
    WriteTransaction tx(db);
    const RetentionPlan done = plan(db, today, years);
    for (qint64 id : done.people)
        anonymisePerson(db, id);
    for (qint64 id : done.households)
        anonymiseHousehold(db, id);
    for (qint64 id : done.cases)
        anonymiseCase(db, id);
    tx.commit();
    return done;
}

} // namespace opora
