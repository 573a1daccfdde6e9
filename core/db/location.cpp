#include "db/location.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace opora {

bool isNetworkFileSystemType(const QByteArray &type)
{
    const QByteArray t = type.toLower();
    static const QByteArrayList network = {
        "cifs", "smb",   "smb2",  "smb3",       "smbfs",       "nfs",  "nfs4",     "afs",
        "9p",   "ncpfs", "davfs", "fuse.sshfs", "fuse.davfs2", "ceph", "glusterfs"};
    return network.contains(t) || t.startsWith("nfs") || t.startsWith("fuse.smb");
}

bool isOnNetworkShare(const QString &path)
{
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(u"\\\\"_s) || path.startsWith(u"//"_s))
        return true;
#ifdef Q_OS_WIN
    // A mapped drive letter reports the share's own file system (often NTFS): ask Windows.
    const QString root = QStorageInfo(QFileInfo(path).absolutePath()).rootPath();
    if (!root.isEmpty() && GetDriveTypeW(reinterpret_cast<LPCWSTR>(
                               QDir::toNativeSeparators(root).utf16())) == DRIVE_REMOTE)
        return true;
#endif
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && isNetworkFileSystemType(storage.fileSystemType());
}

} // namespace opora
