#include "backup/backup.h"
#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "error.h"
#include "register/personrepository.h"
#include "stats/recordcounts.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::fileBytes;
using opora::test::TempDatabase;

namespace {

void touch(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
}

} // namespace

TEST_CASE("a backup is a checked copy with the same records, made while the database is open")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"d.sqlite"_s), {});
    Backups backups(db->path());
    const BackupInfo info = backups.make(*db);
    CHECK(info.path.startsWith(dir.filePath(u"backups/opora-"_s)));
    CHECK(info.counts == recordCounts(*db));
    CHECK(info.schemaVersion == Database::latestSchemaVersion());
    CHECK(QDir(backups.folder()).entryList(QDir::Files).size() == 1); // no partial file left
    CHECK_THROWS_AS(backups.make(*db, info.path), Error);             // never overwrites
}

TEST_CASE("the daily backup is made once a day")
{
    TempDatabase t;
    Backups backups(t.path());
    CHECK(backups.makeIfDue(t.db()));
    CHECK_FALSE(backups.makeIfDue(t.db()));
    CHECK(backups.list().size() == 1);
}

TEST_CASE("rotation keeps 7 daily, 4 weekly and 12 monthly backups")
{
    QTemporaryDir dir;
    Backups backups(dir.filePath(u"d.sqlite"_s));
    QDir().mkpath(backups.folder());
    // One backup a day for 400 days.
    const QDateTime last(QDate(2026, 6, 15), QTime(18, 0), Qt::UTC);
    for (int day = 0; day < 400; ++day)
        touch(QDir(backups.folder()).filePath(Backups::fileNameFor(last.addDays(-day))));
    backups.rotate();
    const QStringList kept = backups.list();
    // 7 days (covering this week and part of the last), then weekly and monthly ones.
    CHECK(kept.size() >= 12);
    CHECK(kept.size() <= 7 + 4 + 12);
    CHECK(kept.first().endsWith(Backups::fileNameFor(last)));
    for (int day = 0; day < 7; ++day)
        CHECK(kept.contains(
            QDir(backups.folder()).filePath(Backups::fileNameFor(last.addDays(-day)))));
    // The oldest kept one is about a year old: twelve months back.
    const QString oldest = kept.last();
    CHECK(oldest.contains(u"opora-2025"_s));
    CHECK(backups.rotate().isEmpty()); // running it again removes nothing more
}

TEST_CASE("restore keeps the current database first and refuses a bad backup untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.sqlite"_s);
    Backups backups(path);
    QString backup;
    {
        auto db = Database::create(path, Profile::Ru);
        PersonRecord p;
        p.surname = u"Орлова"_s;
        p.firstName = u"Анна"_s;
        PersonRepository(*db).create(p);
        backup = backups.make(*db).path;
        p.surname = u"Котова"_s;
        PersonRepository(*db).create(p); // made after the backup
    }
    const QString bad = dir.filePath(u"bad.sqlite"_s);
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();
    const QByteArray before = fileBytes(path);
    CHECK_THROWS_AS(backups.restore(bad), Error);
    CHECK(fileBytes(path) == before);

    const QString safety = backups.restore(backup);
    auto restored = Database::open(path);
    CHECK(Query(*restored, u"SELECT count(*) FROM person"_s).scalar().toInt() == 1);
    auto kept = Database::open(safety, Database::Mode::ReadOnly);
    CHECK(Query(*kept, u"SELECT count(*) FROM person"_s).scalar().toInt() == 2);
}

TEST_CASE("a damaged database is kept byte for byte when the newest good backup replaces it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.sqlite"_s);
    Backups backups(path);
    {
        auto db = Database::create(path, Profile::Ru);
        PersonRecord p;
        p.surname = u"Орлова"_s;
        p.firstName = u"Анна"_s;
        PersonRepository(*db).create(p);
        backups.make(*db);
        Query(*db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).exec();
    }
    // A newer backup that is itself damaged is passed over for the newest good one.
    const QString older = QDir(backups.folder()).filePath(u"opora-20990101-000000.sqlite"_s);
    QFile broken(older);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a database");
    broken.close();
    const QString good = backups.newestGood();
    REQUIRE_FALSE(good.isEmpty());
    CHECK(good != older);

    // Damage the database's pages after the header: it no longer opens.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(8192, '\x5a'));
    }
    CHECK_THROWS_AS(Database::open(path), Error);
    const QByteArray damaged = fileBytes(path);

    const QString safety = backups.restore(good);
    CHECK(QFileInfo(safety).fileName().startsWith(u"unreadable-"_s));
    CHECK(fileBytes(safety) == damaged);
    auto restored = Database::open(path);
    CHECK(Query(*restored, u"SELECT count(*) FROM person"_s).scalar().toInt() == 1);
}
