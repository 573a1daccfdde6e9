#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "register/personpicker.h"
#include "volunteers/volunteercard.h"
#include "volunteers/volunteerdialogs.h"
#include "volunteers/volunteerrepository.h"
#include "volunteers/volunteerspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::ui;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    return Query(db, sql).scalar(0).toLongLong();
}

// Answers the next modal message box with `button` once it is up.
void answerNextBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(20, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextBox(button);
            return;
        }
        box->button(button)->click();
    });
}

} // namespace

TEST_CASE("the volunteers list searches by name and skills and sorts by hours", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    VolunteersPage page(*db);
    QAbstractItemModelTester tester(page.model());
    const qint64 live = scalar(*db, u"SELECT count(*) FROM volunteer WHERE archived_at IS NULL"_s);
    REQUIRE(live > 0);
    CHECK(page.model()->total() == live);

    // Sorted by hours, most first: the first row has the most hours of all.
    page.view()->sortByColumn(5, Qt::DescendingOrder);
    const double most = Query(*db, u"SELECT max(s) FROM (SELECT total(hours) AS s FROM "
                                   "volunteer_hours WHERE archived_at IS NULL GROUP BY "
                                   "volunteer_id)"_s)
                            .scalar()
                            .toDouble();
    CHECK(QLocale().toDouble(page.model()->index(0, 5).data().toString()) == most);

    // A few letters of a surname, in another case, find that volunteer.
    const QString name = page.model()->index(0, 0).data().toString();
    page.searchEdit()->setText(name.left(4).toUpper());
    QTest::qWait(400);
    CHECK(page.model()->total() >= 1);
    CHECK(page.model()->index(0, 0).data().toString().startsWith(name.left(4)));
    page.searchEdit()->setText(u"нет такого волонтёра"_s);
    QTest::qWait(400);
    CHECK(page.model()->total() == 0);
}

TEST_CASE("a volunteer is added, mentors a case, logs hours and keeps what was typed", "[ui]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    const qint64 before = scalar(*db, u"SELECT count(*) FROM volunteer"_s);

    VolunteerCard card(*db, 0);
    auto *surname = card.findChild<QLineEdit *>(u"volunteerSurname"_s);
    REQUIRE(surname);
    CHECK_FALSE(card.mentoringTable()->isEnabled()); // saved first

    // Without a name nothing is saved and the form keeps the skills typed.
    auto *skills = card.findChild<QLineEdit *>(u"volunteerSkills"_s);
    REQUIRE(skills);
    skills->setText(u"рисование, английский"_s);
    CHECK_FALSE(card.save());
    CHECK(scalar(*db, u"SELECT count(*) FROM volunteer"_s) == before);
    CHECK(skills->text() == u"рисование, английский"_s);

    surname->setText(u"Миронова"_s);
    REQUIRE(card.save());
    const qint64 id = card.volunteerId();
    REQUIRE(id > 0);
    CHECK(card.mentoringTable()->isEnabled());
    CHECK(VolunteerRepository(*db).get(id).skills == u"рисование, английский"_s);

    // Mentoring: pick a person with an open case, the case follows.
    const qint64 person =
        scalar(*db, u"SELECT person_id FROM case_file WHERE status <> 'closed' "
                    "AND person_id IS NOT NULL AND archived_at IS NULL LIMIT 1"_s);
    REQUIRE(person > 0);
    {
        MentorDialog dialog(*db, id);
        dialog.picker()->setPerson(person, u"—"_s);
        Q_EMIT dialog.picker()->personChosen(person);
        REQUIRE(dialog.cases()->count() >= 1);
        dialog.from()->setDate(today().addDays(-30));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        // The same case again, while the first mentoring is open, is refused in the dialog.
        MentorDialog again(*db, id);
        again.picker()->setPerson(person, u"—"_s);
        Q_EMIT again.picker()->personChosen(person);
        again.accept();
        CHECK(again.result() != QDialog::Accepted);
    }
    {
        HoursDialog dialog(*db, id);
        dialog.hours()->setValue(3.5);
        dialog.project()->setCurrentIndex(1); // the first project
        dialog.note()->setText(u"занятие с детьми"_s);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        HoursDialog none(*db, id);
        none.hours()->setValue(0);
        none.accept();
        CHECK(none.result() != QDialog::Accepted);
    }
    VolunteerCard reopened(*db, id);
    CHECK(reopened.mentoringTable()->rowCount() == 1);
    REQUIRE(reopened.hoursTable()->rowCount() == 1);
    CHECK(reopened.hoursTable()->item(0, 3)->text() == u"занятие с детьми"_s);
    CHECK(reopened.totalText().contains(QLocale().toString(3.5)));

    // An entry made in error is removed after a question.
    reopened.hoursTable()->selectRow(0);
    answerNextBox(QMessageBox::Yes);
    reopened.removeHours();
    CHECK(reopened.hoursTable()->rowCount() == 0);
    CHECK(VolunteerRepository(*db).totalHours(id) == 0);
}
