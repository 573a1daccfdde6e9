#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "events/eventcard.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "services/daysheet.h"
#include "services/daysheetmodel.h"
#include "services/servicerecorddialog.h"
#include "services/servicerepository.h"
#include "services/servicespage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
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
    // The people served follow once the page is shown.
    const qint64 people = scalar(*db, u"SELECT count(DISTINCT person_id) FROM service_record "
                                      "WHERE service_date >= date('now', '-1 month') AND "
                                      "archived_at IS NULL"_s);
    const QString served = ServicesPage::tr("%n person(s) served", nullptr, int(people));
    CHECK_FALSE(page.totalsText().contains(served));
    QCoreApplication::processEvents();
    CHECK(page.totalsText().contains(served));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("a filter counts its totals once, and sorting and scrolling keep them and the count",
          "[ui]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    ServicesPage page(*db);
    QComboBox *forms = nullptr;
    for (QComboBox *box : page.findChildren<QComboBox *>())
        if (box->findData(u"home"_s) > 0)
            forms = box;
    REQUIRE(forms != nullptr);
    forms->setCurrentIndex(forms->findData(u"home"_s));
    Q_EMIT forms->activated(forms->currentIndex());
    const qint64 atHome = scalar(*db, u"SELECT count(*) FROM service_record WHERE service_date >= "
                                      "date('now', '-1 month') AND archived_at IS NULL AND form "
                                      "= 'home'"_s);
    REQUIRE(atHome > 0);
    CHECK(page.model()->total() == atHome);
    // The people of the month were still to be counted when the filter changed: only those of
    // the filter now set are shown.
    QCoreApplication::processEvents();
    const qint64 peopleAtHome =
        scalar(*db, u"SELECT count(DISTINCT person_id) FROM service_record WHERE service_date >= "
                    "date('now', '-1 month') AND archived_at IS NULL AND form = 'home'"_s);
    CHECK(page.totalsText().contains(
        ServicesPage::tr("%n person(s) served", nullptr, int(peopleAtHome))));
    const QString totals = page.totalsText();
    CHECK(totals.contains(QString::number(atHome)));
    page.model()->sort(0, Qt::AscendingOrder);
    CHECK(page.model()->total() == atHome);
    CHECK(page.totalsText() == totals);
    while (page.model()->canFetchMore({}))
        page.model()->fetchMore({});
    CHECK(page.model()->rowCount() == atHome);
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

TEST_CASE("a day sheet takes rows by keyboard and saves them all or none", "[ui]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    Query q(*db, u"SELECT c.person_id FROM case_file c WHERE c.status IN ('active', 'review') "
                 "AND c.archived_at IS NULL AND c.person_id IS NOT NULL ORDER BY c.id LIMIT 3"_s);
    q.exec();
    QList<qint64> people;
    while (q.next())
        people << q.integer(0);
    REQUIRE(people.size() == 3);
    const qint64 staff = scalar(*db, u"SELECT min(id) FROM staff WHERE active = 1"_s);
    const qint64 before = scalar(*db, u"SELECT count(*) FROM service_record"_s);

    DaySheet sheet(*db);
    sheet.show();
    QApplication::setActiveWindow(&sheet);
    const QDate day = today().addDays(-1);
    sheet.setDay(day, staff);
    DaySheetModel *model = sheet.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto items = ServiceRepository(*db).catalogue();
    const ServiceItem &item = items.at(2);
    model->setData(model->index(0, DaySheetModel::Service), item.id);
    for (int row = 0; row < 3; ++row)
        model->setPerson(row, people.at(row), u"—"_s);
    // Each person added a row; the new rows start with the service of the row above and the
    // person's newest open case.
    CHECK(model->rowCount() == 4);
    CHECK(model->filledRows() == 3);
    for (int row = 0; row < 4; ++row)
        CHECK(model->index(row, DaySheetModel::Service).data(DaySheetModel::IdRole) == item.id);
    CHECK(model->index(1, DaySheetModel::Case).data(DaySheetModel::IdRole).toLongLong() ==
          ServiceRepository(*db).openCasesOf(people.at(1)).first().id);

    // One bad row: nothing is saved, every row stays, the reason is in the bad row.
    model->setData(model->index(2, DaySheetModel::Quantity), 0.0);
    CHECK_FALSE(sheet.save());
    CHECK(scalar(*db, u"SELECT count(*) FROM service_record"_s) == before);
    CHECK(model->filledRows() == 3);
    CHECK_FALSE(model->index(2, DaySheetModel::Problem).data().toString().isEmpty());
    CHECK(model->index(1, DaySheetModel::Problem).data().toString().isEmpty());

    // Keyboard: Tab passes over the reasons to the next row; Enter goes down to the next person.
    DaySheetView *view = sheet.view();
    view->setCurrentIndex(model->index(0, DaySheetModel::Note));
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->currentIndex() == model->index(1, DaySheetModel::Person));
    // Moving into a cell opens its editor, so typing goes straight in.
    view->setCurrentIndex(model->index(1, DaySheetModel::Quantity));
    REQUIRE(view->isEditing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(view->currentIndex() == model->index(2, DaySheetModel::Person));
    view->commitEditing();

    // The person of the last row is typed and picked from the suggestions by keyboard.
    const QString surname = Query(*db, u"SELECT surname FROM person WHERE id = :id"_s)
                                .bind(u":id"_s, people.at(0))
                                .scalar()
                                .toString();
    view->setCurrentIndex(model->index(3, DaySheetModel::Person));
    REQUIRE(view->isEditing());
    auto *picker = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(picker);
    for (const QChar c : surname) { // keyClicks knows only ASCII
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(picker, &press);
    }
    REQUIRE(picker->completer()->popup()->isVisible());
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
    CHECK(model->index(3, DaySheetModel::Person).data(DaySheetModel::IdRole).toLongLong() > 0);
    CHECK(model->index(3, DaySheetModel::Person).data().toString().startsWith(surname));
    CHECK(view->currentIndex() == model->index(3, DaySheetModel::Case)); // on to the case
    view->commitEditing();
    CHECK(model->filledRows() == 4);
    model->removeRow(3);

    // Corrected, the sheet is saved at once with Ctrl+S, with its day and specialist.
    model->setData(model->index(2, DaySheetModel::Quantity), 2.0);
    QTest::keyClick(&sheet, Qt::Key_S, Qt::ControlModifier);
    CHECK(scalar(*db, u"SELECT count(*) FROM service_record"_s) == before + 3);
    CHECK(scalar(*db, u"SELECT count(*) FROM service_record WHERE service_date = '"_s +
                          day.toString(Qt::ISODate) + u"' AND staff_id = "_s +
                          QString::number(staff) + u" AND item_id = "_s +
                          QString::number(item.id)) >= 3);
    CHECK(model->filledRows() == 0);
    CHECK(model->rowCount() == 1);
    // Ctrl+Delete removes a row.
    model->setPerson(0, people.at(0), u"—"_s);
    view->setCurrentIndex(model->index(0, DaySheetModel::Note));
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(model->filledRows() == 0);
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
