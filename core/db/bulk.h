#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace opora {

class Database;

// Writes many rows by statements of many rows each, so that the work SQLite does for every
// statement (its locks, the journal its triggers need, its end) is shared by the rows.
// statement holds %1 where the rows' values go as "(:v0, :v1), (:v2, :v3), ...", one place for
// each value of a row:
//   INSERT INTO t(id, a) VALUES %1
//   INSERT INTO t(id, a, a_key) SELECT v.column1, v.column2, lower(v.column2) FROM (VALUES %1) v
// The second form runs its expressions once for all the rows, where "VALUES (?, lower(?))"
// would have SQLite build each expression again for each row.
// Rows go 64 to a statement (fewer when a row has many values), the rest one by one: two
// statement texts, each prepared once per database. Values the same for every row (the moment,
// the user) are better given once in shared, e.g. {":now", now}, and named once in the
// statement: "SELECT v.*, s.now FROM (VALUES %1) v, (SELECT :now AS now) s" (Qt binds a name
// used twice slowly).
void insertMany(Database &db, const QString &statement, const QList<QVariantList> &rows,
                const QVariantMap &shared = {});

// Values as one JSON array, to bind once where a statement reads them as a table:
//   SELECT id FROM case_file WHERE number IN (SELECT value FROM json_each(:numbers))
QString jsonArray(const QStringList &values);

// The id SQLite would give the next row of a table: one past the highest. Ids given from it
// before the rows are written stay free only inside the write transaction that writes them.
qint64 nextId(Database &db, const QString &table);

} // namespace opora
