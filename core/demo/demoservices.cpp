#include "demo/demoservices.h"

#include "clock.h"
#include "db/query.h"
#include "demo/demorandom.h"
#include "events/eventrepository.h"
#include "services/planrepository.h"
#include "services/servicerepository.h"

using namespace Qt::StringLiterals;

namespace opora::demo {

namespace {

struct CaseInfo
{
    qint64 id;
    qint64 person;
    QDate opened;
    QDate until;
    qint64 staff;
    QString status;
};

void addDemoPlans(Database &db, DemoRandom &random);

QList<CaseInfo> casesWithPeople(Database &db)
{
    // The person served: the case's person, or the first adult woman of its family.
    Query q(db, u"SELECT c.id, coalesce(c.person_id, (SELECT m.person_id FROM household_member "
                "m JOIN person p ON p.id = m.person_id WHERE m.household_id = c.household_id "
                "ORDER BY m.relation <> 'mother', p.birth_date LIMIT 1)), c.opened_on, "
                "coalesce(c.closed_on, ''), coalesce(c.responsible_id, 0), c.status "
                "FROM case_file c ORDER BY c.id"_s);
    q.exec();
    QList<CaseInfo> list;
    while (q.next()) {
        const QDate closed = parseIsoDate(q.text(3));
        list.append({q.integer(0), q.integer(1), parseIsoDate(q.text(2)),
                     closed.isValid() ? closed : today(), q.integer(4), q.text(5)});
    }
    return list;
}

} // namespace

void addDemoServices(Database &db, const DemoOptions &options)
{
    DemoRandom random(options.seed, "services");
    ServiceRepository services(db);
    const QList<ServiceItem> items = services.catalogue();
    if (items.isEmpty())
        return;
    for (const CaseInfo &c : casesWithPeople(db)) {
        if (c.status == u"new"_s || !c.person)
            continue;
        // Roughly one to three services a month while the case is open.
        QDate date = c.opened.addDays(random.between(1, 10));
        while (date <= c.until && date <= today()) {
            const ServiceItem &item = random.pick(items);
            ServiceRecord r;
            r.caseId = c.id;
            r.personId = c.person;
            r.itemId = item.id;
            r.date = date;
            r.staffId = c.staff;
            r.form = random.pick(item.forms);
            r.quantity = item.unit == u"hour"_s ? random.between(1, 4) : 1;
            r.durationMinutes = item.unit == u"service"_s ? 0 : random.between(2, 8) * 15;
            services.create(r);
            date = date.addDays(random.between(7, 24));
        }
    }
    addDemoPlans(db, random);
}

namespace {

// Individual plans: for each case past assessment, the services it mostly gets, planned for
// half a year from its opening, some ahead of plan and some behind.
void addDemoPlans(Database &db, DemoRandom &random)
{
    PlanRepository plans(db);
    Query cases(db, u"SELECT id, opened_on FROM case_file WHERE status IN ('active', 'review', "
                    "'closed') ORDER BY id"_s);
    cases.exec();
    while (cases.next()) {
        const qint64 caseId = cases.integer(0);
        const QDate opened = parseIsoDate(cases.text(1));
        Query items(db, u"SELECT item_id, count(*) AS n FROM service_record WHERE case_id = :c "
                        "GROUP BY item_id ORDER BY n DESC, item_id LIMIT 2"_s);
        items.bind(u":c"_s, caseId).exec();
        while (items.next()) {
            PlanLine line;
            line.caseId = caseId;
            line.itemId = items.integer(0);
            line.volume = std::max<qint64>(1, items.integer(1) + random.between(-1, 3));
            line.frequency = random.chance(60) ? u"monthly"_s : u"weekly"_s;
            line.startsOn = opened;
            line.endsOn = opened.addMonths(6);
            plans.add(line);
        }
    }
}

} // namespace

void addDemoEvents(Database &db, const DemoOptions &options)
{
    DemoRandom random(options.seed, "events");
    EventRepository events(db);
    const bool ua = options.profile == Profile::Ua;
    const QDate start = today().addDays(-365);

    // Minor mothers and pregnant minors: the audience of the school of motherhood.
    Query mothers(db, u"SELECT pc.person_id FROM person_category pc JOIN ref_item r ON r.id = "
                      "pc.category_id WHERE r.code IN ('minor_mother', 'pregnant_minor') "
                      "ORDER BY pc.person_id"_s);
    mothers.exec();
    QList<qint64> youngMothers;
    while (mothers.next())
        youngMothers << mothers.integer(0);

    const auto held = [&](const QList<qint64> &ids, const QList<qint64> &people, int percent,
                          const QMap<QString, int> &heads) {
        for (qint64 id : ids) {
            EventRecord e = events.get(id);
            if (e.date > today())
                continue;
            e.status = random.chance(5) ? u"cancelled"_s : u"held"_s;
            events.update(e);
            if (e.status == u"cancelled"_s)
                continue;
            for (qint64 person : people) {
                if (!random.chance(percent))
                    continue;
                events.setParticipant(id, person,
                                      random.chance(85)   ? u"present"_s
                                      : random.chance(50) ? u"excused"_s
                                                          : u"absent"_s);
            }
            QMap<QString, int> counts;
            for (auto it = heads.constBegin(); it != heads.constEnd(); ++it)
                counts.insert(it.key(), random.between(it.value() / 2, it.value()));
            if (!counts.isEmpty())
                events.setHeadcounts(id, counts);
        }
    };

    // Two ten-week courses of the school of motherhood.
    for (int course = 0; course < 2; ++course) {
        EventRecord e;
        e.type = u"parents_school"_s;
        e.title = ua ? u"Школа материнства: заняття"_s : u"Школа материнства: занятие"_s;
        e.date = start.addDays(30 + course * 180);
        e.startsAt = u"15:00"_s;
        e.endsAt = u"16:30"_s;
        e.place = ua ? u"Центр, зала для занять"_s : u"Центр, зал для занятий"_s;
        const QList<qint64> ids = events.createSeries(e, 10, 7);
        QList<qint64> group;
        for (qint64 p : youngMothers)
            if (random.chance(45))
                group << p;
        held(ids, group, 80, {{u"women"_s, 4}});
    }
    // Monthly classes for children with disabilities and their parents.
    EventRecord classes;
    classes.type = u"class"_s;
    classes.title = ua ? u"Заняття з сенсорної інтеграції"_s : u"Занятие по сенсорной интеграции"_s;
    classes.date = start.addDays(10);
    classes.startsAt = u"11:00"_s;
    classes.place = ua ? u"Кабінет реабілітації"_s : u"Кабинет реабилитации"_s;
    held(events.createSeries(classes, 12, 30), {}, 0, {{u"children"_s, 8}, {u"parents"_s, 8}});
    // Trainings for specialists, round tables and mobile brigade visits.
    for (int i = 0; i < 4; ++i) {
        EventRecord t;
        t.type = u"training"_s;
        t.title = ua ? u"Тренінг для фахівців: робота з неповнолітніми матерями"_s
                     : u"Тренинг для специалистов: работа с несовершеннолетними матерями"_s;
        t.date = start.addDays(60 + i * 80);
        held({events.create(t)}, {}, 0, {{u"specialists"_s, 25}});
    }
    for (int i = 0; i < 2; ++i) {
        EventRecord r;
        r.type = u"round_table"_s;
        r.title = ua ? u"Круглий стіл: підтримка молодих сімей"_s
                     : u"Круглый стол: поддержка молодых семей"_s;
        r.date = start.addDays(170 + i * 180);
        held({events.create(r)}, {}, 0,
             {{u"specialists"_s, 30}, {u"women"_s, 15}, {u"volunteers"_s, 8}});
    }
    for (int i = 0; i < 10; ++i) {
        EventRecord o;
        o.type = u"outreach"_s;
        o.title = ua ? u"Виїзд мобільної бригади"_s : u"Выезд мобильной бригады"_s;
        o.date = start.addDays(15 + i * 35);
        held({events.create(o)}, {}, 0,
             {{u"women"_s, 20}, {u"teenagers"_s, 15}, {u"children"_s, 20}});
    }
    // Planned events ahead, so the calendar is not empty.
    EventRecord next;
    next.type = u"club"_s;
    next.title = ua ? u"Клуб молодих мам"_s : u"Клуб молодых мам"_s;
    next.date = today().addDays(5);
    events.createSeries(next, 4, 14);
}

} // namespace opora::demo
