#include "access/accounts.h"
#include "catch_qt.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "error.h"
#include "services/servicecatalogue.h"
#include "services/servicerepository.h"
#include "tempdatabase.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

bool offered(Database &db, qint64 id)
{
    for (const ServiceItem &i : ServiceRepository(db).catalogue(true))
        if (i.id == id)
            return true;
    return false;
}

} // namespace

TEST_CASE("the service catalogue: checked items, unused ones deleted, used ones deactivated")
{
    TempDatabase t;
    ServiceCatalogue catalogue(t.db());
    const QStringList types = catalogue.types();
    REQUIRE(types.contains(u"psychological"_s)); // the RU profile's types of art. 20
    const qint64 seeded = Query(t.db(), u"SELECT count(*) FROM service_item"_s).scalar(0).toInt();
    CHECK(catalogue.items().size() == seeded);

    ServiceItem item;
    item.code = catalogue.items().first().item.code; // taken
    item.name = u" "_s;
    item.type = u"nonsense"_s;
    item.unit = u"litre"_s;
    try {
        catalogue.create(item);
        FAIL("an item with every field wrong was stored");
    } catch (const ValidationError &e) {
        for (const char *field : {"code", "name", "type", "unit", "forms"})
            CHECK(e.hasField(QString::fromLatin1(field)));
    }
    item.code = u"X-01"_s;
    item.name = u"Арт-терапия в группе"_s;
    item.type = u"psychological"_s;
    item.unit = u"session"_s;
    item.forms = {u"remote"_s, u"day"_s};
    const qint64 id = catalogue.create(item);
    CatalogueItem stored = catalogue.get(id);
    CHECK(stored.item.forms == QStringList{u"day"_s, u"remote"_s});
    CHECK_FALSE(stored.inUse);
    CHECK(offered(t.db(), id));

    item.id = id;
    item.code = u"X-02"_s;
    catalogue.update(item, stored.version);
    CHECK(catalogue.get(id).item.code == u"X-02"_s);
    CHECK_THROWS_AS(catalogue.update(item, stored.version), ConflictError);

    catalogue.setActive(id, catalogue.get(id).version, false);
    CHECK_FALSE(offered(t.db(), id));
    catalogue.remove(id);
    CHECK_THROWS_AS(catalogue.get(id), Error);
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'service_item'"_s)
              .scalar(0)
              .toInt() == 4);
}

TEST_CASE("a catalogue item in use keeps its code and cannot be deleted")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    const qint64 used =
        Query(*db, u"SELECT item_id FROM service_record LIMIT 1"_s).scalar(0).toLongLong();
    REQUIRE(used > 0);
    ServiceCatalogue catalogue(*db);
    CatalogueItem c = catalogue.get(used);
    CHECK(c.inUse);
    CHECK_THROWS_AS(catalogue.remove(used), Error);
    ServiceItem renamed = c.item;
    renamed.code += u"-new"_s;
    CHECK_THROWS_AS(catalogue.update(renamed, c.version), ValidationError);
    renamed.code = c.item.code;
    renamed.name += u" (изменено)"_s;
    catalogue.update(renamed, c.version);
    const qint64 services = Query(*db, u"SELECT count(*) FROM service_record WHERE item_id = :i"_s)
                                .bind(u":i"_s, used)
                                .scalar(0)
                                .toLongLong();
    catalogue.setActive(used, catalogue.get(used).version, false);
    CHECK_FALSE(offered(*db, used));
    CHECK(Query(*db, u"SELECT count(*) FROM service_record WHERE item_id = :i"_s)
              .bind(u":i"_s, used)
              .scalar(0)
              .toLongLong() == services);

    // Only an administrator edits the catalogue.
    Accounts(*db).signIn(u"admin"_s, u"demo"_s);
    Query(*db, u"UPDATE users SET role = 'specialist' WHERE login = 'admin'"_s).exec();
    CHECK_THROWS_AS(catalogue.setActive(used, catalogue.get(used).version, true), Error);
    CHECK_FALSE(offered(*db, used));
}
