// A second Opora process for the concurrency test: N people, each saved in its own
// transaction, as a specialist saves cards one after another.
//   concurrentwriter DATABASE N TAG
#include "appinfo.h"
#include "db/database.h"
#include "error.h"
#include "register/personrepository.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    opora::setApplicationIdentity(); // the same settings, so the same audit key, as Opora's
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    try {
        auto db = opora::Database::open(args.at(1));
        opora::PersonRepository people(*db);
        const int n = args.at(2).toInt();
        for (int i = 0; i < n; ++i) {
            opora::PersonRecord p;
            p.surname = u"Писатель"_s + args.at(3);
            p.firstName = u"Номер"_s + QString::number(i);
            people.create(p);
        }
    } catch (const opora::Error &e) {
        QTextStream(stderr) << e.userMessage() << u' ' << e.detail() << Qt::endl;
        return 1;
    }
    return 0;
}
