#include "demo/demogenerator.h"

#include "access/accounts.h"
#include "db/transaction.h"
#include "demo/demofamilies.h"
#include "demo/demoprojects.h"
#include "demo/demoservices.h"
#include "demo/demostaff.h"

using namespace Qt::StringLiterals;

namespace opora::demo {

QList<DemoStep> demoSteps()
{
    return {
        {"staff", addDemoStaff},   {"families", addDemoFamilies}, {"services", addDemoServices},
        {"events", addDemoEvents}, {"projects", addDemoProjects},
    };
}

void generateDemo(Database &db, const DemoOptions &options)
{
    WriteTransaction tx(db);
    for (const DemoStep &step : demoSteps())
        step.run(db, options);
    db.setSetting(u"demo"_s, u"1"_s);
    db.setSetting(
        u"centre_name"_s,
        options.profile == Profile::Ua
            ? u"Центр соціальних служб «Надія» (демонстраційні дані)"_s
            : u"Центр социальной помощи семье и детям «Надежда» (демонстрационные данные)"_s);
    Accounts(db).setDemoAdministrator();
    tx.commit();
}

std::unique_ptr<Database> createDemoDatabase(const QString &path, const DemoOptions &options)
{
    auto db = Database::create(path, options.profile);
    generateDemo(*db, options);
    return db;
}

bool isDemoDatabase(const Database &db)
{
    return db.setting(u"demo"_s) == u"1"_s;
}

} // namespace opora::demo
