#pragma once

#include "clock.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <algorithm>

namespace opora {

class Database;

// Shared bookkeeping of versioned domain rows (created_*/updated_*/version/archived_at).

// Text for a NOT NULL column: a null QString would bind SQL NULL.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Ids in order, each once: for comparing the lists of ids two versions of a record hold.
inline QList<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// A foreign key to bind: SQL NULL for 0 (none chosen).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// A date to bind: SQL NULL when there is none.
inline QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

// The signed-in user for created_by/updated_by, SQL NULL when nobody is (the command line).
QVariant actor(const Database &db);

// Throws Error(NotFound) when table has no row id, ConflictError when its version differs
// from expected (changedFields is given by the caller, who knows how to compare).
void requireVersion(Database &db, const QString &table, const QString &entity, qint64 id,
                    int expected, const QStringList &changedFields = {});

// Sets archived_at (or clears it), bumps the version and audits the change.
void setRowArchived(Database &db, const QString &table, const QString &entity, qint64 id,
                    int version, bool archived);

// Sets active (1 or 0) of a reference row (staff, a department, a catalogue item...), bumps
// its version and audits it as a restore or an archive. Call inside a write transaction.
void setRowActive(Database &db, const QString &table, qint64 id, int version, bool active);

// The current version of a row, or 0 when it does not exist.
int rowVersion(const Database &db, const QString &table, qint64 id);

// A prefix range condition on a normalised key column for LIKE-free index scans:
// "(column >= :p AND column < :pEnd)", bound through bindPrefix.
QString prefixCondition(const QString &column, const QString &placeholder);

} // namespace opora
