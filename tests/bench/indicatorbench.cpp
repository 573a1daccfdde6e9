// Times the indicator engine on a large journal (docs/performance.md): 2,000,000 service records
// and 20,000 events with attendance; an indicator of every method in a very large project (1,
// 250,000 services) and in one of a more usual size (9, 25,000 services).
//   indicatorbench [FILE]   with FILE the database is kept there and reused by the next run;
//                           the fact queries are written to FILE.sql for the sqlite3 shell
#include "benchtools.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "projects/indicatorengine.h"
#include "projects/projectrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::bench;

namespace {

QTextStream out(stdout);
const QDate AsOf(2026, 9, 30);

void addIndicators(ProjectRepository &projects, qint64 projectId);

// Bulk rows through SQL: the repositories would take an hour for two million services.
void fill(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    WriteTransaction tx(db);
    exec(db, u"INSERT INTO staff(id, surname, first_name, created_at, updated_at) SELECT value, "
             "'Специалист', 'Имя', 'x', 'x' FROM "_s +
                 numbers(40));
    exec(db, u"INSERT INTO person(id, surname, first_name, birth_date, surname_key, "
             "first_name_key, created_at, updated_at) SELECT value, 'Фамилия' || value, 'Имя', "
             "date('1970-01-01', '+' || (value * 7919 % 18000) || ' days'), 'фамилия' || value, "
             "'имя', 'x', 'x' FROM "_s +
                 numbers(100000));
    exec(db, u"INSERT INTO case_file(id, number, year, seq, person_id, status, opened_on, "
             "closed_on, closure_reason_id, outcome, responsible_id, created_at, updated_at) "
             "SELECT value, '2024-' || value, 2024, value, value, CASE WHEN value % 3 = 0 THEN "
             "'closed' ELSE 'active' END, date('2024-01-01', '+' || (value % 500) || ' days'), "
             "CASE WHEN value % 3 = 0 THEN date('2024-01-01', '+' || (value % 500 + 90 + value "
             "% 200) || ' days') END, CASE WHEN value % 3 = 0 THEN (SELECT min(id) FROM ref_item "
             "WHERE list = 'closure_reason') END, CASE WHEN value % 3 = 0 THEN CASE value % 4 "
             "WHEN 0 THEN 'improved' WHEN 1 THEN 'partly_improved' ELSE 'unchanged' END END, "
             "value % 40 + 1, 'x', 'x' FROM "_s +
                 numbers(100000));
    exec(db, u"INSERT INTO project(id, name, starts_on, ends_on, status, created_at, updated_at) "
             "SELECT value, 'Проект ' || value, '2025-01-01', '2026-12-31', 'active', 'x', 'x' "
             "FROM "_s +
                 numbers(9));
    // Two million services over two years; every eighth of them in each project.
    exec(db, u"INSERT INTO service_record(case_id, person_id, item_id, service_date, staff_id, "
             "quantity, duration_min, form, project_id, created_at, updated_at) SELECT "
             "value % 100000 + 1, value % 100000 + 1, (SELECT min(id) FROM service_item) + "
             "value % 20, date('2025-01-01', '+' || (value % 730) || ' days'), value % 40 + 1, 1, "
             "30 + value % 4 * 15, 'day', value % 8 + 1, 'x', 'x' FROM "_s +
                 numbers(2000000));
    exec(db, u"INSERT INTO event(id, type, title, event_date, project_id, status, created_at, "
             "updated_at) SELECT value, CASE value / 8 % 4 WHEN 0 THEN 'class' WHEN 1 THEN "
             "'parents_school' WHEN 2 THEN 'training' ELSE 'outreach' END, 'Занятие', "
             "date('2025-01-01', '+' || (value % 730) || ' days'), value % 8 + 1, CASE WHEN "
             "value % 10 = 0 THEN 'cancelled' ELSE 'held' END, 'x', 'x' FROM "
             ""_s +
                 numbers(20000));
    exec(db, u"INSERT INTO event_participant(event_id, person_id, attendance) SELECT e.value, "
             "(e.value * 13 + p.value * 7919) % 100000 + 1, 'present' FROM "_s +
                 numbers(20000) + u" e, "_s + numbers(10) + u" p"_s);
    exec(db, u"INSERT INTO event_headcount(event_id, audience, count) SELECT value, 'women', "
             "value % 20 FROM "_s +
                 numbers(20000));
    exec(db, u"INSERT INTO event_headcount(event_id, audience, count) SELECT value, "
             "'specialists', value % 7 FROM "_s +
                 numbers(20000));
    exec(db, u"INSERT INTO project_enrolment(project_id, person_id, case_id, starts_on, "
             "created_at, updated_at) SELECT 1, value, value, '2025-02-01', 'x', 'x' FROM "_s +
                 numbers(100000) + u" WHERE value % 8 = 1"_s);
    // Project 9 takes every 80th service and event of the others and enrols 1,250 people.
    exec(db, u"UPDATE service_record SET project_id = 9 WHERE id % 80 = 0"_s);
    exec(db, u"UPDATE event SET project_id = 9 WHERE id % 80 = 1"_s);
    exec(db, u"INSERT INTO project_enrolment(project_id, person_id, case_id, starts_on, "
             "created_at, updated_at) SELECT 9, value, value, '2025-02-01', 'x', 'x' FROM "_s +
                 numbers(100000) + u" WHERE value % 80 = 2"_s);
    exec(db, u"INSERT INTO volunteer(id, surname, created_at, updated_at) SELECT value, "
             "'Волонтёр', 'x', 'x' FROM "_s +
                 numbers(200));
    exec(db, u"INSERT INTO volunteer_hours(volunteer_id, work_date, hours, project_id, "
             "created_at, updated_at) SELECT value % 200 + 1, date('2025-01-01', '+' || (value % "
             "730) || ' days'), 2, value % 8 + 1, 'x', 'x' FROM "_s +
                 numbers(40000));
    tx.commit();
    exec(db, u"ANALYZE"_s);

    ProjectRepository projects(db);
    for (const qint64 projectId : {1, 9})
        addIndicators(projects, projectId);
    out << "filled in " << timer.elapsed() / 1000 << " s" << Qt::endl;
}

void addIndicators(ProjectRepository &projects, qint64 projectId)
{
    auto add = [&](IndicatorMethod method, QJsonObject params = {}) {
        Indicator i;
        i.projectId = projectId;
        i.wording = methodKey(method) + u' ' +
                    QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
        i.method = method;
        i.params = params;
        i.plan = 1000;
        const qint64 id = projects.createIndicator(i);
        if (method == IndicatorMethod::Manual)
            projects.addValue(id, {0, QDate(2025, 6, 1), 12, {}});
    };
    add(IndicatorMethod::Enrolled);
    add(IndicatorMethod::Enrolled, {{u"age_min"_s, 30}, {u"age_max"_s, 45}});
    add(IndicatorMethod::PeopleServed);
    add(IndicatorMethod::FamiliesServed);
    add(IndicatorMethod::Services);
    add(IndicatorMethod::Services, {{u"measure"_s, u"hours"_s}, {u"form"_s, u"day"_s}});
    add(IndicatorMethod::EventsHeld);
    add(IndicatorMethod::EventsHeld, {{u"event_types"_s, QJsonArray{u"parents_school"_s}}});
    add(IndicatorMethod::Participants, {{u"measure"_s, u"people"_s}});
    add(IndicatorMethod::Participants, {{u"measure"_s, u"visits"_s}});
    add(IndicatorMethod::Participants, {{u"measure"_s, u"total"_s}});
    add(IndicatorMethod::SpecialistsTrained);
    add(IndicatorMethod::Volunteers);
    add(IndicatorMethod::Volunteers, {{u"measure"_s, u"hours"_s}});
    add(IndicatorMethod::ImprovedShare);
    add(IndicatorMethod::SupportLength);
    add(IndicatorMethod::Manual);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"indicators.sqlite"_s);
    const bool reuse = QFileInfo::exists(path);
    auto db = reuse ? Database::open(path) : Database::create(path, Profile::Ru);
    if (!reuse)
        fill(*db);

