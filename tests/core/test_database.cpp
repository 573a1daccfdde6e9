#include "catch_qt.h"
#include "clock.h"
#include "db/bulk.h"
#include "db/database.h"
#include "db/location.h"
#include "db/query.h"
#include "db/sqlscript.h"
#include "db/transaction.h"
#include "error.h"
#include "register/personrepository.h"
#include "tempdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::fileBytes;
using opora::test::TempDatabase;

namespace {

QString pragma(Database &db, const QString &name)
{
    return Query(db, u"PRAGMA "_s + name).scalar().toString();
}

// Writes a plain SQLite file with the given header values through a separate connection.
void writeSqliteFile(const QString &path, qint32 applicationId, qint32 userVersion)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"CREATE TABLE t(x)"_s));
        REQUIRE(q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        REQUIRE(q.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

Error::Kind openErrorKind(const QString &path)
{
    try {
        Database::open(path);
    } catch (const Error &e) {
        CHECK_FALSE(e.userMessage().isEmpty());
        return e.kind();
    }
    FAIL("the file was opened");
    return Error::Kind::Database;
}

} // namespace

TEST_CASE("a new database is configured as DESIGN.md says", "[database]")
{
    TempDatabase t;
    CHECK(pragma(t.db(), u"journal_mode"_s) == u"wal"_s);
    CHECK(pragma(t.db(), u"foreign_keys"_s) == u"1"_s);
    CHECK(pragma(t.db(), u"synchronous"_s) == u"2"_s); // FULL
    CHECK(pragma(t.db(), u"temp_store"_s) == u"2"_s);  // MEMORY
    CHECK(pragma(t.db(), u"application_id"_s).toInt() == Database::ApplicationId);
    CHECK(t->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(t->fullCheck().isEmpty());
    CHECK(t->setting(u"profile"_s) == u"ru"_s);
}

TEST_CASE("a database reopens with its profile", "[database]")
{
    TempDatabase t(Profile::Ua);
    t.close();
    t.reopen();
    CHECK(t->profile() == Profile::Ua);
    CHECK(t->actorId() > 0);
    const QString name = Query(t.db(), u"SELECT name FROM ref_item WHERE list = 'category' AND "
                                       "code = 'minor_mother'"_s)
                             .scalar()
                             .toString();
    CHECK(name == u"Неповнолітня мати"_s);
}

TEST_CASE("create refuses an existing file", "[database]")
{
    TempDatabase t;
    t.close();
    const QByteArray before = fileBytes(t.path());
    CHECK_THROWS_AS(Database::create(t.path(), Profile::Ru), Error);
    CHECK(fileBytes(t.path()) == before);
}

TEST_CASE("files that are not Opora's are refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.sqlite"_s);

    SECTION("a text file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("surname;first_name\nИванова;Анна\n");
        file.close();
        const QByteArray before = fileBytes(path);
        CHECK(openErrorKind(path) == Error::Kind::NotSqlite);
        CHECK(fileBytes(path) == before);
    }
    SECTION("an empty file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        CHECK(openErrorKind(path) == Error::Kind::NotSqlite);
        CHECK(QFile(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        writeSqliteFile(path, 0x12345678, 3);
        const QByteArray before = fileBytes(path);
        CHECK(openErrorKind(path) == Error::Kind::Foreign);
        CHECK(fileBytes(path) == before);
    }
    SECTION("a plain SQLite database without an application id")
    {
        writeSqliteFile(path, 0, 0);
        const QByteArray before = fileBytes(path);
        CHECK(openErrorKind(path) == Error::Kind::Foreign);
        CHECK(fileBytes(path) == before);
    }
    SECTION("an Opora database of a newer schema")
    {
        writeSqliteFile(path, Database::ApplicationId, Database::latestSchemaVersion() + 1);
        const QByteArray before = fileBytes(path);
        CHECK(openErrorKind(path) == Error::Kind::Newer);
        CHECK(fileBytes(path) == before);
    }
    SECTION("a missing file")
    {
        CHECK(openErrorKind(path) == Error::Kind::Io);
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("a damaged Opora database is refused and left unchanged", "[database]")
{
    TempDatabase t;
    t.close();
    QByteArray bytes = fileBytes(t.path());
    REQUIRE(bytes.size() > 8192);
    // Overwrite the middle of the file (schema and table pages) with garbage.
    for (qsizetype i = 4096; i < bytes.size() - 100; i += 7)
        bytes[i] = char(0xA5);
    {
        QFile file(t.path());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    CHECK(openErrorKind(t.path()) == Error::Kind::Damaged);
    CHECK(fileBytes(t.path()) == bytes);
}

TEST_CASE("migrations run from empty, each version once", "[database]")
{
    const QList<Migration> migrations = embeddedMigrations();
    REQUIRE_FALSE(migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i)
        CHECK(migrations.at(i).version == i + 1);

    // An Opora file at schema 0 is brought up to date on open.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
        REQUIRE(q.exec(u"CREATE TABLE placeholder(x)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("the SQL script splitter keeps trigger bodies whole", "[database]")
{
    const QStringList statements = splitSqlScript(u"-- comment\n"
                                                  "CREATE TABLE a(x);\n"
                                                  "CREATE TRIGGER t BEFORE DELETE ON a\n"
                                                  "BEGIN\n"
                                                  "  SELECT RAISE(ABORT, 'no');\n"
                                                  "END;\n"
                                                  "INSERT INTO a VALUES(1);\n"_s);
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(1).contains(u"RAISE"_s));
    CHECK(statements.at(1).endsWith(u"END;"_s));
}

TEST_CASE("a write transaction rolls back unless committed, nested ones are savepoints",
          "[database]")
{
    TempDatabase t;
    auto count = [&] {
        return Query(t.db(), u"SELECT count(*) FROM settings"_s).scalar().toInt();
    };
    const int before = count();
    {
        WriteTransaction tx(t.db());
        Query(t.db(), u"INSERT INTO settings VALUES('a', '1')"_s).exec();
    }
    CHECK(count() == before);
    {
        WriteTransaction outer(t.db());
        Query(t.db(), u"INSERT INTO settings VALUES('b', '1')"_s).exec();
        {
            WriteTransaction inner(t.db());
            Query(t.db(), u"INSERT INTO settings VALUES('c', '1')"_s).exec();
        }
        {
            WriteTransaction inner(t.db());
            Query(t.db(), u"INSERT INTO settings VALUES('d', '1')"_s).exec();
            inner.commit();
        }
        outer.commit();
    }
    CHECK(count() == before + 2);
    CHECK(t->setting(u"b"_s) == u"1"_s);
    CHECK(t->setting(u"c"_s).isNull());
    CHECK(t->setting(u"d"_s) == u"1"_s);
    CHECK(t->transactionDepth() == 0);
}

TEST_CASE("a batch joined to a transaction commits with it, and its failure fails all of it",
          "[database]")
{
    TempDatabase t;
    auto count = [&] {
        return Query(t.db(), u"SELECT count(*) FROM settings"_s).scalar().toInt();
    };
    const int before = count();
    {
        // Alone, a joined guard is a transaction of its own.
        WriteTransaction alone(t.db(), WriteTransaction::Nesting::Join);
        Query(t.db(), u"INSERT INTO settings VALUES('a', '1')"_s).exec();
        alone.commit();
    }
    CHECK(count() == before + 1);
    {
        WriteTransaction outer(t.db());
        {
            WriteTransaction batch(t.db(), WriteTransaction::Nesting::Join);
            Query(t.db(), u"INSERT INTO settings VALUES('b', '1')"_s).exec();
            batch.commit();
        }
        outer.commit();
    }
    CHECK(t->setting(u"b"_s) == u"1"_s);
    {
        WriteTransaction outer(t.db());
        Query(t.db(), u"INSERT INTO settings VALUES('c', '1')"_s).exec();
        try {
            WriteTransaction batch(t.db(), WriteTransaction::Nesting::Join);
            Query(t.db(), u"INSERT INTO settings VALUES('d', '1')"_s).exec();
            throw Error(Error::Kind::Validation, u"stop"_s, u"stop"_s);
        } catch (const Error &) {
            // Caught, but what the batch wrote cannot be told apart: nothing is saved.
        }
        CHECK_THROWS_AS(outer.commit(), Error);
    }
    CHECK(t->setting(u"c"_s).isNull());
    CHECK(t->setting(u"d"_s).isNull());
    CHECK(t->transactionDepth() == 0);
    {
        // The next transaction starts afresh.
        WriteTransaction next(t.db());
        Query(t.db(), u"INSERT INTO settings VALUES('e', '1')"_s).exec();
        next.commit();
    }
    CHECK(t->setting(u"e"_s) == u"1"_s);
}

TEST_CASE("rows written many to a statement arrive whole, in order, with their ids", "[database]")
{
    TempDatabase t;
    Query(t.db(), u"CREATE TABLE bulk(id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT, "
                  "note TEXT, n INTEGER)"_s)
        .exec();
    CHECK(nextId(t.db(), u"bulk"_s) == 1);
    // 150 rows of four values: three statements of 64, 64 and 22 rows.
    QList<QVariantList> rows;
    for (int i = 0; i < 150; ++i)
        rows << QVariantList{u"Имя %1"_s.arg(i), i % 3 ? QVariant(u"примечание"_s) : QVariant(),
                             i % 2 ? QVariant(i) : QVariant(), QString()};
    {
        WriteTransaction tx(t.db());
        insertMany(t.db(),
                   u"INSERT INTO bulk(name, key, n, note) SELECT v.column1, v.column1 || '!', "
                   "v.column3, v.column4 FROM (VALUES %1) v"_s,
                   {rows.mid(0, 100)});
        insertMany(t.db(), u"INSERT INTO bulk(name, note, n, key) VALUES %1"_s, rows.mid(100));
        tx.commit();
    }
    CHECK(nextId(t.db(), u"bulk"_s) == 151);
    Query q(t.db(), u"SELECT id, name, key, note, n FROM bulk ORDER BY id"_s);
    q.exec();
    for (int i = 0; i < 150; ++i) {
        REQUIRE(q.next());
        CHECK(q.integer(0) == i + 1);
        CHECK(q.text(1) == u"Имя %1"_s.arg(i));
        if (i < 100) {
            CHECK(q.text(2) == u"Имя %1!"_s.arg(i));
            CHECK(q.value(3).isNull()); // a null QString is NULL
        } else {
            CHECK(q.value(3).isNull() == (i % 3 == 0));
        }
        CHECK(q.value(4).isNull() == (i % 2 == 0));
    }
    CHECK_FALSE(q.next());

    // A row SQLite refuses fails the whole write, and the transaction keeps none of it.
    rows[130][0] = QVariant(); // name is NOT NULL
    {
        WriteTransaction tx(t.db());
        CHECK_THROWS_AS(
            insertMany(t.db(), u"INSERT INTO bulk(name, note, n, key) VALUES %1"_s, rows), Error);
    }
    CHECK(Query(t.db(), u"SELECT count(*) FROM bulk"_s).scalar().toInt() == 150);
}

TEST_CASE("a read transaction shares one snapshot and leaves nothing open", "[database]")
{
    TempDatabase t;
    {
        ReadTransaction read(t.db());
        CHECK(t->transactionDepth() == 1);
        CHECK(Query(t.db(), u"SELECT count(*) FROM settings"_s).scalar().toInt() > 0);
        {
            ReadTransaction inner(t.db()); // inside an open one: nothing of its own
            CHECK(t->transactionDepth() == 1);
        }
    }
    CHECK(t->transactionDepth() == 0);
    WriteTransaction write(t.db());
    Query(t.db(), u"INSERT INTO settings VALUES('r', '1')"_s).exec();
    write.commit();
    CHECK(t->setting(u"r"_s) == u"1"_s);
}

TEST_CASE("dates are written as ISO text", "[database]")
{
    CHECK(isoDate(QDate(2026, 3, 5)) == u"2026-03-05"_s);
    CHECK(isoDate(QDate(1987, 12, 31)) == u"1987-12-31"_s);
    CHECK(isoDate(QDate(9999, 1, 1)) == u"9999-01-01"_s);
    CHECK(isoDate(QDate(812, 7, 14)) == QDate(812, 7, 14).toString(Qt::ISODate));
    CHECK(isoDate(QDate()).isNull());
    for (QDate d(1999, 12, 25); d < QDate(2001, 1, 10); d = d.addDays(1))
        REQUIRE(isoDate(d) == d.toString(Qt::ISODate));
    CHECK(today() == QDate::currentDate());
}

TEST_CASE("a failing statement becomes an opora::Error without SQL in its user message",
          "[database]")
{
    TempDatabase t;
    try {
        Query(t.db(), u"INSERT INTO person(id) VALUES(1)"_s).exec();
        FAIL("the insert succeeded");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Database);
        CHECK_FALSE(e.userMessage().contains(u"INSERT"_s));
        CHECK(e.detail().contains(u"person"_s));
    }
}

TEST_CASE("files on network file systems are told apart from local ones", "[database]")
{
    CHECK(isNetworkFileSystemType("cifs"));
    CHECK(isNetworkFileSystemType("NFS4"));
    CHECK(isNetworkFileSystemType("smb3"));
    CHECK(isNetworkFileSystemType("fuse.sshfs"));
    CHECK_FALSE(isNetworkFileSystemType("ext4"));
    CHECK_FALSE(isNetworkFileSystemType("tmpfs"));
    CHECK_FALSE(isNetworkFileSystemType("NTFS"));
    CHECK(isOnNetworkShare(u"//server/share/opora.sqlite"_s));
    QTemporaryDir dir;
    CHECK_FALSE(isOnNetworkShare(dir.filePath(u"opora.sqlite"_s)));
}

TEST_CASE("a full disk fails a save cleanly, and saving works again when space is back",
          "[database]")
{
    TempDatabase t;
    Database &db = t.db();
    const auto people = [&] {
        return Query(db, u"SELECT count(*) FROM person"_s).scalar().toInt();
    };
    const int before = people();
    // No room to grow: SQLite answers as on a full disk (SQLITE_FULL).
    const int pages = Query(db, u"PRAGMA page_count"_s).scalar().toInt();
    Query(db, u"PRAGMA max_page_count = %1"_s.arg(pages)).exec();
    PersonRepository repository(db);
    QString message;
    try {
        WriteTransaction tx(db);
        for (int i = 0; i < 2000; ++i) {
            PersonRecord p;
            p.surname = u"Заполнова"_s;
            p.firstName = u"Анна"_s;
            p.notes = QString(400, u'x');
            repository.create(p);
        }
        tx.commit();
        FAIL("the save should have failed for want of space");
    } catch (const Error &e) {
        message = e.userMessage();
    }
    CHECK(message.contains(u"free space"_s));
    CHECK(people() == before); // nothing partial stored
    // Space is back: the same save goes through.
    Query(db, u"PRAGMA max_page_count = 1073741823"_s).exec();
    PersonRecord p;
    p.surname = u"Заполнова"_s;
    p.firstName = u"Анна"_s;
    repository.create(p);
    CHECK(people() == before + 1);
    CHECK(db.fullCheck().isEmpty());
}

TEST_CASE("a statement prepared once serves every later query of its text", "[database]")
{
    TempDatabase t;
    Query(t.db(), u"CREATE TEMP TABLE n(v INTEGER)"_s).exec();
    for (int v : {1, 2, 3})
        Query(t.db(), u"INSERT INTO temp.n(v) VALUES(:v)"_s).bind(u":v"_s, v).exec();
    const QString sql = u"SELECT v FROM temp.n WHERE v >= :min ORDER BY v"_s;
    // The same text inside its own loop: the inner query gets a statement of its own and the
    // outer one goes on where it was.
    Query outer(t.db(), sql);
    outer.bind(u":min"_s, 1).exec();
    QStringList pairs;
    while (outer.next()) {
        Query inner(t.db(), sql);
        inner.bind(u":min"_s, outer.integer(0) + 1).exec();
        int after = 0;
        while (inner.next())
            ++after;
        pairs << u"%1:%2"_s.arg(outer.integer(0)).arg(after);
    }
    CHECK(pairs.join(u' ') == u"1:2 2:1 3:0"_s);
    // A kept statement runs with the values bound this time, and a query left half-read does
    // not keep the next one from starting over.
    {
        Query halfRead(t.db(), sql);
        halfRead.bind(u":min"_s, 1).exec();
        REQUIRE(halfRead.next());
    }
    Query again(t.db(), sql);
    again.bind(u":min"_s, 3).exec();
    REQUIRE(again.next());
    CHECK(again.integer(0) == 3);
    CHECK_FALSE(again.next());
    // A statement kept from before a write still sees the new row.
    Query(t.db(), u"INSERT INTO temp.n(v) VALUES(:v)"_s).bind(u":v"_s, 4).exec();
    CHECK(Query(t.db(), sql).bind(u":min"_s, 4).scalar().toInt() == 4);
}
