#include "admin/centredialog.h"
#include "centre/centredetails.h"
#include "charts/charts.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "documents/roundtabledialog.h"
#include "documents/roundtabledocument.h"
#include "presentation/presentationwindow.h"
#include "projects/drilldowndialog.h"
#include "projects/enrolmentdialog.h"
#include "projects/indicatordialog.h"
#include "projects/indicatorengine.h"
#include "projects/indicatortext.h"
#include "projects/overviewpage.h"
#include "projects/planperiodseditor.h"
#include "projects/projectactivity.h"
#include "projects/projectdashboard.h"
#include "projects/projectrepository.h"
#include "projects/projectteam.h"
#include "projects/projectwindow.h"
#include "register/casecard.h"
#include "register/caseplanview.h"
#include "services/planrepository.h"
#include "stats/centreoverview.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <catch2/catch.hpp>

#include <memory>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::ui;

namespace {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
};

} // namespace

TEST_CASE("the project window shows every indicator with the engine's fact", "[ui][projects]")
{
    Demo d;
    ProjectWindow window(*d.db, 1);
    window.show();
    auto *table = window.findChild<QTableWidget *>(u"indicators"_s);
    REQUIRE(table);
    const auto results = IndicatorEngine(*d.db).evaluateProject(1, today());
    REQUIRE(table->rowCount() == results.size());
    for (int row = 0; row < results.size(); ++row) {
        CHECK(table->item(row, 0)->text() == results.at(row).indicator.wording);
        CHECK(table->item(row, 4)->text() == formatNumber(results.at(row).fact));
        CHECK(table->item(row, 6)->text() == indicatorStatusName(results.at(row).status));
    }
    // An earlier date gives smaller (or equal) facts, and the window follows it.
    const Project project = ProjectRepository(*d.db).get(1);
    window.setAsOf(project.startsOn.addDays(30));
    const auto early = window.results();
    REQUIRE(early.size() == results.size());
    CHECK(early.first().fact <= results.first().fact);
    CHECK(table->item(0, 4)->text() == formatNumber(early.first().fact));
    CHECK(window.findChild<QLabel *>(u"howCounted"_s)->text().contains(u"target group"_s));
}

TEST_CASE("the records behind a fact add up to it", "[ui][projects]")
{
    Demo d;
    for (const Indicator &i : ProjectRepository(*d.db).indicators(1)) {
        if (aggregateOf(i.method) != Aggregate::Sum)
            continue;
        DrillDownDialog dialog(*d.db, i, today());
        const double fact = IndicatorEngine(*d.db).fact(i, today());
        INFO(i.wording.toStdString());
        CHECK(dialog.total() == Approx(fact));
        // Distinct counts list one row per person, event or service counted.
        if (i.method != IndicatorMethod::Participants && i.method != IndicatorMethod::Manual &&
            i.method != IndicatorMethod::SpecialistsTrained && !i.params.contains(u"measure"_s))
            CHECK(dialog.rowCount() == qRound(fact));
        CHECK(dialog.findChild<QTableWidget *>(u"records"_s)->rowCount() == dialog.rowCount());
    }
}

TEST_CASE("a new project is saved from its passport, a bad one keeps what was typed",
          "[ui][projects]")
{
    Demo d;
    const qsizetype before = ProjectRepository(*d.db).list().size();
    ProjectWindow window(*d.db, 0);
    window.show();
    auto *name = window.findChild<QLineEdit *>(u"name"_s);
    auto *save = window.findChild<QPushButton *>(u"savePassport"_s);
    REQUIRE(name);
    REQUIRE(save);
    // No name: refused, nothing stored, the rest of the form as typed.
    auto *funder = window.findChild<QLineEdit *>(u"funder"_s);
    REQUIRE(funder);
    funder->setText(u"Фонд «Пример»"_s);
    save->click();
    CHECK(ProjectRepository(*d.db).list().size() == before);
    CHECK(funder->text() == u"Фонд «Пример»"_s);
    CHECK(window.projectId() == 0);
    name->setText(u"Новый проект"_s);
    save->click();
    CHECK(ProjectRepository(*d.db).list().size() == before + 1);
    REQUIRE(window.projectId() > 0);
    CHECK(ProjectRepository(*d.db).get(window.projectId()).funder == u"Фонд «Пример»"_s);
}

