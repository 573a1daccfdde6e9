// Screenshots for docs/ and for looking at the windows: hidden from the normal run.
//   OPORA_SCREENSHOTS=docs/images build/dev/tests/ui/opora_ui_tests "[screenshots]"
#include "admin/cataloguedialog.h"
#include "admin/retentiondialog.h"
#include "admin/staffaccountsdialog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "events/eventcard.h"
#include "i18n/language.h"
#include "presentation/presentationwindow.h"
#include "projects/indicatordialog.h"
#include "projects/planperiodseditor.h"
#include "projects/projectrepository.h"
#include "projects/projectwindow.h"
#include "register/casecard.h"
#include "register/personcard.h"
#include "services/daysheet.h"
#include "services/daysheetmodel.h"
#include "shell/firststartdialog.h"
#include "shell/mainwindow.h"
#include "volunteers/volunteercard.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using opora::Query;

namespace {

void save(QWidget &widget, const QString &folder, const QString &name)
{
    QApplication::processEvents();
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + u".png"_s)));
}

} // namespace

TEST_CASE("screenshots of the windows in each language", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("OPORA_SCREENSHOTS", u"screenshots"_s);
    QDir().mkpath(folder);
    for (const QString &language : {u"ru"_s, u"uk"_s, u"en"_s}) {
        opora::ui::installTranslations(language);
        QTemporaryDir dir;
        opora::demo::DemoOptions options;
        options.profile = language == u"uk"_s ? opora::Profile::Ua : opora::Profile::Ru;
        auto db = opora::demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), options);
        opora::ui::MainWindow window(*db);
        window.resize(1366, 768);
        window.show();
        save(window, folder, u"overview-"_s + language);
        window.showArea(opora::ui::MainWindow::Cases);
        save(window, folder, u"cases-"_s + language);
        window.showArea(opora::ui::MainWindow::Projects);
        save(window, folder, u"projects-"_s + language);
        opora::ui::ProjectWindow project(*db, 1, &window);
        project.resize(1366, 768);
        project.show();
        save(project, folder, u"project-indicators-"_s + language);
        project.showTab(1);
        save(project, folder, u"project-dashboard-"_s + language);
        project.showTab(2);
        save(project, folder, u"project-passport-"_s + language);
        project.showTab(3);
        save(project, folder, u"project-activity-"_s + language);
        project.showTab(4);
        save(project, folder, u"project-team-"_s + language);
        auto *show = new opora::ui::PresentationWindow(*db, 1, opora::today());
        show->resize(1366, 768);
        show->show();
        for (int slide : {0, 2, 4, show->slideCount() - 1}) {
            show->showSlide(slide);
            save(*show, folder, u"slide-%1-"_s.arg(slide + 1) + language);
        }
        show->close();
        const auto indicators = opora::ProjectRepository(*db).indicators(1);
        opora::ui::IndicatorDialog indicator(*db, 1, indicators.at(2).id, &window);
        indicator.show();
        save(indicator, folder, u"indicator-"_s + language);
        if (indicator.formIndicator().plan) {
            indicator.planPeriods()->setSplit(opora::ui::PlanPeriodsEditor::Split::Quarters);
            indicator.adjustSize();
            save(indicator, folder, u"indicator-split-"_s + language);
        }
        window.showArea(opora::ui::MainWindow::People);
        save(window, folder, u"people-"_s + language);
        window.showArea(opora::ui::MainWindow::Services);
        save(window, folder, u"services-"_s + language);
        {
            opora::ui::DaySheet sheet(*db, &window);
            sheet.resize(1366, 700);
            Query q(*db, u"SELECT c.person_id, p.surname || ' ' || p.first_name FROM case_file c "
                         "JOIN person p ON p.id = c.person_id WHERE c.status = 'active' "
                         "ORDER BY c.id LIMIT 3"_s);
            q.exec();
            for (int row = 0; q.next(); ++row)
                sheet.model()->setPerson(row, q.integer(0), q.text(1));
            sheet.model()->setData(sheet.model()->index(1, 4), 0.0);
            sheet.show();
            sheet.save();
            save(sheet, folder, u"day-sheet-"_s + language);
        }
        window.showArea(opora::ui::MainWindow::Events);
        save(window, folder, u"events-"_s + language);
        opora::ui::EventCard event(*db, 1, &window);
        event.show();
        save(event, folder, u"event-card-"_s + language);
        window.showArea(opora::ui::MainWindow::Volunteers);
        save(window, folder, u"volunteers-"_s + language);
        {
            // The volunteer with the most hours, with mentoring if any has it.
            const qint64 busiest = Query(*db, u"SELECT volunteer_id FROM volunteer_hours GROUP BY "
                                              "volunteer_id ORDER BY total(hours) DESC LIMIT 1"_s)
                                       .scalar()
                                       .toLongLong();
            opora::ui::VolunteerCard volunteer(*db, busiest, &window);
            volunteer.show();
            save(volunteer, folder, u"volunteer-card-"_s + language);
        }
        // The person with the longest history.
        const qint64 busiestPerson =
            Query(*db, u"SELECT person_id FROM service_record GROUP BY person_id ORDER BY "
                       "count(*) DESC LIMIT 1"_s)
                .scalar()
                .toLongLong();
        opora::ui::PersonCard person(*db, busiestPerson, &window);
        person.show();
        save(person, folder, u"person-card-"_s + language);
        if (auto *tabs = person.findChild<QTabWidget *>()) {
            tabs->setCurrentIndex(1);
            save(person, folder, u"person-history-"_s + language);
        }
        opora::ui::CaseCard card(*db, 2, 0, &window);
        card.show();
        save(card, folder, u"case-card-"_s + language);
        if (auto *tabs = card.findChild<QTabWidget *>()) {
            tabs->setCurrentIndex(2);
            save(card, folder, u"case-plan-"_s + language);
        }
        opora::ui::FirstStartDialog welcome;
        welcome.show();
        save(welcome, folder, u"first-start-"_s + language);
        {
            opora::ui::StaffAccountsDialog staff(*db);
            staff.resize(1000, 560);
            staff.show();
            save(staff, folder, u"staff-"_s + language);
            staff.showAccounts();
            save(staff, folder, u"accounts-"_s + language);
            opora::ui::CatalogueDialog catalogue(*db);
            catalogue.resize(1200, 620);
            catalogue.show();
            save(catalogue, folder, u"catalogue-"_s + language);
            opora::ui::RetentionDialog retention(*db);
            retention.show();
            save(retention, folder, u"retention-"_s + language);
        }
        auto readOnly = opora::Database::open(db->path(), opora::Database::Mode::ReadOnly);
        opora::ui::MainWindow readOnlyWindow(*readOnly);
        readOnlyWindow.resize(1366, 768);
        readOnlyWindow.show();
        save(readOnlyWindow, folder, u"read-only-"_s + language);
    }
    opora::ui::installTranslations(u"en"_s);
}
