#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace opora {

class Database;

// A prepared statement with bound values that throws opora::Error on failure, so a raw SQL
// error never travels further than the log detail.
//
// Statements are prepared once per database and text: a Query hands its statement back to the
// database when it goes, reset, for the next Query of that text, which binds every value again.
class Query
{
public:
    Query(const Database &db, const QString &sql);
    ~Query();
    Query(Query &&other) noexcept;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;

    // A null QString binds SQL NULL.
    Query &bind(const QString &placeholder, const QVariant &value);
    Query &exec();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    QString text(int index) const { return m_query.value(index).toString(); }
    qint64 integer(int index) const { return m_query.value(index).toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

    // For a query that returns one value in one row: that value, or def when there is no row.
    QVariant scalar(const QVariant &def = {});

private:
    [[noreturn]] void fail(const QString &stage) const;

    const Database *m_db = nullptr; // set while the statement is prepared and may be kept
    QSqlQuery m_query;
    QString m_sql;
};

// Translates a failed QSqlQuery into opora::Error with a plain user message.
[[noreturn]] void throwSqlError(const QSqlError &error, const QString &context);

} // namespace opora
