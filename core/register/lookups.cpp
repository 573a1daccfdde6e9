#include "register/lookups.h"

#include "db/query.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {
QList<Choice> choices(Query &q)
{
    q.exec();
    QList<Choice> list;
    while (q.next())
        list.append({q.integer(0), q.text(1)});
    return list;
}
} // namespace

QList<Choice> departmentChoices(const Database &db)
{
    Query q(db, u"SELECT id, name FROM department WHERE active = 1 ORDER BY id"_s);
    return choices(q);
}

QString staffShortNameSql(const QString &alias)
{
    return u"%1.surname || ' ' || substr(%1.first_name, 1, 1) || '.' || CASE WHEN "
           "%1.patronymic <> '' THEN ' ' || substr(%1.patronymic, 1, 1) || '.' ELSE '' END"_s.arg(
               alias);
}

QList<Choice> staffChoices(const Database &db, qint64 departmentId)
{
    Query q(db, u"SELECT s.id, "_s + staffShortNameSql(u"s"_s) +
                    u" FROM staff s WHERE s.active = 1 AND (:d = 0 OR s.department_id = :d) "
                    "ORDER BY s.surname, s.first_name"_s);
    q.bind(u":d"_s, departmentId);
    return choices(q);
}

QList<Choice> refChoices(const Database &db, const QString &list)
{
    Query q(db, u"SELECT id, name FROM ref_item WHERE list = :l AND active = 1 "
                "ORDER BY sort_order, id"_s);
    q.bind(u":l"_s, list);
    return choices(q);
}

QString refName(const Database &db, qint64 id)
{
    return Query(db, u"SELECT name FROM ref_item WHERE id = :id"_s)
        .bind(u":id"_s, id)
        .scalar()
        .toString();
}

} // namespace opora
