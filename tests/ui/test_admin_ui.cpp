#include "access/accounts.h"
#include "access/userrepository.h"
#include "admin/cataloguedialog.h"
#include "admin/catalogueitemform.h"
#include "admin/retentiondialog.h"
#include "admin/staffaccountforms.h"
#include "admin/staffaccountsdialog.h"
#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "documents/casedocuments.h"
#include "documents/pageddocument.h"
#include "documents/roundtabledocument.h"
#include "error.h"
#include "events/eventcard.h"
#include "register/casecard.h"
#include "register/retention.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::ui;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    return Query(db, sql).scalar(0).toLongLong();
}

QList<QLineEdit *> edits(QWidget &form)
{
    return form.findChildren<QLineEdit *>();
}

} // namespace

TEST_CASE("staff and accounts: the window lists both and the forms keep what was typed", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    Accounts(*db).signIn(u"admin"_s, u"demo"_s);
    {
        StaffAccountsDialog dialog(*db);
        CHECK(dialog.findChild<QTableWidget *>(u"staffTable"_s)->rowCount() ==
              scalar(*db, u"SELECT count(*) FROM staff"_s));
        CHECK(dialog.findChild<QTableWidget *>(u"accountsTable"_s)->rowCount() ==
              scalar(*db, u"SELECT count(*) FROM users"_s));
    }

    const qint64 staffBefore = scalar(*db, u"SELECT count(*) FROM staff"_s);
    StaffForm staff(*db, {});
    // Order of the line edits: surname, first name, patronymic, position, phone, e-mail.
    edits(staff).at(0)->setText(u"Гордеева"_s);
    edits(staff).at(5)->setText(u"no address"_s);
    staff.accept();
    CHECK(staff.result() != QDialog::Accepted);
    CHECK(edits(staff).at(0)->text() == u"Гордеева"_s);
    CHECK(scalar(*db, u"SELECT count(*) FROM staff"_s) == staffBefore);
    edits(staff).at(1)->setText(u"Лидия"_s);
    edits(staff).at(5)->setText(u"gordeeva@example.org"_s);
    staff.findChild<QComboBox *>()->setCurrentIndex(1);
    staff.accept();
    CHECK(staff.result() == QDialog::Accepted);
    CHECK(scalar(*db, u"SELECT count(*) FROM staff WHERE surname = 'Гордеева' AND "
                      "department_id IS NOT NULL"_s) == 1);

    AccountForm account(*db, {});
    // User name, name shown, password, repeat.
    edits(account).at(0)->setText(u"gordeeva"_s);
    edits(account).at(1)->setText(u"Гордеева Л."_s);
    edits(account).at(2)->setText(u"long-password"_s);
    edits(account).at(3)->setText(u"long-passwort"_s);
    account.accept();
    CHECK(account.result() != QDialog::Accepted);
    CHECK(scalar(*db, u"SELECT count(*) FROM users WHERE login = 'gordeeva'"_s) == 0);
    edits(account).at(3)->setText(u"long-password"_s);
    account.accept();
    CHECK(account.result() == QDialog::Accepted);
    Accounts(*db).signIn(u"gordeeva"_s, u"long-password"_s);
    CHECK(Query(*db, u"SELECT role FROM users WHERE login = 'gordeeva'"_s).scalar().toString() ==
          u"specialist"_s);

    // A specialist opening the window gets a plain refusal, not an empty list.
    StaffAccountsDialog refused(*db);
    bool shown = false;
    for (const QLabel *label : refused.findChildren<QLabel *>())
        shown = shown || label->text().contains(u"administrator"_s);
    CHECK(shown);
}

TEST_CASE("the service catalogue window lists every item and its form keeps what was typed", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    {
        CatalogueDialog dialog(*db);
        CHECK(dialog.findChild<QTableWidget *>()->rowCount() ==
              scalar(*db, u"SELECT count(*) FROM service_item"_s));
    }
    const qint64 before = scalar(*db, u"SELECT count(*) FROM service_item"_s);
    CatalogueItem fresh;
    fresh.item.unit = u"service"_s;
    CatalogueItemForm form(*db, fresh);
    edits(form).at(0)->setText(u"Y-7"_s);
    form.accept();
    CHECK(form.result() != QDialog::Accepted);
    CHECK(edits(form).at(0)->text() == u"Y-7"_s);
    CHECK(scalar(*db, u"SELECT count(*) FROM service_item"_s) == before);
    edits(form).at(1)->setText(u"Консультация юриста по телефону"_s);
    form.accept();
    CHECK(form.result() == QDialog::Accepted);
    CHECK(scalar(*db, u"SELECT count(*) FROM service_item WHERE code = 'Y-7' AND forms = "
                      "'home,day,residential,remote'"_s) == 1);
}

