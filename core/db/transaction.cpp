#include "db/transaction.h"

#include "db/database.h"
#include "db/query.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opora {

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
    , m_level(db.transactionDepth())
{
    run(m_level == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp%1"_s.arg(m_level));
    ++m_db.transactionDepth();
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
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

} // namespace opora
