#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opora {

class Database;

// An account as the administrator sees it.
struct UserAccount
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role = QStringLiteral("specialist");
    qint64 staffId = 0; // the member of staff who works under this account, if any
    QString staffName;  // filled when read
    bool active = true;
    bool locked = false;      // after failed sign-ins, until lockedUntil
    bool hasPassword = false; // false until one is set
    int version = 0;
};

// Accounts and their roles, managed by administrators only (checked in core). Nobody changes
// their own role or deactivates themselves, and the last active administrator stays one.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::UserRepository)

public:
    explicit UserRepository(Database &db);

    QList<UserAccount> list() const;
    UserAccount get(qint64 id) const;
    qint64 create(const UserAccount &account, const QString &password);
    void update(const UserAccount &account);
    void resetPassword(qint64 id, const QString &password);
    void unlock(qint64 id);

private:
    void validate(const UserAccount &account) const;
    Database &m_db;
};

} // namespace opora