TEST_CASE("an indicator is added through its dialog, with its filters", "[ui][projects]")
{
    Demo d;
    IndicatorDialog dialog(*d.db, 2, 0);
    auto *method = dialog.findChild<QComboBox *>(u"method"_s);
    REQUIRE(method);
    method->setCurrentIndex(method->findData(int(IndicatorMethod::Participants)));
    Indicator typed = dialog.formIndicator();
    CHECK(typed.method == IndicatorMethod::Participants);
    // Without the wording it is refused and nothing is stored.
    const qsizetype before = ProjectRepository(*d.db).indicators(2).size();
    CHECK_FALSE(dialog.save());
    CHECK(ProjectRepository(*d.db).indicators(2).size() == before);
    dialog.findChild<QPlainTextEdit *>(u"wording"_s)->setPlainText(u"Участники круглых столов"_s);
    CHECK(dialog.save());
    const auto after = ProjectRepository(*d.db).indicators(2);
    REQUIRE(after.size() == before + 1);
    CHECK(after.last().wording == u"Участники круглых столов"_s);
    CHECK(after.last().method == IndicatorMethod::Participants);
    // The measure shown is the measure stored, and the rule in words says the same.
    CHECK(after.last().params.value(u"measure"_s).toString() == u"people"_s);
    CHECK(dialog.findChild<QLabel *>(u"description"_s)->text().contains(u"each counts once"_s));
}

TEST_CASE("charts are saved as PNG and SVG", "[ui][projects]")
{
    Demo d;
    const auto results = IndicatorEngine(*d.db).evaluateProject(1, today());
    std::unique_ptr<QChart> chart(ProjectDashboard::planFactChart(results));
    QTemporaryDir dir;
    const QString png = dir.filePath(u"chart.png"_s);
    const QString svg = dir.filePath(u"chart.svg"_s);
    REQUIRE(charts::savePng(chart.get(), png, {1200, 800}));
    REQUIRE(charts::saveSvg(chart.get(), svg, {1200, 800}));
    const QImage image(png);
    CHECK(image.size() == QSize(1200, 800));
    // Not a blank page: the bars are drawn in the first colour of the palette.
    bool bar = false;
    for (int x = 0; x < image.width() && !bar; x += 4)
        for (int y = 0; y < image.height() && !bar; y += 4)
            bar = image.pixelColor(x, y) == charts::colour(0);
    CHECK(bar);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("<svg"));
    // Vectors and text, not a pasted bitmap.
    CHECK(text.contains("<rect"));
    CHECK(text.contains("<polyline"));
    CHECK(text.contains("<text"));
    CHECK_FALSE(text.contains("<image"));
}

TEST_CASE("the overview shows the centre's figures", "[ui][projects]")
{
    Demo d;
    OverviewPage page(*d.db);
    page.show();
    const CentreOverview o = centreOverview(*d.db, today());
    CHECK(page.findChild<QLabel *>(u"tile0"_s)->text().contains(QLocale().toString(o.activeCases)));
    CHECK(page.findChild<QTableWidget *>(u"upcoming"_s)->rowCount() == o.upcoming.size());
}

