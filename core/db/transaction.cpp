#include "db/transaction.h"

#include "db/database.h"
#include "db/query.h"
#include "error.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opora {

WriteTransaction::WriteTransaction(Database &db, Nesting nesting)
    : m_db(db)
    , m_level(db.transactionDepth())
    , m_joined(nesting == Nesting::Join && m_level > 0)
{
    if (m_joined)
        return;
    run(m_level == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp%1"_s.arg(m_level));
    if (m_level == 0)
        m_db.transactionFailed() = false;
    ++m_db.transactionDepth();
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    if (m_joined) {
        m_db.transactionFailed() = true;
        return;
    }
    --m_db.transactionDepth();
    QSqlQuery q(m_db.connection());
    if (m_level == 0) {
        q.exec(u"ROLLBACK"_s);
    } else {
        q.exec(u"ROLLBACK TO sp%1"_s.arg(m_level));
        q.exec(u"RELEASE sp%1"_s.arg(m_level));
    }
}

void WriteTransaction::commit()
{
    if (m_joined) {
        m_done = true;
        return;
    }
    if (m_db.transactionFailed())
        throw Error(Error::Kind::Database,
                    Database::tr("The change could not be saved: a part of it failed."),
                    u"commit after a joined part failed"_s);
    run(m_level == 0 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_level));
    m_done = true;
    --m_db.transactionDepth();
}

void WriteTransaction::run(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        throwSqlError(q.lastError(), sql);
}

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
    , m_open(db.transactionDepth() == 0)
{
    if (!m_open)
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"BEGIN"_s))
        throwSqlError(q.lastError(), u"BEGIN"_s);
    ++m_db.transactionDepth();
}

ReadTransaction::~ReadTransaction()
{
    if (!m_open)
        return;
    --m_db.transactionDepth();
    QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_s);
}

} // namespace opora
