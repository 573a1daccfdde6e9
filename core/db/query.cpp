#include "db/query.h"

#include "db/database.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlError>

#include <utility>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(opora::Query)
};

} // namespace

void throwSqlError(const QSqlError &error, const QString &context)
{
    const QString native = error.nativeErrorCode();
    const QString detail = context + u": "_s + error.text() + u" ["_s + native + u']';
    // SQLite primary result codes: 5 BUSY, 6 LOCKED, 8 READONLY, 10 IOERR, 11 CORRUPT, 13 FULL,
    // 26 NOTADB. Extended codes keep the primary one in the low byte.
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 5:
    case 6:
        throw Error(Error::Kind::Busy,
                    Messages::tr("The database is busy in another Opora window. Try again in a "
                                 "moment."),
                    detail);
    case 8:
        throw Error(Error::Kind::ReadOnly,
                    Messages::tr("The database is open read-only: changes cannot be saved."),
                    detail);
    case 10:
    case 13:
        throw Error(Error::Kind::Io,
                    Messages::tr("The change could not be written to disk. Check that the disk "
                                 "has free space, then try again. Nothing was saved."),
                    detail);
    case 11:
    case 26:
        throw Error(Error::Kind::Damaged,
                    Messages::tr("The database file is damaged. Restore it from a backup."),
                    detail);
    default:
        throw Error(Error::Kind::Database,
                    Messages::tr("The database could not carry out the operation. Nothing was "
                                 "changed."),
                    detail);
    }
}

Query::Query(const Database &db, const QString &sql)
    : m_query(db.takeStatement(sql))
    , m_sql(sql)
{
    // A kept statement is ready; its values are all bound again, as Qt refuses to run a
    // statement with a placeholder left unbound.
    if (m_query.lastQuery().isEmpty()) {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            fail(u"prepare"_s);
    }
    m_db = &db;
}

Query::~Query()
{
    if (!m_db)
        return;
    m_query.finish();
    m_db->keepStatement(m_sql, std::move(m_query));
}

Query::Query(Query &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_query(std::move(other.m_query))
    , m_sql(std::move(other.m_sql))
{}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QVariant(QMetaType::fromType<QString>()));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        fail(u"exec"_s);
    return *this;
}

QVariant Query::scalar(const QVariant &def)
{
    exec();
    return next() ? value(0) : def;
}

void Query::fail(const QString &stage) const
{
    throwSqlError(m_query.lastError(), stage + u" of `"_s + m_sql.simplified() + u'`');
}

} // namespace opora
