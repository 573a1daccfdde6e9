#include "audit/auditquery.h"

#include "access/permissions.h"

#include "clock.h"
#include "db/query.h"

using namespace Qt::StringLiterals;

namespace opora {

AuditQuery::AuditQuery(const Database &db)
    : m_db(db)
{}

Page<AuditEntry> AuditQuery::entries(const AuditFilter &f, const PageRequest &request) const
{
    requirePermission(m_db, Permission::ViewAudit);
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    if (f.userId > 0) {
        where << u"a.user_id = :user"_s;
        binds.append({u":user"_s, f.userId});
    }
    if (!f.entity.isEmpty()) {
        where << u"a.entity = :entity"_s;
        binds.append({u":entity"_s, f.entity});
    }
    if (f.entityId > 0) {
        where << u"a.entity_id = :entityId"_s;
        binds.append({u":entityId"_s, f.entityId});
    }
    if (f.from.isValid()) {
        where << u"a.at >= :from"_s;
        binds.append({u":from"_s, isoDate(f.from)});
    }
    if (f.to.isValid()) {
        where << u"a.at < :to"_s; // the whole last day
        binds.append({u":to"_s, isoDate(f.to.addDays(1))});
    }
    const QString condition = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    Page<AuditEntry> page;
    Query count(m_db, u"SELECT count(*) FROM audit_log a"_s + condition);
    for (const auto &[name, value] : binds)
        count.bind(name, value);
    page.total = count.scalar(0).toLongLong();
    Query q(m_db, u"SELECT a.id, a.at, coalesce(u.display_name, ''), a.action, a.entity, "
                  "coalesce(a.entity_id, 0), a.fields FROM audit_log a LEFT JOIN users u ON "
                  "u.id = a.user_id"_s +
                      condition + u" ORDER BY a.id "_s +
                      (request.descending ? u"ASC"_s : u"DESC"_s) +
                      u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    q.bind(u":limit"_s, request.limit).bind(u":offset"_s, request.offset).exec();
    while (q.next())
        page.rows.append(
            {q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), q.integer(5), q.text(6)});
    return page;
}

QList<AuditUser> AuditQuery::users() const
{
    Query q(m_db, u"SELECT id, display_name FROM users ORDER BY display_name"_s);
    q.exec();
    QList<AuditUser> users;
    while (q.next())
        users.append({q.integer(0), q.text(1)});
    return users;
}

QStringList AuditQuery::entities() const
{
    Query q(m_db, u"SELECT DISTINCT entity FROM audit_log WHERE entity <> '' ORDER BY entity"_s);
    q.exec();
    QStringList kinds;
    while (q.next())
        kinds << q.text(0);
    return kinds;
}

} // namespace opora
