#include "access/signindialog.h"
#include "admin/referencelistsdialog.h"
#include "catch_qt.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "register/casecard.h"
#include "register/caserepository.h"
#include "register/casespage.h"
#include "register/householdcard.h"
#include "register/householdrepository.h"
#include "register/peoplepage.h"
#include "register/personcard.h"
#include "register/personpicker.h"
#include "register/personrepository.h"
#include "register/referencerepository.h"
#include "register/registermodels.h"
#include "shell/mainwindow.h"
#include "shell/searchfield.h"
#include "tempdatabase.h"
#include "widgets/conflictdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::ui;
using opora::test::TempDatabase;

namespace {

template <typename T = QLineEdit>
T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

// Types text as key events, Cyrillic included (QTest::keyClicks knows Latin only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    typeText(widget, text);
}

qint64 personCount(Database &db)
{
    return Query(db, u"SELECT count(*) FROM person"_s).scalar().toLongLong();
}

} // namespace

TEST_CASE("a new person is typed in the card and saved with Ctrl+S only", "[ui]")
{
    TempDatabase t;
    PersonCard card(t.db(), 0);
    card.show();
    QApplication::setActiveWindow(&card);
    typeInto(child(card, u"surname"_s), u"Орлова"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), u"Анна"_s);
    typeInto(child(card, u"phone"_s), u"+7 903 123-45-67"_s);
    QSignalSpy saved(&card, &PersonCard::saved);
    QTest::keyClick(&card, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    const PersonRecord stored = PersonRepository(t.db()).get(card.personId());
    CHECK(stored.fullName() == u"Орлова Анна"_s);
    CHECK(stored.phone == u"+7 903 123-45-67"_s);
}

TEST_CASE("a failed save shows the reason at the field and keeps what was typed", "[ui]")
{
    TempDatabase t;
    PersonCard card(t.db(), 0);
    card.show();
    typeInto(child(card, u"surname"_s), u"Орлова"_s);
    typeInto(child(card, u"phone"_s), u"12"_s);
    CHECK_FALSE(card.save());
    CHECK(personCount(t.db()) == 0);
    CHECK(child(card, u"surname"_s)->text() == u"Орлова"_s);
    CHECK(child(card, u"phone"_s)->text() == u"12"_s);
    const QString errors = child<QLabel>(card, u"fieldErrors"_s)->text();
    CHECK(errors.contains(u"first name"_s));
    CHECK(errors.contains(u"phone"_s));
    CHECK_FALSE(child(card, u"firstName"_s)->styleSheet().isEmpty());
}

TEST_CASE("a conflict shows both values and saves the user's choice", "[ui]")
{
    TempDatabase t;
    PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    const qint64 id = PersonRepository(t.db()).create(p);

    PersonCard card(t.db(), id);
    card.show();
    // Someone else, through another connection, changes the phone and the surname.
    {
        auto other = Database::open(t.path());
        PersonRecord theirs = PersonRepository(*other).get(id);
        theirs.phone = u"+7 916 000-00-01"_s;
        theirs.surname = u"Орлова-Петрова"_s;
        PersonRepository(*other).update(theirs);
    }
    child(card, u"surname"_s)->setText(u"Орлова-Иванова"_s);

    QStringList shownFields;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        for (auto *label : dialog->findChildren<QLabel *>())
            shownFields << label->text();
        dialog->accept(); // keep mine for every field shown
    });
    CHECK(card.save());
    CHECK(shownFields.contains(u"Surname"_s));
    CHECK(shownFields.contains(u"Phone"_s));
    const PersonRecord stored = PersonRepository(t.db()).get(id);
    CHECK(stored.surname == u"Орлова-Иванова"_s);
    CHECK(stored.phone.isEmpty()); // kept "mine" for the phone too: it was empty
    CHECK(stored.version == 3);
}

TEST_CASE("archive and restore from the person card", "[ui]")
{
    TempDatabase t;
    PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    const qint64 id = PersonRepository(t.db()).create(p);
    PersonCard card(t.db(), id);
    card.show();
    child<QPushButton>(card, u"archive"_s)->click();
    CHECK(PersonRepository(t.db()).get(id).archived);
    CHECK_FALSE(child(card, u"surname"_s)->isEnabled());
    child<QPushButton>(card, u"archive"_s)->click();
    CHECK_FALSE(PersonRepository(t.db()).get(id).archived);
}

