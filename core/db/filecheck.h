#pragma once

#include <QString>

namespace opora {

// What the first bytes of a file say about it, read without opening it through SQLite, so a
// file that is not ours is never touched.
struct FileHeader
{
    enum class Kind { Missing, Empty, NotSqlite, Sqlite };
    Kind kind = Kind::Missing;
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

FileHeader readFileHeader(const QString &path);

} // namespace opora