    IndicatorEngine engine(*db);
    QFile sql(path + u".sql"_s);
    const bool writeSql = argc > 1 && sql.open(QIODevice::WriteOnly | QIODevice::Truncate);
    for (const qint64 projectId : {1, 9}) {
        const QList<Indicator> indicators = ProjectRepository(*db).indicators(projectId);
        const qint64 services = Query(*db, u"SELECT count(*) FROM service_record WHERE "
                                           "project_id = :p"_s)
                                    .bind(u":p"_s, projectId)
                                    .scalar()
                                    .toLongLong();
        out << "\nproject " << projectId << ", " << services << " services\n\n"
            << "| indicator | fact | median ms | worst ms |\n| --- | ---: | ---: | ---: |\n";
        for (const Indicator &i : indicators) {
            double fact = 0;
            const Timing t = time([&] { fact = engine.fact(i, AsOf); }, 5);
            out << "| `" << i.wording << "` | " << fact << " | "
                << QString::number(t.median, 'f', 1) << " | " << QString::number(t.worst, 'f', 1)
                << " |" << Qt::endl;
            if (writeSql && projectId == 1)
                sql.write((engine.factSql(i, AsOf) + u";\n"_s).toUtf8());
        }
        const Timing all = time([&] { engine.evaluateProject(projectId, AsOf); }, 5);
        out << "\nall " << indicators.size() << " indicators with plan and status: median "
            << QString::number(all.median, 'f', 1) << " ms, worst "
            << QString::number(all.worst, 'f', 1) << " ms" << Qt::endl;
    }
    return 0;
}
