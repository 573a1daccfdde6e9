// Opens every window and dialog in Russian and Ukrainian and fails on visible text that was
// left in English.
#include "access/signindialog.h"
#include "admin/auditviewer.h"
#include "admin/cataloguedialog.h"
#include "admin/catalogueitemform.h"
#include "admin/centredialog.h"
#include "admin/referencelistsdialog.h"
#include "admin/retentiondialog.h"
#include "admin/staffaccountforms.h"
#include "admin/staffaccountsdialog.h"
#include "catch_qt.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "dialogs/aboutdialog.h"
#include "documents/perioddialog.h"
#include "documents/roundtabledialog.h"
#include "events/eventcard.h"
#include "i18n/language.h"
#include "presentation/presentationwindow.h"
#include "projects/drilldowndialog.h"
#include "projects/enrolmentdialog.h"
#include "projects/indicatordialog.h"
#include "projects/planperiodseditor.h"
#include "projects/projectrepository.h"
#include "projects/projectwindow.h"
#include "register/casecard.h"
#include "register/consentdialog.h"
#include "register/householdcard.h"
#include "register/personcard.h"
#include "register/statuschangedialog.h"
#include "services/daysheet.h"
#include "services/servicerecorddialog.h"
#include "shell/firststartdialog.h"
#include "shell/mainwindow.h"
#include "volunteers/volunteercard.h"
#include "volunteers/volunteerdialogs.h"
#include "volunteers/volunteerrepository.h"
#include "widgets/conflictdialog.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// Latin words that are right in any language: names, formats, keys, currency codes.
bool allowed(const QString &word)
{
    static const QStringList words{
        u"CSV"_s,   u"PDF"_s,    u"JSON"_s,    u"Ctrl"_s,   u"Enter"_s,    u"Esc"_s,
        u"Qt"_s,    u"GNU"_s,    u"General"_s, u"Public"_s, u"License"_s,  u"UTF"_s,
        u"Excel"_s, u"sqlite"_s, u"tmp"_s,     u"opora"_s,  u"tests"_s,    u"demo"_s,
        u"db"_s,    u"FZ"_s,     u"English"_s, u"RUB"_s,    u"UAH"_s,      u"EUR"_s,
        u"USD"_s,   u"PNG"_s,    u"SVG"_s,     u"PageUp"_s, u"PageDown"_s, u"Tab"_s,
        u"Delete"_s};
    return words.contains(word, Qt::CaseInsensitive);
}

QStringList englishIn(const QString &rawText, const QString &where)
{
    QString text = rawText;
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.remove(u'&');
    // Paths and version numbers are not words to translate.
    static const QRegularExpression path(u"[/\\\\][^\\s]*"_s);
    text.remove(path);
    // Nor are commands quoted for the command line.
    static const QRegularExpression command(u"opora-cli( [a-z]+)*"_s);
    text.remove(command);
    static const QRegularExpression latinWord(u"\\b[A-Za-z]{3,}\\b"_s);
    QStringList found;
    auto it = latinWord.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        if (!allowed(word))
            found << u"%1: \"%2\" (%3)"_s.arg(where, rawText, word);
    }
    return found;
}

QStringList visibleTexts(QWidget *root)
{
    QStringList problems;
    const QString name = QString::fromLatin1(root->metaObject()->className());
    problems += englishIn(root->windowTitle(), name + u" title"_s);
    for (auto *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root))
            problems += englishIn(label->text(), name + u" label"_s);
    for (auto *button : root->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(root))
            problems += englishIn(button->text(), name + u" button"_s);
    for (auto *edit : root->findChildren<QLineEdit *>())
        problems += englishIn(edit->placeholderText(), name + u" placeholder"_s);
    for (auto *combo : root->findChildren<QComboBox *>())
        for (int i = 0; i < combo->count(); ++i)
            problems += englishIn(combo->itemText(i), name + u" choice"_s);
    // Charts are painted, not widgets: their titles, axes and series names are text too.
    for (auto *view : root->findChildren<QChartView *>()) {
        problems += englishIn(view->chart()->title(), name + u" chart"_s);
        for (QAbstractSeries *series : view->chart()->series()) {
            problems += englishIn(series->name(), name + u" chart series"_s);
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    problems += englishIn(set->label(), name + u" chart series"_s);
        }
        for (QAbstractAxis *axis : view->chart()->axes())
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &c : categories->categories())
                    problems += englishIn(c, name + u" chart axis"_s);
    }
    for (auto *tabs : root->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            problems += englishIn(tabs->tabText(i), name + u" tab"_s);
    for (auto *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->model())
            continue;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            problems +=
                englishIn(view->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                          name + u" column"_s);
    }
    for (auto *menu : root->findChildren<QMenu *>()) {
        problems += englishIn(menu->title(), name + u" menu"_s);
        for (QAction *action : menu->actions())
            problems += englishIn(action->text(), name + u" menu item"_s);
    }
    return problems;
}

} // namespace

