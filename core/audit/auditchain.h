#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace opora {

class Database;

// The audit trail is a chain: every entry holds an HMAC-SHA-256 of its own content and of the
// previous entry's hash. The key is not in the database file: it lives in the user's settings
// of this installation (keyed by the database's own identifier), so someone who edits the file
// with an outside tool cannot write a matching chain. A backup restored on the same
// installation still verifies; a copy on another PC cannot be verified there (no key).
struct AuditVerification
{
    bool intact = true;
    bool keyAvailable = true;
    qint64 entries = 0;    // entries checked
    qint64 firstBadId = 0; // the first entry that does not fit the chain
    QString message;       // plain words, translated
};

class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(opora::AuditChain)

public:
    // The key for this database, made on first use.
    static QByteArray key(Database &db);
    static QByteArray entryHash(const QByteArray &key, const QString &prevHash, qint64 id,
                                const QString &at, qint64 userId, const QString &action,
                                const QString &entity, qint64 entityId, const QString &fields);
    static AuditVerification verify(Database &db);
};

} // namespace opora
