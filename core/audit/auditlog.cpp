#include "audit/auditlog.h"

#include "clock.h"
#include "db/database.h"
#include "db/query.h"

using namespace Qt::StringLiterals;

namespace opora {

void recordAudit(Database &db, const char *action, const QString &entity, qint64 entityId,
                 const QStringList &fields)
{
    Query(db, u"INSERT INTO audit_log(at, user_id, action, entity, entity_id, fields) "
              "VALUES(:at, :user, :action, :entity, :id, :fields)"_s)
        .bind(u":at"_s, nowUtc())
        .bind(u":user"_s, db.actorId() > 0 ? QVariant(db.actorId()) : QVariant())
        .bind(u":action"_s, QString::fromLatin1(action))
        .bind(u":entity"_s, entity)
        .bind(u":id"_s, entityId)
        .bind(u":fields"_s, fields.isEmpty() ? u""_s : fields.join(u','))
        .exec();
}

} // namespace opora
