#include "backup/backup.h"

#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "error.h"
#include "stats/recordcounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QRegularExpression &datedName()
{
    static const QRegularExpression re(u"^opora-(\\d{8}-\\d{6})\\.sqlite$"_s);
    return re;
}

QDateTime timeOf(const QString &path)
{
    const auto match = datedName().match(QFileInfo(path).fileName());
    if (match.hasMatch())
        return QDateTime::fromString(match.captured(1), u"yyyyMMdd-HHmmss"_s).toUTC();
    return QFileInfo(path).lastModified().toUTC();
}

void syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
        throw Error(Error::Kind::Io,
                    Backups::tr("The backup could not be written to disk. Check the free space "
                                "and try again."),
                    u"fsync %1"_s.arg(path));
}

Error writeFailed(const QString &detail)
{
    return Error(Error::Kind::Io,
                 Backups::tr("The backup could not be made. Check that the backup folder is "
                             "writable and has free space. The database is unchanged."),
                 detail);
}

} // namespace

Backups::Backups(QString dbPath, QString folder)
    : m_dbPath(std::move(dbPath))
    , m_folder(folder.isEmpty() ? QFileInfo(m_dbPath).absolutePath() + u"/backups"_s
                                : std::move(folder))
{}

QString Backups::fileNameFor(const QDateTime &utc)
{
    return u"opora-%1.sqlite"_s.arg(utc.toUTC().toString(u"yyyyMMdd-HHmmss"_s));
}

BackupInfo Backups::make(Database &db, const QString &requested)
{
    const QDateTime now = QDateTime::fromString(nowUtc(), Qt::ISODate);
    QString target = requested;
    if (target.isEmpty()) {
        if (!QDir().mkpath(m_folder))
            throw writeFailed(u"mkpath %1"_s.arg(m_folder));
        target = QDir(m_folder).filePath(fileNameFor(now));
    }
    if (QFileInfo::exists(target))
        throw Error(Error::Kind::Io,
                    tr("%1 already exists. Choose another file for the backup.").arg(target));
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    try {
        Query(db, u"VACUUM INTO :target"_s).bind(u":target"_s, partial).exec();
        syncFile(partial);
        // The copy must open and pass the integrity check before it counts as a backup.
        describe(partial);
    } catch (const Error &e) {
        QFile::remove(partial);
        throw writeFailed(e.detail().isEmpty() ? e.userMessage() : e.detail());
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw writeFailed(u"rename %1"_s.arg(target));
    }
    BackupInfo info = describe(target);
    info.madeAt = now;
    return info;
}

bool Backups::makeIfDue(Database &db)
{
    const QDate day = today();
    for (const QString &path : list())
        if (timeOf(path).toLocalTime().date() == day)
            return false;
    make(db);
    rotate();
    return true;
}

QStringList Backups::list() const
{
    QStringList paths;
    for (const QFileInfo &info : QDir(m_folder).entryInfoList({u"opora-*.sqlite"_s}, QDir::Files))
        if (datedName().match(info.fileName()).hasMatch())
            paths << info.absoluteFilePath();
    std::sort(paths.begin(), paths.end(), std::greater<>());
    return paths;
}

QStringList Backups::rotate()
{
    // Newest first: keep the newest backup of each of the last 7 days with a backup, of the
    // last 4 weeks and of the last 12 months.
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<QPair<int, int>> weeks;
    QSet<QPair<int, int>> months;
    for (const QString &path : list()) {
        const QDate d = timeOf(path).toLocalTime().date();
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        if (!days.contains(d) && days.size() < 7) {
            days.insert(d);
            keep.insert(path);
        }
        if (!weeks.contains({weekYear, week}) && weeks.size() < 4) {
            weeks.insert({weekYear, week});
            keep.insert(path);
        }
        if (!months.contains({d.year(), d.month()}) && months.size() < 12) {
            months.insert({d.year(), d.month()});
            keep.insert(path);
        }
    }
    QStringList removed;
    for (const QString &path : list()) {
        if (!keep.contains(path) && QFile::remove(path))
            removed << path;
    }
    return removed;
}

BackupInfo Backups::describe(const QString &path)
{
    if (!QFileInfo::exists(path))
        throw Error(Error::Kind::NotFound, tr("The backup file %1 does not exist.").arg(path));
    // Database::open refuses foreign, newer and damaged files without changing them.
    auto db = Database::open(path, Database::Mode::ReadOnly);
    BackupInfo info;
    info.path = path;
    info.madeAt = timeOf(path);
    info.schemaVersion = db->schemaVersion();
    info.counts = recordCounts(*db);
    return info;
}

QString Backups::newestGood() const
{
    for (const QString &path : list()) {
        try {
            describe(path);
            return path;
        } catch (const Error &) {
            // a damaged backup: try the one before it
        }
    }
    return {};
}

QString Backups::restore(const QString &backupPath)
{
    describe(backupPath); // refuses a bad backup before anything is touched
    QString safety;
    if (QFileInfo::exists(m_dbPath)) {
        if (!QDir().mkpath(m_folder))
            throw writeFailed(u"mkpath %1"_s.arg(m_folder));
        const QString stamp = fileNameFor(QDateTime::fromString(nowUtc(), Qt::ISODate));
        std::unique_ptr<Database> current;
        try {
            current = Database::open(m_dbPath);
        } catch (const Error &) {
            // A file Opora cannot open (damaged, another program's, a newer version's) is kept
            // exactly as it is, byte for byte, with its journal.
            safety = QDir(m_folder).filePath(u"unreadable-"_s + stamp);
            if (!QFile::copy(m_dbPath, safety) ||
                (QFileInfo::exists(m_dbPath + u"-wal"_s) &&
                 !QFile::copy(m_dbPath + u"-wal"_s, safety + u"-wal"_s)))
                throw writeFailed(u"copy %1"_s.arg(m_dbPath));
            syncFile(safety);
        }
        if (current) {
            safety = QDir(m_folder).filePath(u"before-restore-"_s + stamp);
            make(*current, safety);
            current.reset();
        }
    }
    const QString incoming = m_dbPath + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        throw Error(Error::Kind::Io, tr("The backup could not be copied. Nothing was changed."),
                    u"copy %1"_s.arg(backupPath));
    syncFile(incoming);
    QFile::remove(m_dbPath + u"-wal"_s);
    QFile::remove(m_dbPath + u"-shm"_s);
    QFile::remove(m_dbPath);
    if (!QFile::rename(incoming, m_dbPath))
        throw Error(Error::Kind::Io,
                    tr("The backup could not be put in place. The previous database is kept "
                       "in %1.")
                        .arg(safety),
                    u"rename %1"_s.arg(incoming));
    return safety;
}

} // namespace opora
