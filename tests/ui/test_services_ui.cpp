#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "events/eventcard.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "services/servicerecorddialog.h"
#include "services/servicerepository.h"
#include "services/servicespage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::ui;

namespace {

std::unique_ptr<Database> demoDatabase(QTemporaryDir &dir)
{
    return demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
}

qint64 scalar(Database &db, const QString &sql)
{
    return Query(db, sql).scalar(0).toLongLong();
}

} // namespace

TEST_CASE("the journal shows the last month with totals of every filtered row", "[ui]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    ServicesPage page(*db);
    const qint64 inMonth = scalar(*db, u"SELECT count(*) FROM service_record WHERE "
                                       "service_date >= date('now', '-1 month') AND "
                                       "archived_at IS NULL"_s);
    REQUIRE(inMonth > 0);
    CHECK(page.model()->total() == inMonth);
    CHECK(page.totalsText().contains(QString::number(inMonth)));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("services are recorded one after another with Ctrl+S, keeping the service", "[ui]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    // Two people with an open case.
    Query q(*db, u"SELECT coalesce(c.person_id, (SELECT person_id FROM household_member WHERE "
                 "household_id = c.household_id LIMIT 1)) FROM case_file c WHERE c.status IN "
                 "('active', 'review') AND c.archived_at IS NULL ORDER BY c.id LIMIT 2"_s);
    q.exec();
    QList<qint64> people;
    while (q.next())
        people << q.integer(0);
    REQUIRE(people.size() == 2);
    const qint64 before = scalar(*db, u"SELECT count(*) FROM service_record"_s);

    ServiceRecordDialog dialog(*db);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto *item = dialog.findChild<QComboBox *>(u"serviceItem"_s);
    item->setCurrentIndex(3);
    const qint64 itemId = item->currentData().toLongLong();
    dialog.choosePerson(people.at(0));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(dialog.savedCount() == 1);
    CHECK(item->currentData().toLongLong() == itemId); // kept for the next person
    dialog.choosePerson(people.at(1));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.savedCount() == 2);
    CHECK(scalar(*db, u"SELECT count(*) FROM service_record"_s) == before + 2);

    // Without a person nothing is saved and the reason is shown.
    CHECK_FALSE(dialog.saveAndNext());
    CHECK(dialog.findChild<QLabel *>(u"fieldErrors"_s)->isVisibleTo(&dialog));
    CHECK(scalar(*db, u"SELECT count(*) FROM service_record"_s) == before + 2);
}

TEST_CASE("the event card counts the roster and headcounts and saves both", "[ui]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    EventCard card(*db, 0);
    card.findChild<QLineEdit *>(u"eventTitle"_s)->setText(u"Занятие для мам"_s);
    card.addParticipant(1);
    card.addParticipant(2);
    card.addParticipant(1); // the same person twice is one row
    card.findChild<QSpinBox *>(u"heads_women"_s)->setValue(7);
    CHECK(card.totalsText().contains(u"9"_s)); // 2 present + 7
    REQUIRE(card.save());
    const AttendanceTotals t = EventRepository(*db).totals(card.eventId());
    CHECK(t.namedPresent == 2);
    CHECK(t.headcount == 7);
    EventsPage page(*db);
    CHECK(page.model()->total() == scalar(*db, u"SELECT count(*) FROM event"_s));
}
