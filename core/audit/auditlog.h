#pragma once

#include <QString>
#include <QStringList>

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
} // namespace AuditAction

// Appends one entry to the audit trail: who (the database's actor), when, which record and
// which fields. Call it inside the write transaction of the change it describes.
void recordAudit(Database &db, const char *action, const QString &entity, qint64 entityId,
                 const QStringList &fields = {});

// Records that a document or file left the program (export, print), in a transaction of its
// own. A read-only database cannot record it; the export goes ahead all the same.
void recordDocument(Database &db, const char *action, const QString &entity, qint64 entityId,
                    const QStringList &what);

} // namespace opora
