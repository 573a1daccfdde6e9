#include "register/recordguard.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace opora {

QVariant actor(const Database &db)
{
    return db.actorId() > 0 ? QVariant(db.actorId()) : QVariant();
}

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::Register)
};
} // namespace

int rowVersion(const Database &db, const QString &table, qint64 id)
{
    // table comes from code, never from input.
    return Query(db, u"SELECT version FROM "_s + table + u" WHERE id = :id"_s)
        .bind(u":id"_s, id)
        .scalar(0)
        .toInt();
}

void requireVersion(Database &db, const QString &table, const QString &entity, qint64 id,
                    int expected, const QStringList &changedFields)
{
    const int current = rowVersion(db, table, id);
    if (current == 0)
        throw Error(Error::Kind::NotFound,
                    Text::tr("The record no longer exists. It may have been removed in another "
                             "window."),
                    u"%1 %2 not found"_s.arg(entity).arg(id));
    if (current != expected)
        throw ConflictError(entity, id, changedFields);
}

void setRowArchived(Database &db, const QString &table, const QString &entity, qint64 id,
                    int version, bool archived)
{
    requireVersion(db, table, entity, id, version);
    const QString now = nowUtc();
    Query(db, u"UPDATE "_s + table +
                  u" SET archived_at = :archived, updated_at = :now, updated_by = :by, "
                  "version = version + 1 WHERE id = :id AND version = :version"_s)
        .bind(u":archived"_s, archived ? now : QString())
        .bind(u":now"_s, now)
        .bind(u":by"_s, db.actorId() > 0 ? QVariant(db.actorId()) : QVariant())
        .bind(u":id"_s, id)
        .bind(u":version"_s, version)
        .exec();
    recordAudit(db, archived ? AuditAction::Archive : AuditAction::Restore, entity, id,
                {u"archived_at"_s});
}

QString prefixCondition(const QString &column, const QString &placeholder)
{
    return u"(%1 >= %2 AND %1 < %2_end)"_s.arg(column, placeholder);
}

void setRowActive(Database &db, const QString &table, qint64 id, int version, bool active)
{
    requireVersion(db, table, table, id, version, {u"active"_s});
    Query(db, u"UPDATE "_s + table +
                  u" SET active = :active, updated_at = :now, updated_by = :by, version = "
                  "version + 1 WHERE id = :id"_s)
        .bind(u":active"_s, active ? 1 : 0)
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(db))
        .bind(u":id"_s, id)
        .exec();
    recordAudit(db, active ? AuditAction::Restore : AuditAction::Archive, table, id, {u"active"_s});
}

} // namespace opora
