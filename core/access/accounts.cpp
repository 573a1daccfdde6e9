#include "access/accounts.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "demo/demogenerator.h"
#include "error.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

QString hashPassword(const QString &password)
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, Accounts::tr("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(Error::Kind::Io, Accounts::tr("Not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.toLatin1().constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

std::atomic<int> failuresInARow{0};
std::atomic<int> failureDelayBase{250};

// Waits before a refusal answers, longer after each failure in a row.
void slowDown()
{
    QThread::msleep(static_cast<unsigned long>(Accounts::failureDelayMs(++failuresInARow)));
}

// The same work for an unknown login as for a known one: nobody learns who has an account.
const QString &dummyHash()
{
    static const QString hash = hashPassword(u"no such account"_s);
    return hash;
}

} // namespace

Accounts::Accounts(Database &db)
    : m_db(db)
{}

QString Accounts::roleName(const QString &role)
{
    if (role == u"admin"_s)
        return tr("administrator");
    if (role == u"head"_s)
        return tr("head of department");
    if (role == u"specialist"_s)
        return tr("specialist");
    if (role == u"psychologist"_s)
        return tr("psychologist");
    if (role == u"manager"_s)
        return tr("manager");
    if (role == u"trainer"_s)
        return tr("trainer");
    return role;
}

int Accounts::failureDelayMs(int failures)
{
    const int doublings = std::clamp(failures - 1, 0, 4);
    return failureDelayBase * (1 << doublings);
}

void Accounts::setFailureDelayBaseMs(int ms)
{
    failureDelayBase = std::max(0, ms);
}

void Accounts::checkStrength(const QString &password)
{
    Validator v;
    v.require(password.size() >= 8, u"password"_s,
              tr("The password must have at least 8 characters."));
    v.throwIfInvalid();
}

bool Accounts::needsAdministratorPassword() const
{
    return Query(m_db, u"SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active = 1 "
                       "AND password_hash IS NOT NULL)"_s)
               .scalar(false)
               .toBool() == false;
}

void Accounts::setInitialAdministratorPassword(const QString &password)
{
    if (!needsAdministratorPassword())
        throw Error(Error::Kind::Permission,
                    tr("The administrator already has a password. Sign in to change it."));
    checkStrength(password);
    const qint64 id = Query(m_db, u"SELECT id FROM users WHERE role = 'admin' ORDER BY id "
                                  "LIMIT 1"_s)
                          .scalar(0)
                          .toLongLong();
    setPassword(id, password);
}

void Accounts::setDemoAdministrator()
{
    WriteTransaction tx(m_db);
    Query(m_db, u"UPDATE users SET login = 'admin', password_hash = :hash WHERE role = 'admin'"_s)
        .bind(u":hash"_s, hashPassword(u"demo"_s))
        .exec();
    tx.commit();
}

void Accounts::setPassword(qint64 accountId, const QString &password)
{
    checkStrength(password);
    const QString hash = hashPassword(password);
    WriteTransaction tx(m_db);
    Query(m_db, u"UPDATE users SET password_hash = :hash, failed_logins = 0, locked_until = "
                "NULL, updated_at = :now, version = version + 1 WHERE id = :id"_s)
        .bind(u":hash"_s, hash)
        .bind(u":now"_s, nowUtc())
        .bind(u":id"_s, accountId)
        .exec();
    recordAudit(m_db, "password", u"users"_s, accountId, {u"password"_s});
    tx.commit();
}

Account Accounts::signIn(const QString &login, const QString &password)
{
    const Error refused(Error::Kind::Permission,
                        tr("The user name or the password is wrong, or the account is locked "
                           "for a while after failed attempts."));
    Query q(m_db, u"SELECT id, display_name, role, coalesce(password_hash, ''), "
                  "failed_logins, coalesce(locked_until, '') FROM users WHERE login = :login "
                  "AND active = 1"_s);
    q.bind(u":login"_s, login.trimmed()).exec();
    if (!q.next()) {
        verifyPassword(dummyHash(), password);
        WriteTransaction tx(m_db);
        recordAudit(m_db, "login_failed", u"users"_s, 0, {});
        tx.commit();
        slowDown();
        throw refused;
    }
    Account account{q.integer(0), login.trimmed(), q.text(1), q.text(2)};
    const QString hash = q.text(3);
    const int failures = q.value(4).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.text(5), Qt::ISODate);
    const QDateTime now = QDateTime::fromString(nowUtc(), Qt::ISODate);
    const bool locked = lockedUntil.isValid() && lockedUntil > now;
    const bool ok =
        verifyPassword(hash.isEmpty() ? dummyHash() : hash, password) && !hash.isEmpty() && !locked;
    WriteTransaction tx(m_db);
    if (!ok) {
        const int count = locked ? failures : failures + 1;
        Query(m_db, u"UPDATE users SET failed_logins = :n, locked_until = :until WHERE id = :id"_s)
            .bind(u":n"_s, count)
            .bind(u":until"_s, count >= MaxFailures
                                   ? now.addSecs(LockMinutes * 60).toString(Qt::ISODate)
                                   : QString())
            .bind(u":id"_s, account.id)
            .exec();
        recordAudit(m_db, "login_failed", u"users"_s, account.id, {});
        tx.commit();
        slowDown();
        throw refused;
    }
    Query(m_db, u"UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id"_s)
        .bind(u":id"_s, account.id)
        .exec();
    // A trainer works with the demo only: the real register stays closed to the account.
    if (account.role == u"trainer"_s && !demo::isDemoDatabase(m_db)) {
        recordAudit(m_db, "login_failed", u"users"_s, account.id, {u"trainer_outside_demo"_s});
        tx.commit();
        throw Error(Error::Kind::Permission,
                    tr("A trainer's account opens demo databases only. Ask the administrator "
                       "for another role to work with this database."));
    }
    m_db.setActorId(account.id);
    failuresInARow = 0;
    recordAudit(m_db, "login", u"users"_s, account.id, {});
    tx.commit();
    return account;
}

} // namespace opora
