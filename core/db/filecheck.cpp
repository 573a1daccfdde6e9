#include "db/filecheck.h"

#include <QFile>
#include <QtEndian>

namespace opora {

FileHeader readFileHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.exists())
        return header;
    if (!file.open(QIODevice::ReadOnly)) {
        header.kind = FileHeader::Kind::NotSqlite;
        return header;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty()) {
        header.kind = FileHeader::Kind::Empty;
        return header;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        header.kind = FileHeader::Kind::NotSqlite;
        return header;
    }
    header.kind = FileHeader::Kind::Sqlite;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return header;
}

} // namespace opora
