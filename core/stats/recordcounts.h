#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace opora {

class Database;

// How many records of each kind the database holds, archived ones included, in a stable
// order: the figures of `opora-cli stats`.
QList<QPair<QString, qint64>> recordCounts(const Database &db);

} // namespace opora
