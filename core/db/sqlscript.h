#pragma once

#include <QStringList>

namespace opora {

// Splits one of Opora's own SQL scripts into statements: a statement ends with ';' at the end
// of a line, a CREATE TRIGGER statement ends with a line "END;". Lines starting with "--" are
// comments. Meant for the embedded migration scripts, not for arbitrary SQL.
QStringList splitSqlScript(const QString &script);

// The numbered migration scripts embedded in the program, in order: version -> resource path.
struct Migration
{
    int version;
    QString resource;
};
QList<Migration> embeddedMigrations();

} // namespace opora
