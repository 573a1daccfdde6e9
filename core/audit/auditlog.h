#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace opora {

class Database;

// Actions written to the audit trail.
namespace AuditAction {
inline constexpr auto Create = "create";
inline constexpr auto Update = "update";
inline constexpr auto Archive = "archive";
inline constexpr auto Restore = "restore";
inline constexpr auto Export = "export";
inline constexpr auto Print = "print";
inline constexpr auto Open = "open"; // a case file looked at
} // namespace AuditAction

// Appends one entry to the audit trail: who (the database's actor), when, which record and
// which fields. Call it inside the write transaction of the change it describes.
void recordAudit(Database &db, const char *action, const QString &entity, qint64 entityId,
                 const QStringList &fields = {});

// Many entries in one go, for imports: the same entries recordAudit would write, one per record,
// chained the same way. Use inside the caller's write
// transaction; the role is checked once, for the kind of record, when the batch starts.
class AuditBatch
{
public:
    AuditBatch(Database &db, const char *action, const QString &entity);
    ~AuditBatch();
    AuditBatch(const AuditBatch &) = delete;
    AuditBatch &operator=(const AuditBatch &) = delete;
    void add(qint64 entityId, const QStringList &fields);
    // The same change to many records, written by statements of many entries each.
    void addMany(const QList<qint64> &entityIds, const QStringList &fields);

private:
    struct State;
    std::unique_ptr<State> d;
};

// Records that a record was looked at or a document left the program (open, export, print), in
// a transaction of its own. A read-only database cannot record it; the work goes ahead.
void recordDocument(Database &db, const char *action, const QString &entity, qint64 entityId,
                    const QStringList &what);

} // namespace opora
