#pragma once

#include <QString>

namespace opora {

class Database;

// A write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
// commit() was called. Nested guards on the same database become savepoints, so a repository
// method can be called on its own or inside a larger operation such as an import.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    void run(const QString &sql);

    Database &m_db;
    int m_level;
    bool m_done = false;
};

} // namespace opora