TEST_CASE("the retention window keeps the period, previews and anonymises what is due", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    // Ten years on, with no new work recorded.
    struct Later
    {
        Later() { setFixedNowForTesting(QDateTime::currentDateTimeUtc().addYears(10)); }
        ~Later() { setFixedNowForTesting({}); }
    } later;
    RetentionDialog dialog(*db);
    auto *years = dialog.findChild<QSpinBox *>();
    REQUIRE(years);
    CHECK(years->value() == Retention::DefaultYears);
    years->setValue(1);
    CHECK(Retention::years(*db) == 1);
    const RetentionPlan due = Retention::plan(*db, today(), 1);
    REQUIRE_FALSE(due.isEmpty());
    dialog.anonymise(false);
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL"_s) ==
          due.people.size());
    bool reported = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        reported = reported || label->text().contains(QString::number(due.cases.size()));
    CHECK(reported);
    CHECK(Retention::plan(*db, today(), 1).isEmpty());
}

TEST_CASE("named documents need their own permission: printing for the file, exporting more",
          "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    Accounts(*db).signIn(u"admin"_s, u"demo"_s);
    for (const QString &role : {u"head"_s, u"specialist"_s, u"manager"_s}) {
        UserAccount a;
        a.login = role;
        a.displayName = role;
        a.role = role;
        UserRepository(*db).create(a, u"password-123"_s);
    }
    const qint64 event = scalar(*db, u"SELECT min(event_id) FROM event_participant"_s);
    const qint64 caseId = scalar(*db, u"SELECT min(id) FROM case_file"_s);
    const qint64 project = scalar(*db, u"SELECT min(id) FROM project"_s);
    const auto allowed = [&](const std::function<void()> &make) {
        QStringList roles;
        for (const QString &role : {u"head"_s, u"specialist"_s, u"manager"_s}) {
            Accounts(*db).signIn(role, u"password-123"_s);
            try {
                make();
                roles << role;
            } catch (const Error &e) {
                CHECK(e.kind() == Error::Kind::Permission);
            }
        }
        return roles;
    };
    CHECK(allowed([&] {
              PagedDocument d;
              attendanceSheet(*db, event, d);
          }) == QStringList{u"head"_s, u"specialist"_s});
    CHECK(allowed([&] {
              PagedDocument d;
              CaseDocuments::caseFile(*db, caseId, d);
          }) == QStringList{u"head"_s}); // the specialist's account works in no department
    RoundTableOptions named;
    named.named = true;
    CHECK(allowed([&] { RoundTableDocument(*db, project, named); }) == QStringList{u"head"_s});
    CHECK(allowed([&] { RoundTableDocument(*db, project, {}); }) ==
          QStringList{u"head"_s, u"specialist"_s, u"manager"_s});
}

TEST_CASE("a card the role may not see is refused with a message, not opened", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    Accounts(*db).signIn(u"admin"_s, u"demo"_s);
    for (const QString &role : {u"specialist"_s, u"manager"_s}) {
        UserAccount a;
        a.login = role;
        a.displayName = role;
        a.role = role;
        UserRepository(*db).create(a, u"password-123"_s);
    }
    MainWindow window(*db);
    int messages = 0;
    const auto closeMessage = [&messages] {
        QTimer::singleShot(50, [&messages] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++messages;
                box->close();
            }
        });
    };
    // The specialist's account works in no department: another department's case is refused.
    Accounts(*db).signIn(u"specialist"_s, u"password-123"_s);
    closeMessage();
    window.openCase(scalar(*db, u"SELECT min(id) FROM case_file"_s));
    CHECK(window.findChildren<CaseCard *>().isEmpty());
    // A manager sees reports only: no event card with its participants.
    Accounts(*db).signIn(u"manager"_s, u"password-123"_s);
    closeMessage();
    window.openEvent(scalar(*db, u"SELECT min(event_id) FROM event_participant"_s));
    CHECK(window.findChildren<EventCard *>().isEmpty());
    CHECK(messages == 2);
}
