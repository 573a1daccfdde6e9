#include "access/accounts.h"
#include "catch_qt.h"
#include "db/query.h"
#include "error.h"
#include "tempdatabase.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

QString signInMessage(Accounts &accounts, const QString &login, const QString &password)
{
    try {
        accounts.signIn(login, password);
    } catch (const Error &e) {
        return e.userMessage();
    }
    return {};
}

} // namespace

TEST_CASE("the first start sets the administrator's password, stored as an Argon2id hash")
{
    TempDatabase t;
    Accounts accounts(t.db());
    CHECK(accounts.needsAdministratorPassword());
    CHECK_THROWS_AS(accounts.setInitialAdministratorPassword(u"short"_s), ValidationError);
    accounts.setInitialAdministratorPassword(u"correct horse"_s);
    CHECK_FALSE(accounts.needsAdministratorPassword());
    const QString hash = Query(t.db(), u"SELECT password_hash FROM users WHERE login = 'admin'"_s)
                             .scalar()
                             .toString();
    CHECK(hash.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash.contains(u"correct horse"_s));
    CHECK_THROWS_AS(accounts.setInitialAdministratorPassword(u"another one"_s), Error);

    const Account admin = accounts.signIn(u"admin"_s, u"correct horse"_s);
    CHECK(admin.role == u"admin"_s);
    CHECK(t->actorId() == admin.id);
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'login'"_s)
              .scalar()
              .toInt() == 1);
}

TEST_CASE("a failed sign-in says the same for an unknown user and a wrong password, then locks")
{
    TempDatabase t;
    Accounts accounts(t.db());
    accounts.setInitialAdministratorPassword(u"correct horse"_s);
    const QString unknown = signInMessage(accounts, u"nobody"_s, u"whatever1"_s);
    const QString wrong = signInMessage(accounts, u"admin"_s, u"wrong password"_s);
    CHECK_FALSE(unknown.isEmpty());
    CHECK(unknown == wrong);
    for (int i = 1; i < Accounts::MaxFailures; ++i)
        signInMessage(accounts, u"admin"_s, u"wrong password"_s);
    // Locked now: even the right password is refused, with the same message.
    CHECK(signInMessage(accounts, u"admin"_s, u"correct horse"_s) == wrong);
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'login_failed'"_s)
              .scalar()
              .toInt() == Accounts::MaxFailures + 2);
}

TEST_CASE("failed sign-ins in a row wait longer each time, whatever the account")
{
    struct Base
    {
        Base() { Accounts::setFailureDelayBaseMs(40); }
        ~Base() { Accounts::setFailureDelayBaseMs(1); }
    } base;
    CHECK(Accounts::failureDelayMs(1) == 40);
    CHECK(Accounts::failureDelayMs(2) == 80);
    CHECK(Accounts::failureDelayMs(3) == 160);
    CHECK(Accounts::failureDelayMs(5) == 640);
    CHECK(Accounts::failureDelayMs(9) == 640);

    TempDatabase t;
    Accounts accounts(t.db());
    accounts.setInitialAdministratorPassword(u"correct horse"_s);
    accounts.signIn(u"admin"_s, u"correct horse"_s); // starts the count afresh
    const auto failedAfterMs = [&](const QString &login) {
        QElapsedTimer timer;
        timer.start();
        CHECK_FALSE(signInMessage(accounts, login, u"wrong password"_s).isEmpty());
        return timer.elapsed();
    };
    CHECK(failedAfterMs(u"admin"_s) >= 40);
    CHECK(failedAfterMs(u"nobody"_s) >= 80); // an unknown name waits as long
    CHECK(failedAfterMs(u"admin"_s) >= 160);
    accounts.signIn(u"admin"_s, u"correct horse"_s);
    CHECK(failedAfterMs(u"admin"_s) >= 40);
}
