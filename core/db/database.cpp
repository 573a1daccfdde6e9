#include "db/database.h"

#include "clock.h"
#include "db/filecheck.h"
#include "db/query.h"
#include "db/sqlscript.h"
#include "db/transaction.h"
#include "error.h"
#include "profiles/profileseed.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace opora {

QString profileCode(Profile profile)
{
    return profile == Profile::Ua ? u"ua"_s : u"ru"_s;
}

Profile profileFromCode(const QString &code, bool *ok)
{
    const QString c = code.trimmed().toLower();
    if (ok)
        *ok = c == u"ru"_s || c == u"ua"_s;
    return c == u"ua"_s ? Profile::Ua : Profile::Ru;
}

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"opora-%1"_s.arg(++counter);
}

void execOrThrow(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        throwSqlError(q.lastError(), sql);
}

} // namespace

int Database::latestSchemaVersion()
{
    const QList<Migration> migrations = embeddedMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Database::Database(QString path, Mode mode)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
    , m_mode(mode)
{}

Database::~Database()
{
    m_statements.clear();
    if (m_connection.isOpen())
        m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

QSqlQuery Database::takeStatement(const QString &sql) const
{
    const auto it = m_statements.find(sql);
    if (it == m_statements.end() || it->second.empty())
        return QSqlQuery(m_connection);
    --m_kept;
    QSqlQuery query = std::move(it->second.back());
    it->second.pop_back();
    return query;
}

void Database::keepStatement(const QString &sql, QSqlQuery &&query) const
{
    // A few copies of each text (a statement may run inside another's loop), and a bound on
    // the whole: statements with values written in are many and rarely repeat.
    static constexpr int PerText = 4;
    static constexpr int Total = 512;
    if (m_kept >= Total)
        return;
    std::vector<QSqlQuery> &kept = m_statements[sql];
    if (kept.size() >= PerText)
        return;
    kept.push_back(std::move(query));
    ++m_kept;
}

std::unique_ptr<Database> Database::create(const QString &path, Profile profile)
{
    const FileHeader header = readFileHeader(path);
    if (header.kind != FileHeader::Kind::Missing && header.kind != FileHeader::Kind::Empty)
        throw Error(Error::Kind::Io,
                    tr("The file %1 already exists. Choose another name for the new database.")
                        .arg(nativePath(path)));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(Error::Kind::Io, tr("The folder %1 cannot be created.")
                                         .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<Database> db(new Database(path, Mode::ReadWrite));
    db->openConnection();
    QSqlQuery q(db->connection());
    execOrThrow(q, u"PRAGMA application_id = %1"_s.arg(ApplicationId));
    db->configure();
    db->migrate();
    {
        WriteTransaction tx(*db);
        seedProfile(*db, profile);
        db->setSetting(u"profile"_s, profileCode(profile));
        db->setSetting(u"created_at"_s, nowUtc());
        tx.commit();
    }
    db->loadProfile();
    return db;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode requested)
{
    const FileHeader header = readFileHeader(path);
    // A file or folder we may not write opens read-only instead of failing: the window shows a
    // banner, and any save says plainly that it cannot be stored.
    const Mode mode = requested == Mode::ReadWrite && !canWrite(path) ? Mode::ReadOnly : requested;
    switch (header.kind) {
    case FileHeader::Kind::Missing:
        throw Error(Error::Kind::Io,
                    tr("The database file %1 does not exist.").arg(nativePath(path)));
    case FileHeader::Kind::Empty:
    case FileHeader::Kind::NotSqlite:
        throw Error(Error::Kind::NotSqlite,
                    tr("%1 is not an Opora database: it is not a database file at all. The file "
                       "was not changed.")
                        .arg(nativePath(path)));
    case FileHeader::Kind::Sqlite:
        break;
    }
    if (header.applicationId != ApplicationId)
        throw Error(Error::Kind::Foreign,
                    tr("%1 is a database of another program, not of Opora. The file was not "
                       "changed.")
                        .arg(nativePath(path)),
                    u"application_id %1"_s.arg(header.applicationId));
    if (header.userVersion > latestSchemaVersion())
        throw Error(Error::Kind::Newer,
                    tr("%1 was made by a newer version of Opora. Install that version to open "
                       "it. The file was not changed.")
                        .arg(nativePath(path)),
                    u"schema %1 > %2"_s.arg(header.userVersion).arg(latestSchemaVersion()));

    // The quick check runs on a read-only connection, so a damaged file is not written to.
    {
        Database probe(path, Mode::ReadOnly);
        probe.openConnection();
        QSqlQuery q(probe.connection());
        if (!q.exec(u"PRAGMA quick_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s) {
            const QString detail =
                q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            throw Error(Error::Kind::Damaged,
                        tr("The database file %1 is damaged. It was not changed; restore the "
                           "newest good backup.")
                            .arg(nativePath(path)),
                        u"quick_check: "_s + detail);
        }
    }

    std::unique_ptr<Database> db(new Database(path, mode));
    db->openConnection();
    db->configure();
    if (db->schemaVersion() < latestSchemaVersion()) {
        if (mode == Mode::ReadOnly)
            throw Error(Error::Kind::ReadOnly,
                        tr("%1 was made by an older version of Opora and must be updated, which "
                           "cannot be done while it is read-only.")
                            .arg(nativePath(path)));
        db->migrate();
    }
    db->loadProfile();
    return db;
}

bool Database::canWrite(const QString &path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

void Database::openConnection()
{
    m_connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    QSqlDatabase &db = m_connection;
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (m_mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    // In a folder we may not write, SQLite cannot make the WAL index it needs to read a WAL
    // database: read the file as it is, which is all a read-only folder allows anyway.
    if (m_mode == Mode::ReadOnly && !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable()) {
        options += u";QSQLITE_OPEN_URI"_s;
        QUrl url = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        url.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    }
    db.setConnectOptions(options);
    if (!db.open())
        throw Error(Error::Kind::Io,
                    tr("The database file %1 cannot be opened.").arg(nativePath(m_path)),
                    db.lastError().text());
}

void Database::configure()
{
    QSqlQuery q(connection());
    execOrThrow(q, u"PRAGMA foreign_keys = ON"_s);
    execOrThrow(q, u"PRAGMA synchronous = FULL"_s);
    // 32 MB of page cache instead of SQLite's 2 MB: a project's indicators read a few hundred
    // thousand index entries, and re-reading them from the file doubles the time.
    execOrThrow(q, u"PRAGMA cache_size = -32768"_s);
    // The temporary tables of an import (the file's keys) stay in memory instead of a file.
    // So does the statement journal: batches join an import's transaction rather than open a
    // savepoint, which would keep every page they touch in it (see WriteTransaction).
    execOrThrow(q, u"PRAGMA temp_store = MEMORY"_s);
    if (m_mode == Mode::ReadWrite)
        execOrThrow(q, u"PRAGMA journal_mode = WAL"_s);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

void Database::migrate()
{
    const int current = schemaVersion();
    const QList<Migration> migrations = embeddedMigrations();
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Io,
                        tr("The program is incomplete: a schema update is missing."),
                        migration.resource);
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
        WriteTransaction tx(*this);
        QSqlQuery q(connection());
        for (const QString &statement : statements)
            execOrThrow(q, statement);
        execOrThrow(q, u"PRAGMA user_version = %1"_s.arg(migration.version));
        tx.commit();
    }
}

void Database::loadProfile()
{
    m_profile = profileFromCode(setting(u"profile"_s, u"ru"_s));
    Query q(*this, u"SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1"_s);
    m_actorId = q.scalar(0).toLongLong();
}

QString Database::setting(const QString &key, const QString &def) const
{
    Query q(*this, u"SELECT value FROM settings WHERE key = :key"_s);
    q.bind(u":key"_s, key);
    const QVariant value = q.scalar();
    return value.isValid() ? value.toString() : def;
}

void Database::setSetting(const QString &key, const QString &value)
{
    WriteTransaction tx(*this);
    Query(*this, u"INSERT INTO settings(key, value) VALUES(:key, :value) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s)
        .bind(u":key"_s, key)
        .bind(u":value"_s, value)
        .exec();
    tx.commit();
}

QStringList Database::fullCheck() const
{
    QStringList problems;
    {
        Query q(*this, u"PRAGMA integrity_check"_s);
        q.exec();
        while (q.next()) {
            const QString row = q.text(0);
            if (row != u"ok"_s)
                problems << tr("Integrity: %1").arg(row);
        }
    }
    {
        Query q(*this, u"PRAGMA foreign_key_check"_s);
        q.exec();
        while (q.next())
            problems << tr("Broken reference: table %1, row %2 refers to a missing row in %3")
                            .arg(q.text(0), q.text(1), q.text(2));
    }
    if (Query(*this, u"PRAGMA application_id"_s).scalar().toInt() != ApplicationId)
        problems << tr("The file is not marked as an Opora database.");
    if (schemaVersion() != latestSchemaVersion())
        problems << tr("Schema version %1, expected %2.")
                        .arg(schemaVersion())
                        .arg(latestSchemaVersion());

    static const QRegularExpression createTable(u"CREATE TABLE (?:IF NOT EXISTS )?(\\w+)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dropTable(u"DROP TABLE (?:IF EXISTS )?(\\w+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList expected;
    for (const Migration &migration : embeddedMigrations()) {
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll());
        for (auto it = createTable.globalMatch(script); it.hasNext();)
            expected << it.next().captured(1);
        for (auto it = dropTable.globalMatch(script); it.hasNext();)
            expected.removeAll(it.next().captured(1));
    }
    for (const QString &table : std::as_const(expected)) {
        Query q(*this, u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :n"_s);
        q.bind(u":n"_s, table);
        if (q.scalar().toInt() != 1)
            problems << tr("The table %1 is missing.").arg(table);
    }
    return problems;
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder + u"/opora.sqlite"_s;
}

} // namespace opora
