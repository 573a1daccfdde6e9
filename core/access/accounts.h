#pragma once

#include <QCoreApplication>
#include <QString>

namespace opora {

class Database;

// A signed-in user: the account in whose name changes are made.
struct Account
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role; // admin, head, specialist, psychologist, manager, trainer
};

// Accounts and sign-in. Passwords are stored as Argon2id hashes (libsodium's
// crypto_pwhash_str); a failed sign-in costs the same work and gives the same message whether
// or not the account exists, and repeated failures lock the account for a while.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(opora::Accounts)

public:
    explicit Accounts(Database &db);

    // The profile seed creates the administrator without a password: the first start sets it.
    bool needsAdministratorPassword() const;
    void setInitialAdministratorPassword(const QString &password);
    // Signs in and makes the account the database's actor; throws Error(Permission) with one
    // message for every kind of failure.
    Account signIn(const QString &login, const QString &password);
    void setPassword(qint64 accountId, const QString &password);
    // A demo database: the administrator "admin" with the password "demo" (no strength rule:
    // the demo holds fictional people only).
    void setDemoAdministrator();

    // Each failed sign-in in a row in this program waits longer before it answers — the base
    // delay, doubled each time up to 16 times it (250 ms … 4 s) — whatever the account, so the
    // wait tells nothing about which accounts exist. A success starts again from the base.
    static int failureDelayMs(int failuresInARow);
    static void setFailureDelayBaseMs(int ms); // 250 unless changed (the tests shorten it)

    static constexpr int MaxFailures = 5;  // then the account is locked …
    static constexpr int LockMinutes = 15; // … for this long
    static QString roleName(const QString &role);
    static void checkStrength(const QString &password);

private:
    Database &m_db;
};

} // namespace opora
