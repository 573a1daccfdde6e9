#pragma once

#include <QByteArray>
#include <QString>

namespace opora {

// Where a database file lives, as far as the risks of SQLite are concerned.
// SQLite's locking is unreliable over network file systems: two PCs sharing one file through
// a share can corrupt it. Opora warns, and points to a server setup instead.
bool isNetworkFileSystemType(const QByteArray &type);
// True for a UNC path (\\server\share\...) or a file on a network file system.
bool isOnNetworkShare(const QString &path);

} // namespace opora
