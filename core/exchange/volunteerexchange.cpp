#include "exchange/volunteerexchange.h"

#include "db/query.h"
#include "error.h"
#include "exchange/importdriver.h"
#include "text/normalize.h"
#include "volunteers/volunteerrepository.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

// Surname, first name, phone, skills and start of every volunteer; a linked one's name is the
// register's.
const QString VolunteerRowsSql =
    u"SELECT coalesce(p.surname, v.surname), coalesce(p.first_name, v.first_name), v.phone, "
    "v.skills, coalesce(v.since, '') FROM volunteer v LEFT JOIN person p ON p.id = v.person_id"_s;

} // namespace

QString VolunteerExchange::key(const QString &surname, const QString &firstName,
                               const QString &phone)
{
    return QStringList{searchKey(surname), searchKey(firstName), phoneKey(phone)}.join(u'|');
}

QHash<QString, qint64> VolunteerExchange::idsByKey(const Database &db)
{
    QHash<QString, qint64> ids;
    Query q(db, u"SELECT v.id, coalesce(p.surname, v.surname), coalesce(p.first_name, "
                "v.first_name), v.phone FROM volunteer v LEFT JOIN person p ON p.id = "
                "v.person_id"_s);
    q.exec();
    while (q.next()) {
        const QString k = key(q.text(1), q.text(2), q.text(3));
        ids.insert(k, ids.contains(k) ? -1 : q.integer(0));
    }
    return ids;
}

QList<CsvColumn> VolunteerExchange::columns()
{
    return {
        {u"surname"_s, tr("Surname"), {u"Фамилия"_s, u"Прізвище"_s, u"last name"_s}, true},
        {u"first_name"_s, tr("First name"), {u"Имя"_s, u"Ім'я"_s, u"name"_s}},
        {u"phone"_s, tr("Phone"), {u"Телефон"_s}},
        {u"skills"_s, tr("Skills"), {u"Навыки"_s, u"Навички"_s, u"skills and interests"_s}},
        {u"since"_s, tr("Volunteer since"), {u"Волонтёр с"_s, u"Волонтер з"_s, u"since"_s}},
    };
}

ImportReport VolunteerExchange::import(Database &db, const CsvTable &table,
                                       const ImportOptions &options)
{
    VolunteerRepository volunteers(db);
    ImportKind<Volunteer> kind;
    kind.columns = columns();
    kind.parse = [&volunteers](const CsvHeaderMapper &map, const CsvRecord &row,
                               QStringList &reasons) {
        Volunteer v;
        v.surname = map.value(row, u"surname"_s);
        v.firstName = map.value(row, u"first_name"_s);
        v.phone = map.value(row, u"phone"_s);
        v.skills = map.value(row, u"skills"_s);
        v.since = readDateCell(map, row, u"since"_s, tr("Volunteer since"), reasons);
        collectReasons(reasons, [&] { volunteers.validate(v); });
        return v;
    };
    kind.key = [](const Volunteer &v) {
        return key(v.surname, v.firstName, v.phone);
    };
    kind.storedKeys = [&db](const auto &) {
        const QList<QString> keys = idsByKey(db).keys();
        return QSet<QString>(keys.cbegin(), keys.cend());
    };
    kind.store = [&volunteers](const Volunteer &v) {
        volunteers.create(v);
    };
    return importTable(db, table, options, kind);
}

int VolunteerExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, VolunteerRowsSql + u" WHERE v.archived_at IS NULL ORDER BY 1, 2, v.id"_s);
    q.exec();
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), q.text(3), CsvExport::date(q.text(4))});
    return out.save(path, u"volunteers"_s);
}

} // namespace opora
