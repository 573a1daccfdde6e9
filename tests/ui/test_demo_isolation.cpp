#include "backup/backup.h"
#include "db/database.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "register/personrepository.h"
#include "shell/session.h"
#include "signinhelper.h"
#include "stats/recordcounts.h"
#include "tempdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace opora;

TEST_CASE("work in the demo leaves the real database's figures as they were", "[ui][demo]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"centre.sqlite"_s);
    {
        demo::DemoOptions options;
        options.seed = 5;
        auto db = demo::createDemoDatabase(real, options);
        db->setSetting(u"demo"_s, u"0"_s); // a centre's own file, not a demo
    }
    ui::Session session;
    opora::test::signInWhenAsked();
    REQUIRE(session.openFile(real));
    const auto before = recordCounts(*session.database());

    REQUIRE(session.openDemo());
    CHECK(demo::isDemoDatabase(*session.database()));
    CHECK(session.database()->path() != real);
    PersonRecord p;
    p.surname = u"Демонстрационная"_s;
    p.firstName = u"Анна"_s;
    PersonRepository(*session.database()).create(p);
    REQUIRE(session.openDemo()); // "Reset demo": a fresh copy
    CHECK(PersonRepository(*session.database()).get(1).surname != u"Демонстрационная"_s);

    opora::test::signInWhenAsked();
    REQUIRE(session.openFile(real));
    CHECK(recordCounts(*session.database()) == before);
    session.close();
}

TEST_CASE("a database that cannot be opened is kept and the newest good backup offered",
          "[ui][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.sqlite"_s);
    QList<QPair<QString, qint64>> counts;
    {
        demo::DemoOptions options;
        options.seed = 8;
        auto db = demo::createDemoDatabase(path, options);
        db->setSetting(u"demo"_s, u"0"_s);
        Backups(path).make(*db);
        counts = recordCounts(*db);
        Query(*db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).exec();
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(16384, '\x5a'));
    }
    const QByteArray damaged = opora::test::fileBytes(path);

    // Yes to the offer, then the administrator's password.
    QTimer::singleShot(50, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->text().contains(u"backup"_s));
        box->button(QMessageBox::Yes)->click();
    });
    opora::test::signInWhenAsked();
    ui::Session session;
    REQUIRE(session.openFile(path));
    CHECK(recordCounts(*session.database()) == counts);
    QStringList kept = QDir(Backups(path).folder()).entryList({u"unreadable-*.sqlite"_s});
    REQUIRE(kept.size() == 1);
    CHECK(opora::test::fileBytes(QDir(Backups(path).folder()).filePath(kept.first())) == damaged);
    session.close();
}
