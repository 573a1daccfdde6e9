#pragma once

#include "db/database.h"

#include <QTemporaryDir>

#include <memory>

namespace opora::test {

// A fresh database file in its own temporary folder, removed with the object.
class TempDatabase
{
public:
    explicit TempDatabase(Profile profile = Profile::Ru);
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    // Closes the connection (e.g. before a file is inspected or reopened).
    void close() { m_db.reset(); }
    void reopen() { m_db = Database::open(m_path); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QByteArray fileBytes(const QString &path);

} // namespace opora::test
