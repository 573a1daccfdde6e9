#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace opora {

// The region profile chosen when a database is created. It decides the language of the
// reference lists and the service catalogue.
enum class Profile { Ru, Ua };

QString profileCode(Profile profile); // "ru" / "ua"
Profile profileFromCode(const QString &code, bool *ok = nullptr);

// One Opora database file, opened through QtSql's SQLite driver on the calling thread.
//
// A file that is not SQLite, belongs to another program, has a newer schema or fails the
// quick integrity check is refused with opora::Error and left byte-for-byte unchanged.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(opora::Database)

public:
    // "OPRA": stored in the SQLite header so the file is recognisable as Opora's.
    static constexpr qint32 ApplicationId = 0x4f505241;

    enum class Mode { ReadWrite, ReadOnly };

    // Creates a new database at path, seeded for the profile. Refuses an existing file.
    static std::unique_ptr<Database> create(const QString &path, Profile profile);
    // Opens an existing database, bringing an older schema up to date.
    // A file or folder that cannot be written opens read-only (see isReadOnly()).
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::ReadWrite);
    // Whether this process may write the file and its folder (WAL needs both).
    static bool canWrite(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    int schemaVersion() const;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    Profile profile() const { return m_profile; }

    // The account in whose name changes are made; recorded in created_by/updated_by and audit.
    qint64 actorId() const { return m_actorId; }
    void setActorId(qint64 userId) { m_actorId = userId; }

    // A value from the settings table, or def when it is not set.
    QString setting(const QString &key, const QString &def = {}) const;
    void setSetting(const QString &key, const QString &value);

    // Runs PRAGMA integrity_check, foreign_key_check and the schema checks; returns the
    // problems found in plain words (empty when all pass).
    QStringList fullCheck() const;

    // Prepared statements for Query to reuse, by their text: preparing costs more than running
    // most of Opora's statements. take gives an unprepared query when none is kept.
    QSqlQuery takeStatement(const QString &sql) const;
    void keepStatement(const QString &sql, QSqlQuery &&query) const;

    // Bookkeeping for WriteTransaction: nested guards become savepoints.
    int &transactionDepth() { return m_transactionDepth; }
    // Set when a part joined to the open transaction failed: the transaction cannot commit.
    bool &transactionFailed() { return m_transactionFailed; }

    // The default file: Opora's per-user data folder.
    static QString defaultPath();

private:
    Database(QString path, Mode mode);
    void openConnection();
    void configure();
    void migrate();
    void loadProfile();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    mutable std::unordered_map<QString, std::vector<QSqlQuery>> m_statements;
    mutable int m_kept = 0;
    Mode m_mode;
    Profile m_profile = Profile::Ru;
    qint64 m_actorId = 0;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace opora