TEST_CASE("the paged models fetch in pages and pass the model tester", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    PeopleModel people(*db);
    CHECK(people.rowCount() == PagedTableModel::PageSize);
    CHECK(people.total() > 200);
    REQUIRE(people.canFetchMore({}));
    people.fetchMore({});
    CHECK(people.rowCount() == 2 * PagedTableModel::PageSize);
    people.sort(1, Qt::DescendingOrder);
    CHECK(people.rowCount() == PagedTableModel::PageSize);
    // The tester fetches every page and checks the model's contract on the way.
    QAbstractItemModelTester peopleTester(&people,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(people.rowCount() == people.total());

    CasesModel cases(*db);
    CaseFilter closed;
    closed.status = u"closed"_s;
    cases.setFilter(closed);
    QAbstractItemModelTester casesTester(&cases,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int row = 0; row < cases.rowCount(); ++row)
        CHECK(cases.index(row, 2).data().toString() == caseStatusName(u"closed"_s));
}

TEST_CASE("the main window: areas by keyboard, Ctrl+F, search opens cards", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    MainWindow window(*db);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    CHECK(window.windowTitle().contains(u"DEMO"_s));
    CHECK(window.findChild<QLabel *>(u"demoMark"_s)->isVisible());

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentArea() == MainWindow::People);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentArea() == MainWindow::Cases);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == window.searchField());

    SearchField *search = window.searchField();
    search->setText(u"2025-0001"_s);
    search->searchNow();
    REQUIRE(search->resultCount() == 1);
    const QString surname =
        Query(*db, u"SELECT surname FROM person WHERE id = 1"_s).scalar().toString();
    search->setText(surname);
    search->searchNow();
    CHECK(search->resultCount() >= 1);
    QSignalSpy chosen(search, &SearchField::caseChosen);
    search->setText(u"2025-0001"_s);
    search->searchNow();
    search->completer()->popup()->setCurrentIndex(
        search->completer()->completionModel()->index(0, 0));
    QTest::keyClick(search->completer()->popup(), Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    QApplication::processEvents();
    auto *card = window.findChild<CaseCard *>();
    REQUIRE(card);
    CHECK(card->windowTitle() == u"Case 2025-0001"_s);
}

TEST_CASE("Enter on a list row opens its card", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    CasesPage page(*db);
    page.show();
    QSignalSpy open(&page, &ListPage::openRequested);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(3, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toLongLong() == page.model()->idAt(3));
}

TEST_CASE("a new case for a person is saved, moved on and given a note", "[ui]")
{
    TempDatabase t;
    PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    const qint64 person = PersonRepository(t.db()).create(p);
    CaseCard card(t.db(), 0, person);
    card.show();
    child<QPlainTextEdit>(card, u"summary"_s)->setPlainText(u"Нужна помощь"_s);
    REQUIRE(card.save());
    const CaseRecord c = CaseRepository(t.db()).get(card.caseId());
    CHECK(c.personId == person);
    CHECK(c.summary == u"Нужна помощь"_s);
    CHECK(c.number.endsWith(u"-0001"_s));

    typeInto(child(card, u"noteText"_s), u"Первичная беседа"_s);
    QTest::keyClick(child(card, u"noteText"_s), Qt::Key_Return);
    CHECK(CaseRepository(t.db()).notes(c.id).size() == 1);
    CHECK(child(card, u"noteText"_s)->text().isEmpty());
}

TEST_CASE("the case list filters and exports CSV with every row", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    CasesPage page(*db);
    const QString path = dir.filePath(u"cases.csv"_s);
    page.exportCsv(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == page.model()->total() + 1);
}