TEST_CASE("the presentation moves with keys and wheel and shows nobody's personal data",
          "[ui][projects]")
{
    Demo d;
    auto *show = new PresentationWindow(*d.db, 1, today());
    show->resize(1366, 768);
    show->show();
    REQUIRE(show->slideCount() >= 8);
    CHECK(show->currentSlide() == 0);
    QTest::keyClick(show, Qt::Key_Right);
    QTest::keyClick(show, Qt::Key_PageDown);
    CHECK(show->currentSlide() == 2);
    QTest::keyClick(show, Qt::Key_PageUp);
    CHECK(show->currentSlide() == 1);
    QTest::keyClick(show, Qt::Key_End);
    CHECK(show->currentSlide() == show->slideCount() - 1);
    QTest::keyClick(show, Qt::Key_Right); // stays on the last slide
    CHECK(show->currentSlide() == show->slideCount() - 1);
    QTest::keyClick(show, Qt::Key_Home);
    QWheelEvent down(QPointF(10, 10), QPointF(10, 10), {}, QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(show, &down);
    CHECK(show->currentSlide() == 1);

    // No surname, first name with surname, or phone of anyone in the register is on any slide.
    const QString texts = show->allTexts().join(u'\n');
    Query people(*d.db, u"SELECT surname, phone FROM person"_s);
    people.exec();
    int checked = 0;
    while (people.next()) {
        INFO(people.text(0).toStdString());
        CHECK_FALSE(texts.contains(people.text(0)));
        if (!people.text(1).isEmpty())
            CHECK_FALSE(texts.contains(people.text(1)));
        ++checked;
    }
    CHECK(checked > 100);
    // The figures are there.
    const auto results = IndicatorEngine(*d.db).evaluateProject(1, today());
    CHECK(texts.contains(formatNumber(results.first().fact)));

    QPointer<PresentationWindow> alive(show);
    QTest::keyClick(show, Qt::Key_Escape);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(alive.isNull());
}

TEST_CASE("the round-table document prints and saves through one painting, and is audited",
          "[ui][projects]")
{
    Demo d;
    QTemporaryDir dir;
    RoundTableDialog dialog(*d.db, 1, today());
    const QString pdf = dir.filePath(u"roundtable.pdf"_s);
    REQUIRE(dialog.saveTo(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(Query(*d.db, u"SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = "
                       "'project' AND entity_id = 1 AND fields = 'roundtable'"_s)
              .scalar()
              .toInt() == 1);
    // A file that cannot be written: a clear message, no audit entry, no file.
    CHECK_FALSE(dialog.saveTo(dir.filePath(u"no/such/folder/x.pdf"_s)));
    CHECK_FALSE(QFile::exists(dir.filePath(u"no/such/folder/x.pdf"_s)));

    // The printer takes the same pages as the PDF.
    RoundTableDocument document(*d.db, 1, dialog.options());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    const int printed = document.document().paint(&printer);
    CHECK(printed >= 3);
    RoundTableDocument again(*d.db, 1, dialog.options());
    CHECK(again.document().writePdf(dir.filePath(u"again.pdf"_s)));
}

TEST_CASE("the centre's name and logo are kept and head the documents", "[ui][projects]")
{
    Demo d;
    QTemporaryDir dir;
    CentreDialog dialog(*d.db);
    const QString notAPicture = dir.filePath(u"notes.png"_s);
    QFile bad(notAPicture);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a picture");
    bad.close();
    CHECK_FALSE(dialog.setLogoFile(notAPicture));
    REQUIRE(dialog.setLogoFile(QStringLiteral(OPORA_SOURCE_DIR "/resources/icons/opora.svg")));
    dialog.setName(u"Центр «Проба»"_s);
    REQUIRE(dialog.save());
    const CentreDetails details = CentreDetails::load(*d.db);
    CHECK(details.name == u"Центр «Проба»"_s);
    const QImage logo = QImage::fromData(details.logoPng, "PNG");
    REQUIRE_FALSE(logo.isNull());
    CHECK(std::max(logo.width(), logo.height()) <= 480);

    RoundTableDocument document(*d.db, 1, {today(), false, false});
    const QString pdf = dir.filePath(u"with-logo.pdf"_s);
    REQUIRE(document.document().writePdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("/Subtype /Image"));
}

TEST_CASE("the case card shows the plan and takes a new line by keyboard", "[ui][projects]")
{
    Demo d;
    const qint64 caseId = Query(*d.db, u"SELECT case_id FROM plan_line l JOIN case_file c ON "
                                       "c.id = l.case_id WHERE c.status <> 'closed' ORDER BY "
                                       "case_id LIMIT 1"_s)
                              .scalar()
                              .toLongLong();
    REQUIRE(caseId > 0);
    CaseCard card(*d.db, caseId);
    auto *plan = card.findChild<CasePlanView *>();
    REQUIRE(plan);
    const int before = plan->lineCount();
    CHECK(before == PlanRepository(*d.db).lines(caseId, today()).size());
    CHECK(plan->addLine());
    CHECK(plan->lineCount() == before + 1);
}

TEST_CASE("the project lists its target group, services and events, and enrols people",
          "[ui][projects]")
{
    Demo d;
    ProjectActivity activity(*d.db);
    activity.setProject(1);
    CHECK(activity.enrolledRows() == ProjectRepository(*d.db).enrolments(1).size());
    CHECK(activity.serviceCount() == Query(*d.db, u"SELECT count(*) FROM service_record WHERE "
                                                  "project_id = 1 AND archived_at IS NULL"_s)
                                         .scalar()
                                         .toLongLong());
    CHECK(activity.eventCount() ==
          Query(*d.db, u"SELECT count(*) FROM event WHERE project_id = 1 AND archived_at IS NULL"_s)
              .scalar()
              .toLongLong());
    const int before = activity.enrolledRows();
    CHECK_FALSE(activity.enrol(0)); // nobody chosen: refused, nothing added
    CHECK(activity.enrolledRows() == before);
    const qint64 outsider = Query(*d.db, u"SELECT min(id) FROM person WHERE id NOT IN (SELECT "
                                         "person_id FROM project_enrolment WHERE project_id = 1)"_s)
                                .scalar()
                                .toLongLong();
    // An end before the start is refused with the dates kept; a right one is stored.
    activity.setEnrolmentDates(QDate(2026, 3, 1), QDate(2026, 2, 1));
    CHECK_FALSE(activity.enrol(outsider));
    CHECK(activity.enrolledRows() == before);
    CHECK(activity.findChild<QDateEdit *>(u"to"_s)->date() == QDate(2026, 2, 1));
    activity.setEnrolmentDates(QDate(2026, 3, 1), QDate(2026, 5, 31));
    CHECK(activity.enrol(outsider));
    CHECK(activity.enrolledRows() == before + 1);
    const auto stored = [&] {
        for (const Enrolment &e : ProjectRepository(*d.db).enrolments(1))
            if (e.personId == outsider)
                return e;
        return Enrolment{};
    };
    CHECK(stored().endsOn == QDate(2026, 5, 31));

    // The dates change in their dialog; a bad change keeps what was typed.
    {
        EnrolmentDialog dialog(*d.db, stored(), u"—"_s);
        dialog.setDates(QDate(2026, 3, 1), QDate(2026, 1, 1));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.findChild<QDateEdit *>(u"to"_s)->date() == QDate(2026, 1, 1));
        CHECK(stored().endsOn == QDate(2026, 5, 31));
        dialog.setDates(QDate(2026, 3, 1), {}); // back in the group, with no end
        CHECK(dialog.save());
        CHECK_FALSE(stored().endsOn.isValid());
    }

    // Taken out of the group, the person no longer counts.
    activity.setProject(1);
    int row = -1;
    for (int i = 0; i < activity.enrolledRows(); ++i)
        if (activity.enrolmentAt(i).personId == outsider)
            row = i;
    REQUIRE(row >= 0);
    CHECK(activity.takeOut(row));
    CHECK(activity.enrolledRows() == before);
    CHECK(stored().id == 0);
}

TEST_CASE("the team is chosen from the staff, each with a role", "[ui][projects]")
{
    Demo d;
    ProjectTeam team(*d.db);
    team.setProject(1);
    const QList<TeamMember> candidates = ProjectRepository(*d.db).teamCandidates(1);
    CHECK(team.rows() == candidates.size());
    const QList<TeamMember> before = ProjectRepository(*d.db).team(1);
    REQUIRE_FALSE(before.isEmpty());
    qint64 newcomer = 0;
    for (const TeamMember &m : candidates)
        if (!m.inTeam)
            newcomer = m.staffId;
    REQUIRE(newcomer);
    team.setMember(newcomer, true, u"тренер"_s);
    team.setMember(before.first().staffId, false);
    CHECK(team.save());
    const QList<TeamMember> after = ProjectRepository(*d.db).team(1);
    CHECK(after.size() == before.size());
    bool found = false;
    for (const TeamMember &m : after) {
        CHECK(m.staffId != before.first().staffId);
        if (m.staffId == newcomer)
            found = m.role == u"тренер"_s;
    }
    CHECK(found);
    // The change is in the audit trail.
    CHECK(Query(*d.db, u"SELECT count(*) FROM audit_log WHERE entity = 'project' AND entity_id = "
                       "1 AND fields LIKE '%team%'"_s)
              .scalar()
              .toInt() >= 2);
}

TEST_CASE("an indicator's plan is split by quarter or month in its dialog", "[ui][projects]")
{
    Demo d;
    const Project project = ProjectRepository(*d.db).get(2);
    IndicatorDialog dialog(*d.db, 2, 0);
    dialog.findChild<QPlainTextEdit *>(u"wording"_s)->setPlainText(u"Консультации"_s);
    auto *planned = dialog.findChild<QCheckBox *>(u"planned"_s);
    REQUIRE(planned);
    planned->setChecked(true);
    dialog.findChild<QDoubleSpinBox *>(u"plan"_s)->setValue(100);
    PlanPeriodsEditor *editor = dialog.planPeriods();
    editor->setSplit(PlanPeriodsEditor::Split::Quarters);
    QList<PlanPeriod> parts = editor->periods();
    REQUIRE(parts.size() >= 2);
    // The parts cover the project's period without a gap and share the total.
    CHECK(parts.first().startsOn == project.startsOn);
    CHECK(parts.last().endsOn == project.endsOn);
    double sum = 0;
    for (int i = 0; i < parts.size(); ++i) {
        sum += parts.at(i).value;
        if (i > 0)
            CHECK(parts.at(i).startsOn == parts.at(i - 1).endsOn.addDays(1));
    }
    CHECK(sum == Approx(100));
    // Typing a part changes the total, which then follows the parts.
    editor->setValue(0, parts.first().value + 20);
    CHECK(dialog.formIndicator().plan == Approx(120));
    CHECK_FALSE(dialog.findChild<QDoubleSpinBox *>(u"plan"_s)->isEnabled());
    REQUIRE(dialog.save());
    const Indicator saved = ProjectRepository(*d.db).indicators(2).last();
    CHECK(saved.plan == Approx(120));
    CHECK(ProjectRepository(*d.db).planPeriods(saved.id).size() == parts.size());

    // Opened again, the dialog shows the split; by month it has a part per month.
    IndicatorDialog again(*d.db, 2, saved.id);
    CHECK(again.planPeriods()->split() == PlanPeriodsEditor::Split::Quarters);
    CHECK(again.planPeriods()->periods().first().value == Approx(parts.first().value + 20));
    again.planPeriods()->setSplit(PlanPeriodsEditor::Split::Months);
    const int months = (project.endsOn.year() - project.startsOn.year()) * 12 +
                       project.endsOn.month() - project.startsOn.month() + 1;
    CHECK(again.planPeriods()->periods().size() == months);
    REQUIRE(again.save());
    CHECK(ProjectRepository(*d.db).planPeriods(saved.id).size() == months);
    CHECK(ProjectRepository(*d.db).indicator(saved.id).plan == Approx(120));
    // Back to the whole project only.
    again.planPeriods()->setSplit(PlanPeriodsEditor::Split::WholeProject);
    REQUIRE(again.save());
    CHECK(ProjectRepository(*d.db).planPeriods(saved.id).isEmpty());
}
