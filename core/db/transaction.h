#pragma once

#include <QString>

namespace opora {

class Database;

// A write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
// commit() was called. Nested guards on the same database become savepoints, so a repository
// method can be called on its own or inside a larger operation such as an import.
//
// A batch of many rows may instead join the open transaction (Nesting::Join): no savepoint, so
// SQLite does not keep every page the batch touches for a partial rollback (inside a long import
// that made each insert slower than the one before). A joined part that fails is not undone on
// its own: the whole transaction it joined can then only roll back.
class WriteTransaction
{
public:
    enum class Nesting { Savepoint, Join };
    explicit WriteTransaction(Database &db, Nesting nesting = Nesting::Savepoint);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    void run(const QString &sql);

    Database &m_db;
    int m_level;
    bool m_joined = false;
    bool m_done = false;
};

// One snapshot for many reads: BEGIN (deferred) when no transaction is open, so SQLite takes
// its locks once instead of for every statement, and every read sees the same data. It ends
// with ROLLBACK: there is nothing to keep. Inside an open transaction it does nothing.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace opora
