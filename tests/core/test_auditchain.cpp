#include "audit/auditchain.h"
#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "catch_qt.h"
#include "db/query.h"
#include "db/transaction.h"
#include "register/personrepository.h"
#include "tempdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

void addPeople(Database &db, int count)
{
    PersonRepository people(db);
    for (int i = 0; i < count; ++i) {
        PersonRecord p;
        p.surname = u"Орлова"_s;
        p.firstName = u"Анна %1"_s.arg(i);
        people.create(p);
    }
}

// What someone with the sqlite3 shell would do: a plain connection, triggers dropped.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
        REQUIRE(q.exec(u"DROP TRIGGER audit_log_no_delete"_s));
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

} // namespace

TEST_CASE("the audit trail refuses updates and deletes")
{
    TempDatabase t;
    addPeople(t.db(), 2);
    CHECK_THROWS(Query(t.db(), u"UPDATE audit_log SET fields = 'x'"_s).exec());
    CHECK_THROWS(Query(t.db(), u"DELETE FROM audit_log"_s).exec());
    const AuditVerification ok = AuditChain::verify(t.db());
    CHECK(ok.intact);
    CHECK(ok.entries == 2);
}

TEST_CASE("a batch of entries continues the chain as single entries do")
{
    TempDatabase t;
    addPeople(t.db(), 2);
    {
        WriteTransaction tx(t.db());
        AuditBatch batch(t.db(), AuditAction::Create, u"person"_s);
        batch.add(1, {u"surname"_s});
        batch.addMany({1, 2, 3}, {u"surname"_s, u"first_name"_s});
        batch.addMany({}, {});
        batch.add(2, {});
        tx.commit();
    }
    addPeople(t.db(), 1);
    const AuditVerification ok = AuditChain::verify(t.db());
    CHECK(ok.intact);
    CHECK(ok.entries == 8);
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE fields = 'surname,first_name'"_s)
              .scalar()
              .toInt() == 3);
}

TEST_CASE("audit verify names the first entry changed, removed or reordered outside Opora")
{
    for (const auto &[what, statements, firstBad] : QList<std::tuple<QString, QStringList, qint64>>{
             {u"changed"_s, {u"UPDATE audit_log SET fields = 'surname' WHERE id = 4"_s}, 4},
             {u"removed"_s, {u"DELETE FROM audit_log WHERE id = 3"_s}, 4},
             {u"reordered"_s,
              {u"UPDATE audit_log SET id = 100 WHERE id = 2"_s,
               u"UPDATE audit_log SET id = 2 WHERE id = 5"_s,
               u"UPDATE audit_log SET id = 5 WHERE id = 100"_s},
              2},
             {u"last removed and chain rewritten without the key"_s,
              {u"UPDATE audit_log SET hash = 'abc' WHERE id = 6"_s},
              6}}) {
        INFO(what.toStdString());
        TempDatabase t;
        addPeople(t.db(), 6);
        REQUIRE(AuditChain::verify(t.db()).intact);
        t.close();
        tamper(t.path(), statements);
        t.reopen();
        const AuditVerification result = AuditChain::verify(t.db());
        CHECK_FALSE(result.intact);
        CHECK(result.firstBadId == firstBad);
        CHECK(result.message.contains(QString::number(firstBad)));
    }
}

TEST_CASE("the audit trail is read newest first, filtered by user, record and period")
{
    TempDatabase t;
    PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    const qint64 first = PersonRepository(t.db()).create(p);
    p.surname = u"Котова"_s;
    PersonRepository(t.db()).create(p);
    AuditQuery query(t.db());
    const auto all = query.entries({}, {});
    REQUIRE(all.total >= 2);
    CHECK(all.rows.first().id > all.rows.last().id); // newest first
    AuditFilter one;
    one.entity = u"person"_s;
    one.entityId = first;
    const auto mine = query.entries(one, {});
    REQUIRE(mine.total == 1);
    CHECK(mine.rows.first().action == u"create"_s);
    CHECK_FALSE(mine.rows.first().fields.contains(u"Орлова"_s)); // names of fields, not values
    AuditFilter past;
    past.to = QDate(2000, 1, 1);
    CHECK(query.entries(past, {}).total == 0);
    AuditFilter today;
    today.from = QDate::currentDate().addDays(-1);
    today.to = QDate::currentDate().addDays(1);
    CHECK(query.entries(today, {}).total == all.total);
    CHECK(query.entities().contains(u"person"_s));
}
