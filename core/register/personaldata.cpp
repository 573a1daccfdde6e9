#include "register/personaldata.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

// Rows of a statement with one bound :p (the person or case), each an object of keys (one per
// column); NULL columns are left out.
QJsonArray rows(Database &db, const QString &sql, qint64 id, const QStringList &keys)
{
    Query q(db, sql);
    q.bind(u":p"_s, id).exec();
    QJsonArray list;
    while (q.next()) {
        QJsonObject row;
        for (int i = 0; i < keys.size(); ++i)
            if (!q.value(i).isNull())
                row.insert(keys.at(i), QJsonValue::fromVariant(q.value(i)));
        list.append(row);
    }
    return list;
}

QJsonObject caseAbout(Database &db, const QJsonObject &c)
{
    const qint64 id = c.value(u"id"_s).toInteger();
    QJsonObject out = c;
    out.remove(u"id"_s);
    out.insert(u"status_history"_s,
               rows(db,
                    u"SELECT changed_on, from_status, to_status, comment FROM "
                    "case_status_history WHERE case_id = :p ORDER BY changed_at, id"_s,
                    id, {u"date"_s, u"from"_s, u"to"_s, u"comment"_s}));
    out.insert(u"plan"_s, rows(db,
                               u"SELECT i.code, i.name, l.volume, l.frequency, l.starts_on, "
                               "l.ends_on, l.note FROM plan_line l JOIN service_item i ON i.id = "
                               "l.item_id WHERE l.case_id = :p AND l.archived_at IS NULL ORDER "
                               "BY l.starts_on, l.id"_s,
                               id,
                               {u"service_code"_s, u"service"_s, u"volume"_s, u"frequency"_s,
                                u"from"_s, u"until"_s, u"note"_s}));
    out.insert(u"notes"_s, rows(db,
                                u"SELECT note_date, text FROM case_note WHERE case_id = :p AND "
                                "kind = 'general' AND archived_at IS NULL ORDER BY note_date, "
                                "id"_s,
                                id, {u"date"_s, u"text"_s}));
    return out;
}

} // namespace

QJsonObject PersonalData::collect(Database &db, qint64 personId)
{
    requirePermission(db, Permission::ViewRecords);
    requirePermission(db, Permission::ExportNamed);
    const QJsonArray person =
        rows(db,
             u"SELECT surname, first_name, patronymic, birth_date, sex, phone, address, document, "
             "notes, archived_at IS NOT NULL FROM person WHERE id = :p"_s,
             personId,
             {u"surname"_s, u"first_name"_s, u"patronymic"_s, u"birth_date"_s, u"sex"_s, u"phone"_s,
              u"address"_s, u"document"_s, u"notes"_s, u"archived"_s});
    if (person.isEmpty())
        throw Error(Error::Kind::NotFound, tr("There is no person with this number."));
    QJsonObject about = person.first().toObject();
    about.insert(u"archived"_s, about.value(u"archived"_s).toInt() != 0);

    QJsonObject data;
    data.insert(u"format"_s, u"opora-personal-data/1"_s);
    data.insert(u"made_on"_s, isoDate(today()));
    data.insert(u"person"_s, about);
    QJsonArray categories;
    for (const QJsonValue &c :
         rows(db,
              u"SELECT r.name FROM person_category pc JOIN ref_item r ON r.id = pc.category_id "
              "WHERE pc.person_id = :p ORDER BY r.sort_order"_s,
              personId, {u"name"_s}))
        categories.append(c.toObject().value(u"name"_s));
    data.insert(u"categories"_s, categories);
    data.insert(u"consents"_s,
                rows(db,
                     u"SELECT given_on, signed_by, scope, withdrawn_on FROM consent WHERE "
                     "person_id = :p ORDER BY given_on, id"_s,
                     personId, {u"given_on"_s, u"signed_by"_s, u"scope"_s, u"withdrawn_on"_s}));
    data.insert(u"families"_s,
                rows(db,
                     u"SELECT h.name, h.address, m.relation FROM household_member m JOIN "
                     "household h ON h.id = m.household_id WHERE m.person_id = :p ORDER BY "
                     "h.id"_s,
                     personId, {u"family"_s, u"address"_s, u"relation"_s}));
    QJsonArray own;
    for (const QJsonValue &c :
         rows(db,
              u"SELECT id, number, status, opened_on, closed_on, outcome, summary FROM case_file "
              "WHERE person_id = :p ORDER BY opened_on, id"_s,
              personId,
              {u"id"_s, u"number"_s, u"status"_s, u"opened_on"_s, u"closed_on"_s, u"outcome"_s,
               u"summary"_s}))
        own.append(caseAbout(db, c.toObject()));
    data.insert(u"cases"_s, own);
    data.insert(u"family_cases"_s,
                rows(db,
                     u"SELECT c.number, c.status, c.opened_on, c.closed_on FROM case_file c "
                     "WHERE c.household_id IN (SELECT household_id FROM household_member WHERE "
                     "person_id = :p) ORDER BY c.opened_on, c.id"_s,
                     personId, {u"number"_s, u"status"_s, u"opened_on"_s, u"closed_on"_s}));
    data.insert(u"services"_s,
                rows(db,
                     u"SELECT r.service_date, c.number, i.code, i.name, r.quantity, "
                     "r.duration_min, r.form, coalesce(s.surname || ' ' || s.first_name, '') "
                     "FROM service_record r JOIN case_file c ON c.id = r.case_id JOIN "
                     "service_item i ON i.id = r.item_id LEFT JOIN staff s ON s.id = r.staff_id "
                     "WHERE r.person_id = :p AND r.archived_at IS NULL ORDER BY r.service_date, "
                     "r.id"_s,
                     personId,
                     {u"date"_s, u"case"_s, u"service_code"_s, u"service"_s, u"quantity"_s,
                      u"duration_min"_s, u"form"_s, u"specialist"_s}));
    data.insert(u"events"_s,
                rows(db,
                     u"SELECT e.event_date, e.type, e.title, ep.attendance FROM "
                     "event_participant ep JOIN event e ON e.id = ep.event_id WHERE "
                     "ep.person_id = :p AND e.archived_at IS NULL ORDER BY e.event_date, e.id"_s,
                     personId, {u"date"_s, u"type"_s, u"title"_s, u"attendance"_s}));
    data.insert(u"projects"_s,
                rows(db,
                     u"SELECT pr.name, e.starts_on, e.ends_on FROM project_enrolment e JOIN "
                     "project pr ON pr.id = e.project_id WHERE e.person_id = :p AND "
                     "e.archived_at IS NULL ORDER BY e.starts_on, e.id"_s,
                     personId, {u"project"_s, u"from"_s, u"until"_s}));
    const QJsonArray volunteer =
        rows(db,
             u"SELECT v.since, v.skills, (SELECT coalesce(sum(h.hours), 0) FROM volunteer_hours "
             "h WHERE h.volunteer_id = v.id AND h.archived_at IS NULL) FROM volunteer v WHERE "
             "v.person_id = :p"_s,
             personId, {u"since"_s, u"skills"_s, u"hours"_s});
    if (!volunteer.isEmpty())
        data.insert(u"volunteer"_s, volunteer.first());
    return data;
}

void PersonalData::writeJson(Database &db, qint64 personId, const QString &path)
{
    const QByteArray json = QJsonDocument(collect(db, personId)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw Error(Error::Kind::Io,
                    tr("Could not write %1. Choose another folder or file name.").arg(path),
                    file.errorString());
    recordDocument(db, AuditAction::Export, u"person"_s, personId, {u"personal_data_json"_s});
}

} // namespace opora
