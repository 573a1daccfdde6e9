#include "audit/auditchain.h"

#include "db/database.h"
#include "db/query.h"

#include <QHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opora {

QByteArray AuditChain::key(Database &db)
{
    // Every change writes an entry: keep the key at hand instead of reading the settings each
    // time. Keyed by file, so two databases open in one process keep theirs apart.
    static QHash<QString, QByteArray> cache;
    if (const auto it = cache.constFind(db.path()); it != cache.constEnd())
        return it.value();
    QString id = db.setting(u"database_id"_s);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        db.setSetting(u"database_id"_s, id);
    }
    QSettings settings;
    const QString name = u"audit-keys/"_s + id;
    QByteArray key = QByteArray::fromBase64(settings.value(name).toByteArray());
    if (key.size() != 32) {
        key.resize(32);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                             reinterpret_cast<quint32 *>(key.data() + 32));
        settings.setValue(name, key.toBase64());
        settings.sync();
    }
    cache.insert(db.path(), key);
    return key;
}

QByteArray AuditChain::entryHash(const QByteArray &key, const QString &prevHash, qint64 id,
                                 const QString &at, qint64 userId, const QString &action,
                                 const QString &entity, qint64 entityId, const QString &fields)
{
    // Fields joined with a separator that cannot occur in them.
    const QString content =
        QStringList{prevHash, QString::number(id),       at,    QString::number(userId), action,
                    entity,   QString::number(entityId), fields}
            .join(QChar(0x1f));
    return QMessageAuthenticationCode::hash(content.toUtf8(), key, QCryptographicHash::Sha256)
        .toHex();
}

AuditVerification AuditChain::verify(Database &db)
{
    AuditVerification result;
    QSettings settings;
    const QString id = db.setting(u"database_id"_s);
    const QByteArray storedKey =
        id.isEmpty() ? QByteArray()
                     : QByteArray::fromBase64(settings.value(u"audit-keys/"_s + id).toByteArray());
    Query q(db, u"SELECT id, at, coalesce(user_id, 0), action, entity, coalesce(entity_id, 0), "
                "fields, coalesce(prev_hash, ''), coalesce(hash, '') FROM audit_log ORDER BY id"_s);
    q.exec();
    QString previous;
    bool started = false;
    while (q.next()) {
        const qint64 entry = q.integer(0);
        const QString prev = q.text(7);
        const QString hash = q.text(8);
        if (hash.isEmpty()) {
            if (started) {
                result.intact = false;
                result.firstBadId = entry;
                result.message = tr("Entry %1 has no seal: it was written or changed outside "
                                    "Opora.")
                                     .arg(entry);
                return result;
            }
            continue; // written before the trail was chained
        }
        if (storedKey.size() != 32) {
            result.keyAvailable = false;
            result.intact = false;
            result.message = tr("The key that seals this audit trail is not on this computer: "
                                "it can be checked only where the database is used.");
            return result;
        }
        ++result.entries;
        const QByteArray expected = entryHash(storedKey, prev, entry, q.text(1), q.integer(2),
                                              q.text(3), q.text(4), q.integer(5), q.text(6));
        if ((started && prev != previous) || expected != hash.toLatin1()) {
            result.intact = false;
            result.firstBadId = entry;
            result.message = tr("Entry %1 does not fit the chain: it or an entry before it was "
                                "changed, removed or moved outside Opora.")
                                 .arg(entry);
            return result;
        }
        started = true;
        previous = hash;
    }
    result.message = tr("The audit trail is intact: %n sealed entries.", nullptr,
                        static_cast<int>(result.entries));
    return result;
}

} // namespace opora