TEST_CASE("no visible English is left in the Russian and Ukrainian windows", "[ui][i18n]")
{
    for (const QString &language : {u"ru"_s, u"uk"_s}) {
        INFO(language.toStdString());
        opora::ui::installTranslations(language);
        QTemporaryDir dir;
        opora::demo::DemoOptions options;
        options.profile = language == u"uk"_s ? opora::Profile::Ua : opora::Profile::Ru;
        auto db = opora::demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), options);

        QStringList problems;
        opora::ui::MainWindow window(*db);
        window.show();
        problems += visibleTexts(&window);
        opora::ui::PersonCard person(*db, 1);
        problems += visibleTexts(&person);
        opora::ui::PersonCard newPerson(*db, 0);
        problems += visibleTexts(&newPerson);
        opora::ui::CaseCard card(*db, 2);
        problems += visibleTexts(&card);
        opora::ui::CaseCard newCase(*db, 0);
        problems += visibleTexts(&newCase);
        opora::ui::StatusChangeDialog status(*db, 2);
        problems += visibleTexts(&status);
        opora::ui::HouseholdCard household(*db, 1);
        problems += visibleTexts(&household);
        opora::ui::ConsentDialog consent(*db, 1, {});
        problems += visibleTexts(&consent);
        opora::ui::ReferenceListsDialog lists(*db);
        problems += visibleTexts(&lists);
        opora::ui::FirstStartDialog welcome;
        problems += visibleTexts(&welcome);
        opora::ui::AboutDialog about(*db);
        problems += visibleTexts(&about);
        window.showArea(opora::ui::MainWindow::Services);
        problems += visibleTexts(&window);
        window.showArea(opora::ui::MainWindow::Events);
        problems += visibleTexts(&window);
        opora::ui::EventCard event(*db, 1);
        problems += visibleTexts(&event);
        opora::ui::ServiceRecordDialog services(*db);
        problems += visibleTexts(&services);
        opora::ui::SignInDialog signIn(*db);
        problems += visibleTexts(&signIn);
        window.showArea(opora::ui::MainWindow::Projects);
        problems += visibleTexts(&window);
        window.showArea(opora::ui::MainWindow::Overview);
        problems += visibleTexts(&window);
        opora::ui::ProjectWindow project(*db, 1);
        for (int tab = 0; tab < 5; ++tab) {
            project.showTab(tab);
            problems += visibleTexts(&project);
        }
        auto *show = new opora::ui::PresentationWindow(*db, 1, opora::today());
        for (int slide = 0; slide < show->slideCount(); ++slide) {
            show->showSlide(slide);
            problems += visibleTexts(show);
        }
        show->close();
        opora::ui::AuditViewer audit(*db);
        problems += visibleTexts(&audit);
        opora::ui::CentreDialog centre(*db);
        problems += visibleTexts(&centre);
        opora::ui::PeriodReportDialog period(*db);
        problems += visibleTexts(&period);
        opora::ui::RoundTableDialog roundTable(*db, 1, opora::today());
        problems += visibleTexts(&roundTable);
        opora::ui::ProjectWindow newProject(*db, 0);
        problems += visibleTexts(&newProject);
        const auto indicators = opora::ProjectRepository(*db).indicators(1);
        opora::ui::IndicatorDialog indicator(*db, 1, indicators.first().id);
        problems += visibleTexts(&indicator);
        opora::ui::IndicatorDialog newIndicator(*db, 1, 0);
        problems += visibleTexts(&newIndicator);
        newIndicator.planPeriods()->setPlan({2026, 1, 1}, {2026, 12, 31}, 12, {});
        newIndicator.planPeriods()->setSplit(opora::ui::PlanPeriodsEditor::Split::Months);
        problems += visibleTexts(&newIndicator);
        opora::ui::DaySheet sheet(*db);
        sheet.save(); // the empty sheet's message
        problems += visibleTexts(&sheet);
        opora::ui::EnrolmentDialog enrolment(
            *db, opora::ProjectRepository(*db).enrolments(1).first(), u"—"_s);
        problems += visibleTexts(&enrolment);
        opora::ui::DrillDownDialog records(*db, indicators.first(), opora::today());
        problems += visibleTexts(&records);
        opora::ui::ConflictDialog conflict({{u"surname"_s, u"x"_s, u"a"_s, u"b"_s}});
        problems += visibleTexts(&conflict);
        window.showArea(opora::ui::MainWindow::Volunteers);
        problems += visibleTexts(&window);
        opora::ui::VolunteerCard volunteer(*db, 1);
        problems += visibleTexts(&volunteer);
        volunteer.findChild<QTabWidget *>()->setCurrentIndex(1);
        problems += visibleTexts(&volunteer);
        opora::ui::VolunteerCard newVolunteer(*db, 0);
        problems += visibleTexts(&newVolunteer);
        opora::ui::MentorDialog mentor(*db, 1);
        problems += visibleTexts(&mentor);
        opora::ui::HoursDialog hours(*db, 1);
        problems += visibleTexts(&hours);
        opora::ui::EndMentorDialog endMentor(
            *db, opora::VolunteerRepository(*db).mentorships(1).first());
        problems += visibleTexts(&endMentor);
        person.findChild<QTabWidget *>()->setCurrentIndex(1);
        problems += visibleTexts(&person);
        opora::ui::StaffAccountsDialog staff(*db);
        problems += visibleTexts(&staff);
        staff.showAccounts();
        problems += visibleTexts(&staff);
        opora::ui::StaffForm staffForm(*db, opora::StaffRepository(*db).get(1));
        problems += visibleTexts(&staffForm);
        opora::ui::AccountForm accountForm(*db, {});
        problems += visibleTexts(&accountForm);
        opora::ui::PasswordForm passwordForm(*db, 1, u"Орлова В. А."_s);
        problems += visibleTexts(&passwordForm);
        opora::ui::RetentionDialog retention(*db);
        problems += visibleTexts(&retention);
        opora::ui::CatalogueDialog catalogue(*db);
        problems += visibleTexts(&catalogue);
        opora::ui::CatalogueItemForm item(*db, opora::ServiceCatalogue(*db).items().first());
        problems += visibleTexts(&item);
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }
    opora::ui::installTranslations(u"en"_s);
}