TEST_CASE("a family is made from the person card with the person in it", "[ui]")
{
    TempDatabase t;
    PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    p.sex = u"f"_s;
    const qint64 mother = PersonRepository(t.db()).create(p);
    p.firstName = u"Мария"_s;
    const qint64 baby = PersonRepository(t.db()).create(p);

    HouseholdCard card(t.db(), 0, mother);
    CHECK(child<QLineEdit>(card, u"householdName"_s)->text() == u"Орлова family"_s);
    auto *picker = card.findChild<PersonPicker *>();
    REQUIRE(picker);
    Q_EMIT picker->personChosen(baby);
    REQUIRE(card.save());
    const HouseholdRecord h = HouseholdRepository(t.db()).get(card.householdId());
    REQUIRE(h.members.size() == 2);
    QStringList relations;
    for (const auto &m : h.members)
        relations << m.relation;
    relations.sort();
    CHECK(relations == QStringList{u"child"_s, u"mother"_s});
}

TEST_CASE("the reference lists dialog adds, renames and deactivates", "[ui]")
{
    TempDatabase t;
    ReferenceListsDialog dialog(t.db());
    dialog.showList(u"closure_reason"_s);
    const int before = dialog.table()->rowCount();
    REQUIRE(before == 7);
    dialog.table()->item(0, 0)->setText(u"Ситуация преодолена"_s); // as an F2 edit does
    CHECK(ReferenceRepository(t.db()).items(u"closure_reason"_s).first().name ==
          u"Ситуация преодолена"_s);
    dialog.table()->setCurrentCell(1, 0);
    auto *toggle = dialog.findChildren<QPushButton *>().value(1);
    REQUIRE(toggle);
    toggle->click();
    CHECK_FALSE(ReferenceRepository(t.db()).items(u"closure_reason"_s).at(1).active);
}

TEST_CASE("typing in the cases filter narrows the list", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    CasesPage page(*db);
    page.show();
    const qint64 all = page.model()->total();
    auto *filter = page.findChild<QLineEdit *>();
    REQUIRE(filter);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("2025-000"));
    CHECK(QTest::qWaitFor([&] { return page.model()->total() < all; }, 2000));
    CHECK(page.model()->total() == 9); // 2025-0001 … 2025-0009
    for (int row = 0; row < page.model()->rowCount(); ++row)
        CHECK(page.model()->index(row, 0).data().toString().startsWith(u"2025-000"_s));
}

TEST_CASE("the first start sets the administrator's password, later starts sign in", "[ui]")
{
    TempDatabase t;
    {
        SignInDialog first(t.db());
        CHECK(first.settingFirstPassword());
        child(first, u"password"_s)->setText(u"correct horse"_s);
        child(first, u"repeat"_s)->setText(u"correct horsE"_s);
        first.accept();
        CHECK(first.result() != QDialog::Accepted);
        CHECK(child<QLabel>(first, u"signInError"_s)->isVisibleTo(&first));
        child(first, u"password"_s)->setText(u"correct horse"_s);
        child(first, u"repeat"_s)->setText(u"correct horse"_s);
        first.accept();
        CHECK(first.result() == QDialog::Accepted);
        CHECK(first.account().role == u"admin"_s);
    }
    SignInDialog later(t.db());
    CHECK_FALSE(later.settingFirstPassword());
    child(later, u"password"_s)->setText(u"wrong password"_s);
    later.accept();
    CHECK(later.result() != QDialog::Accepted);
    CHECK(child(later, u"password"_s)->text().isEmpty());
    child(later, u"password"_s)->setText(u"correct horse"_s);
    later.accept();
    CHECK(later.result() == QDialog::Accepted);
}

TEST_CASE("opening a case card is recorded in the audit trail", "[ui]")
{
    opora::test::TempDatabase t;
    opora::CaseRecord c;
    opora::PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    c.personId = opora::PersonRepository(t.db()).create(p);
    c.openedOn = QDate(2026, 1, 10);
    const qint64 id = opora::CaseRepository(t.db()).create(c);
    const auto opened = [&] {
        return opora::Query(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'open' AND "
                                    "entity = 'case_file' AND entity_id = :id"_s)
            .bind(u":id"_s, id)
            .scalar()
            .toInt();
    };
    CHECK(opened() == 0);
    {
        opora::ui::CaseCard card(t.db(), id);
    }
    CHECK(opened() == 1);
    {
        opora::ui::CaseCard fresh(t.db(), 0);
    } // a new case is not an opening
    CHECK(opened() == 1);
}
