#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace opora {

class Database;

// What a backup file holds, read before anything is restored from it.
struct BackupInfo
{
    QString path;
    QDateTime madeAt; // from the file name, UTC; the file's time when the name has none
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> counts; // as `opora-cli stats`
};

// Backups of a database: consistent copies made with VACUUM INTO while the database stays
// open, written to a temporary name, synced to disk, integrity-checked and only then given
// their final name; rotation keeps 7 daily, 4 weekly and 12 monthly copies.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(opora::Backups)

public:
    // Backups of the database at dbPath go to folder (default: "backups" beside it).
    explicit Backups(QString dbPath, QString folder = {});

    const QString &folder() const { return m_folder; }
    // Makes a backup now; target names the file (default: a dated name in the folder).
    BackupInfo make(Database &db, const QString &target = {});
    // The automatic backup: makes one when none was made today, then rotates.
    bool makeIfDue(Database &db);
    // Deletes the dated backups the rotation no longer keeps; returns the deleted paths.
    QStringList rotate();
    // The dated backups in the folder, newest first.
    QStringList list() const;
    // The newest dated backup that reads back whole; empty when there is none.
    QString newestGood() const;
    // Reads a backup without changing it; refuses a damaged, foreign or newer file.
    static BackupInfo describe(const QString &path);
    // Replaces the (closed) database with the backup, keeping the current file as a backup
    // first — a checked copy, or for a file that cannot be opened a byte-for-byte copy named
    // "unreadable-…". Returns the path of that safety copy.
    QString restore(const QString &backupPath);

    static QString fileNameFor(const QDateTime &utc);

private:
    QString m_dbPath;
    QString m_folder;
};

} // namespace opora
