#include "audit/auditlog.h"

#include "access/permissions.h"
#include "audit/auditchain.h"
#include "clock.h"
#include "db/bulk.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

QString fieldText(const QStringList &fields)
{
    return fields.isEmpty() ? u""_s : fields.join(u',');
}

} // namespace

void recordAudit(Database &db, const char *action, const QString &entity, qint64 entityId,
                 const QStringList &fields)
{
    // Every change is audited, so this is where core refuses a change the role may not make:
    // the exception rolls the caller's transaction back.
    requireChangePermission(db, entity, QString::fromLatin1(action), entityId);
    // Called inside the caller's write transaction, so nobody else appends meanwhile.
    Query last(db, u"SELECT coalesce(max(id), 0), (SELECT coalesce(hash, '') FROM audit_log "
                   "ORDER BY id DESC LIMIT 1) FROM audit_log"_s);
    last.exec();
    last.next();
    const qint64 id = last.integer(0) + 1;
    const QString previous = last.text(1);
    const QString at = nowUtc();
    const QString actionText = QString::fromLatin1(action);
    const QByteArray hash =
        AuditChain::entryHash(AuditChain::key(db), previous, id, at, qMax<qint64>(db.actorId(), 0),
                              actionText, entity, entityId, fieldText(fields));
    Query(db, u"INSERT INTO audit_log(id, at, user_id, action, entity, entity_id, fields, "
              "prev_hash, hash) VALUES(:n, :at, :user, :action, :entity, :id, :fields, :prev, "
              ":hash)"_s)
        .bind(u":n"_s, id)
        .bind(u":at"_s, at)
        .bind(u":user"_s, db.actorId() > 0 ? QVariant(db.actorId()) : QVariant())
        .bind(u":action"_s, actionText)
        .bind(u":entity"_s, entity)
        .bind(u":id"_s, entityId)
        .bind(u":fields"_s, fieldText(fields))
        .bind(u":prev"_s, previous.isEmpty() ? u""_s : previous)
        .bind(u":hash"_s, QString::fromLatin1(hash))
        .exec();
}

struct AuditBatch::State
{
    Database &db;
    QString action;
    QString entity;
    QByteArray key;
    QString at; // one moment for the whole batch: it is one transaction
    qint64 lastId = 0;
    QString lastHash;
    Query one; // add(): one entry at a time, as records are stored one by one

    QVariant user() const
    {
        const qint64 actor = db.actorId();
        return actor > 0 ? QVariant(actor) : QVariant();
    }

    // The next entry of the chain, as the values of its row that differ from entry to entry.
    QVariantList entry(qint64 entityId, const QString &fields)
    {
        const qint64 id = ++lastId;
        const QString hash = QString::fromLatin1(
            AuditChain::entryHash(key, lastHash, id, at, qMax<qint64>(db.actorId(), 0), action,
                                  entity, entityId, fields));
        QVariantList row{id, entityId, fields, lastHash.isEmpty() ? u""_s : lastHash, hash};
        lastHash = hash;
        return row;
    }

    void write(const QList<QVariantList> &rows)
    {
        insertMany(
            db,
            u"INSERT INTO audit_log(id, at, user_id, action, entity, entity_id, fields, "
            "prev_hash, hash) SELECT v.column1, :at, :user, :action, :entity, v.column2, "
            "v.column3, v.column4, v.column5 FROM (VALUES %1) v"_s,
            rows,
            {{u":at"_s, at}, {u":user"_s, user()}, {u":action"_s, action}, {u":entity"_s, entity}});
    }
};

AuditBatch::AuditBatch(Database &db, const char *action, const QString &entity)
{
    requireChangePermission(db, entity, QString::fromLatin1(action), 0);
    Query last(db, u"SELECT coalesce(max(id), 0), (SELECT coalesce(hash, '') FROM audit_log "
                   "ORDER BY id DESC LIMIT 1) FROM audit_log"_s);
    last.exec();
    last.next();
    d.reset(new State{db, QString::fromLatin1(action), entity, AuditChain::key(db), nowUtc(),
                      last.integer(0), last.text(1),
                      Query(db, u"INSERT INTO audit_log(id, at, user_id, action, entity, "
                                "entity_id, fields, prev_hash, hash) VALUES(:n, :at, :user, "
                                ":action, :entity, :id, :fields, :prev, :hash)"_s)});
}

AuditBatch::~AuditBatch() = default;

void AuditBatch::add(qint64 entityId, const QStringList &fields)
{
    const QVariantList row = d->entry(entityId, fieldText(fields));
    d->one.bind(u":n"_s, row.at(0))
        .bind(u":at"_s, d->at)
        .bind(u":user"_s, d->user())
        .bind(u":action"_s, d->action)
        .bind(u":entity"_s, d->entity)
        .bind(u":id"_s, row.at(1))
        .bind(u":fields"_s, row.at(2))
        .bind(u":prev"_s, row.at(3))
        .bind(u":hash"_s, row.at(4))
        .exec();
}

void AuditBatch::addMany(const QList<qint64> &entityIds, const QStringList &fields)
{
    const QString text = fieldText(fields);
    QList<QVariantList> rows;
    rows.reserve(entityIds.size());
    for (const qint64 entityId : entityIds)
        rows << d->entry(entityId, text);
    d->write(rows);
}

void recordDocument(Database &db, const char *action, const QString &entity, qint64 entityId,
                    const QStringList &what)
{
    if (db.isReadOnly())
        return;
    WriteTransaction tx(db);
    recordAudit(db, action, entity, entityId, what);
    tx.commit();
}

} // namespace opora
