#include "demo/demoprojects.h"

#include "clock.h"
#include "db/query.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "projects/indicatorengine.h"
#include "projects/projectrepository.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::demo {

namespace {

// Words in the profile's language: Russian for ru, Ukrainian for ua.
struct Say
{
    bool ua;
    QString operator()(const QString &ru, const QString &uk) const { return ua ? uk : ru; }
};

qint64 categoryId(Database &db, const QString &code)
{
    return Query(db, u"SELECT id FROM ref_item WHERE list = 'category' AND code = :c"_s)
        .bind(u":c"_s, code)
        .scalar(0)
        .toLongLong();
}

// Cases in which someone has one of the categories, through the case's person or family.
const QString CasesOfCategory =
    u"SELECT c.id FROM case_file c WHERE EXISTS (SELECT 1 FROM person_category pc WHERE "
    "pc.category_id IN (:c1, :c2) AND (pc.person_id = c.person_id OR pc.person_id IN (SELECT "
    "m.person_id FROM household_member m WHERE m.household_id = c.household_id)))"_s;

void attributeServices(Database &db, const Project &p, qint64 category1, qint64 category2,
                       const QString &extra = {})
{
    Query(db, u"UPDATE service_record SET project_id = :p WHERE project_id IS NULL AND "
              "service_date BETWEEN :from AND :to AND case_id IN ("_s +
                  CasesOfCategory + u")"_s + extra)
        .bind(u":p"_s, p.id)
        .bind(u":from"_s, isoDate(p.startsOn))
        .bind(u":to"_s, isoDate(p.endsOn))
        .bind(u":c1"_s, category1)
        .bind(u":c2"_s, category2)
        .exec();
}

void attributeEvents(Database &db, const Project &p, const QString &type)
{
    Query(db, u"UPDATE event SET project_id = :p WHERE project_id IS NULL AND type = :type AND "
              "event_date BETWEEN :from AND :to"_s)
        .bind(u":p"_s, p.id)
        .bind(u":type"_s, type)
        .bind(u":from"_s, isoDate(p.startsOn))
        .bind(u":to"_s, isoDate(p.endsOn))
        .exec();
}

void enrolCategory(Database &db, const Project &p, qint64 category)
{
    Query q(db, u"SELECT pc.person_id, (SELECT c.id FROM case_file c WHERE c.person_id = "
                "pc.person_id OR c.household_id IN (SELECT household_id FROM household_member "
                "WHERE person_id = pc.person_id) ORDER BY c.opened_on DESC LIMIT 1), "
                "(SELECT min(c.opened_on) FROM case_file c WHERE c.person_id = pc.person_id OR "
                "c.household_id IN (SELECT household_id FROM household_member WHERE person_id = "
                "pc.person_id)) FROM person_category pc WHERE pc.category_id = :c ORDER BY "
                "pc.person_id"_s);
    q.bind(u":c"_s, category).exec();
    ProjectRepository projects(db);
    while (q.next()) {
        const QDate opened = parseIsoDate(q.text(2));
        const QDate from = opened.isValid() && opened > p.startsOn ? opened : p.startsOn;
        if (from <= std::min(p.endsOn, today()))
            projects.enrol({0, p.id, q.integer(0), q.integer(1), from, {}, 0});
    }
}

// Mentors of the minor mothers' project: volunteers with a few hours most weeks.
void addMentors(Database &db, const Project &p, const DemoOptions &options, Say say)
{
    DemoRandom random(options.seed, "volunteers");
    const DemoNames &names = demoNames(options.profile);
    const QString now = nowUtc();
    const QStringList skills{
        say(u"педагог"_s, u"педагог"_s), say(u"студентка-психолог"_s, u"студентка-психологиня"_s),
        say(u"многодетная мама"_s, u"багатодітна мама"_s), say(u"медсестра"_s, u"медсестра"_s)};
    for (int i = 0; i < 6; ++i) {
        const qint64 volunteer =
            Query(db, u"INSERT INTO volunteer(surname, first_name, skills, since, created_at, "
                      "updated_at) VALUES(:s, :f, :k, :since, :now, :now)"_s)
                .bind(u":s"_s, femaleSurname(options.profile, random.pick(names.surnamesMale)))
                .bind(u":f"_s, random.pick(names.femaleFirst))
                .bind(u":k"_s, skills.at(i % skills.size()))
                .bind(u":since"_s, isoDate(p.startsOn))
                .bind(u":now"_s, now)
                .exec()
                .lastInsertId();
        // The last one joined late and has not logged hours yet.
        if (i == 5)
            continue;
        for (QDate day = p.startsOn.addDays(random.between(7, 40));
             day <= std::min(today(), p.endsOn); day = day.addDays(random.between(6, 12)))
            Query(db, u"INSERT INTO volunteer_hours(volunteer_id, work_date, hours, project_id, "
                      "created_at, updated_at) VALUES(:v, :d, :h, :p, :now, :now)"_s)
                .bind(u":v"_s, volunteer)
                .bind(u":d"_s, isoDate(day))
                .bind(u":h"_s, random.between(2, 6) / 2.0 + 1)
                .bind(u":p"_s, p.id)
                .bind(u":now"_s, now)
                .exec();
    }
    // The first four mentor two cases each of the people in the project's target group; the
    // first mentoring of each ended after three months.
    Query cases(db, u"SELECT DISTINCT c.id FROM case_file c JOIN project_enrolment e ON "
                    "e.person_id = c.person_id WHERE e.project_id = :p AND c.archived_at IS NULL "
                    "ORDER BY c.id LIMIT 8"_s);
    cases.bind(u":p"_s, p.id).exec();
    for (int i = 0; cases.next(); ++i) {
        const QDate from = p.startsOn.addDays(14 + 30 * (i % 2));
        const bool ended = i % 2 == 0 && from.addMonths(3) < today();
        Query(db, u"INSERT INTO mentorship(volunteer_id, case_id, starts_on, ends_on, created_at, "
                  "updated_at) VALUES((SELECT id FROM volunteer ORDER BY id LIMIT 1 OFFSET :n), "
                  ":c, :from, :to, :now, :now)"_s)
            .bind(u":n"_s, i / 2)
            .bind(u":c"_s, cases.integer(0))
            .bind(u":from"_s, isoDate(from))
            .bind(u":to"_s, ended ? QVariant(isoDate(from.addMonths(3))) : QVariant())
            .bind(u":now"_s, now)
            .exec();
    }
}

// A funder's number: whole, and round for larger ones.
double roundPlan(double value)
{
    const double step = value < 20 ? 1 : value < 100 ? 5 : 10;
    return std::max(1.0, std::round(value / step) * step);
}

struct IndicatorSpec
{
    QString wording;
    QString unit;
    IndicatorMethod method;
    QJsonObject params;
    // The plan as a multiple of what the records will show at the end of the project: below 1
    // the promise is kept, above 1 it is not. 0 means a fixed plan (fixedPlan), or none.
    double ambition = 0;
    std::optional<double> fixedPlan;

    IndicatorSpec(QString w, QString u, IndicatorMethod m, QJsonObject p, double a = 0,
                  std::optional<double> fixed = std::nullopt)
        : wording(std::move(w))
        , unit(std::move(u))
        , method(m)
        , params(std::move(p))
        , ambition(a)
        , fixedPlan(fixed)
    {}
};

void addIndicators(Database &db, const Project &p, const QList<IndicatorSpec> &specs)
{
    ProjectRepository projects(db);
    IndicatorEngine engine(db);
    int order = 0;
    for (const IndicatorSpec &spec : specs) {
        Indicator i;
        i.projectId = p.id;
        i.sortOrder = ++order;
        i.wording = spec.wording;
        i.unit = spec.unit;
        i.method = spec.method;
        i.params = spec.params;
        i.plan = spec.fixedPlan;
        i.id = projects.createIndicator(i);
        if (spec.ambition > 0) {
            // What the records show at the end, extrapolated from what they show today.
            const QDate now = std::min(today(), p.endsOn);
            const double share =
                double(p.startsOn.daysTo(now) + 1) / double(p.startsOn.daysTo(p.endsOn) + 1);
            const double projected = engine.fact(projects.indicator(i.id), now) / share;
            i = projects.indicator(i.id);
            i.plan = roundPlan(projected * spec.ambition);
            projects.updateIndicator(i);
        }
    }
}

Project makeProject(Database &db, Project p, const QList<TeamMember> &team)
{
    ProjectRepository projects(db);
    p.id = projects.create(p);
    projects.setTeam(p.id, team);
    return projects.get(p.id);
}

// Three staff of a department: the first coordinates the project.
QList<TeamMember> staffOfDepartment(Database &db, int index, const Say &say)
{
    Query q(db, u"SELECT s.id FROM staff s WHERE s.department_id = (SELECT id FROM department "
                "ORDER BY id LIMIT 1 OFFSET :i) ORDER BY s.id LIMIT 3"_s);
    q.bind(u":i"_s, index).exec();
    QList<TeamMember> team;
    while (q.next())
        team.append({q.integer(0),
                     team.isEmpty() ? say(u"координатор проекта"_s, u"координатор проєкту"_s)
                                    : say(u"специалист"_s, u"фахівець"_s),
                     {},
                     {},
                     true});
    return team;
}

} // namespace

void addDemoProjects(Database &db, const DemoOptions &options)
{
    const Say say{options.profile == Profile::Ua};
    const QString people = say(u"чел."_s, u"осіб"_s);
    const QDate now = today();
    const qint64 minorMother = categoryId(db, u"minor_mother"_s);
    const qint64 pregnantMinor = categoryId(db, u"pregnant_minor"_s);
    const qint64 disability = categoryId(db, u"child_disability"_s);
    const qint64 lowIncome = categoryId(db, u"low_income"_s);
    const qint64 sop = categoryId(db, u"sop_family"_s);

    // 1. Minor mothers: nearly over, its round table ahead.
    Project young;
    young.name = say(u"«Юная мама»: поддержка несовершеннолетних матерей"_s,
                     u"«Юна мама»: підтримка неповнолітніх матерів"_s);
    young.funder =
        say(u"Благотворительный фонд «Открытые сердца»"_s, u"Благодійний фонд «Відкриті серця»"_s);
    young.agreementNo = u"ОС-2026/014"_s;
    young.amountMinor = say.ua ? 185000000 : 245000000;
    young.currency = say(u"RUB"_s, u"UAH"_s);
    young.startsOn = now.addDays(-330);
    young.endsOn = now.addDays(35);
    young.goal = say(u"Сохранить ребёнка в семье несовершеннолетней матери и помочь ей стать "
                     "самостоятельной."_s,
                     u"Зберегти дитину в сім’ї неповнолітньої матері та допомогти їй стати "
                     "самостійною."_s);
    young.tasks = say(u"Школа материнства; наставничество волонтёров; психологическая и "
                      "юридическая помощь; обучение специалистов."_s,
                      u"Школа материнства; наставництво волонтерів; психологічна та юридична "
                      "допомога; навчання фахівців."_s);
    young.targetGroups = say(u"Несовершеннолетние матери и беременные несовершеннолетние."_s,
                             u"Неповнолітні матері та вагітні неповнолітні."_s);
    young.partners = say(u"Городская детская поликлиника; колледж сферы услуг."_s,
                         u"Міська дитяча поліклініка; коледж сфери послуг."_s);
    young.results = say(
        u"Ни один ребёнок из семей проекта не был разлучён с матерью. Девять юных мам вернулись "
        "к учёбе, трое нашли работу. Школа материнства стала постоянной формой работы центра."_s,
        u"Жодну дитину з родин проєкту не було розлучено з матір’ю. Дев’ять юних мам повернулися "
        "до навчання, троє знайшли роботу. Школа материнства стала постійною формою роботи центру."_s);
    young.lessons = say(
        u"Наставник нужен с первой недели, а не после оценки нуждаемости. Занятия лучше проводить "
        "днём, пока работают ясли."_s,
        u"Наставник потрібен з першого тижня, а не після оцінювання потреб. Заняття краще "
        "проводити вдень, поки працюють ясла."_s);
    young.proposals = say(
        u"Включить школу материнства в перечень постоянных услуг центра; обучить наставников в "
        "двух соседних районах."_s,
        u"Включити школу материнства до переліку постійних послуг центру; навчити наставників у "
        "двох сусідніх громадах."_s);
    young = makeProject(db, young, staffOfDepartment(db, 0, say));
    attributeServices(db, young, minorMother, pregnantMinor);
    attributeEvents(db, young, u"parents_school"_s);
    attributeEvents(db, young, u"training"_s);
    enrolCategory(db, young, minorMother);
    enrolCategory(db, young, pregnantMinor);
    addMentors(db, young, options, say);

    // 2. A counselling point for families in a difficult situation, in its first months.
    Project point;
    point.name = say(u"Семейный консультационный пункт «Диалог»"_s,
                     u"Сімейний консультаційний пункт «Діалог»"_s);
    point.funder = say(u"Фонд «Крепкая семья»"_s, u"Фонд «Міцна родина»"_s);
    point.agreementNo = u"КС-117"_s;
    point.startsOn = now.addDays(-240);
    point.endsOn = now.addDays(125);
    point.goal = say(u"Предупредить семейное неблагополучие через доступные консультации."_s,
                     u"Запобігти сімейному неблагополуччю через доступні консультації."_s);
    point.tasks = say(u"Консультации психолога и юриста, очно и онлайн; круглые столы."_s,
                      u"Консультації психолога та юриста, очно й онлайн; круглі столи."_s);
    point.targetGroups = say(u"Малоимущие семьи; семьи в социально опасном положении."_s,
                             u"Малозабезпечені сім’ї; сім’ї у складних життєвих обставинах."_s);
    point = makeProject(db, point, staffOfDepartment(db, 1, say));
    attributeServices(db, point, lowIncome, sop);
    attributeEvents(db, point, u"round_table"_s);

    // 3. Home services for children with disabilities: finished.
    Project home;
    home.name = say(u"«Дома лучше»: помощь на дому семьям детей с инвалидностью"_s,
                    u"«Вдома краще»: допомога вдома сім’ям дітей з інвалідністю"_s);
    home.funder = say(u"Фонд «Равные возможности»"_s, u"Фонд «Рівні можливості»"_s);
    home.agreementNo = u"РВ-09/25"_s;
    home.startsOn = now.addDays(-364);
    home.endsOn = now.addDays(-4);
    home.status = u"completed"_s;
    home.goal = say(u"Дать семьям детей с инвалидностью помощь там, где они живут."_s,
                    u"Дати сім’ям дітей з інвалідністю допомогу там, де вони живуть."_s);
    home.targetGroups = say(u"Семьи, воспитывающие детей с инвалидностью."_s,
                            u"Сім’ї, які виховують дітей з інвалідністю."_s);
    home = makeProject(db, home, staffOfDepartment(db, 2, say));
    attributeServices(db, home, disability, disability);
    attributeEvents(db, home, u"class"_s);
    attributeEvents(db, home, u"outreach"_s);
    enrolCategory(db, home, disability);

    const QString mainType = say(u"psychological"_s, u"consulting"_s);
    addIndicators(
        db, young,
        {{say(u"Несовершеннолетние матери, включённые в целевую группу проекта"_s,
              u"Неповнолітні матері, включені до цільової групи проєкту"_s),
          people,
          IndicatorMethod::Enrolled,
          {{u"category_id"_s, minorMother}},
          0.9},
         {say(u"Проведено занятий школы материнства"_s, u"Проведено занять школи материнства"_s),
          say(u"занятий"_s, u"занять"_s),
          IndicatorMethod::EventsHeld,
          {{u"event_types"_s, QJsonArray{u"parents_school"_s}}},
          0.95},
         {say(u"Участницы школы материнства"_s, u"Учасниці школи материнства"_s),
          people,
          IndicatorMethod::Participants,
          {{u"measure"_s, u"people"_s}, {u"event_types"_s, QJsonArray{u"parents_school"_s}}},
          1.3},
         {say(u"Охват мероприятиями проекта (посещения и участники по численности)"_s,
              u"Охоплення заходами проєкту (відвідування та учасники за чисельністю)"_s),
          people,
          IndicatorMethod::Participants,
          {{u"measure"_s, u"total"_s}},
          0.8},
         {say(u"Получатели социальных услуг в рамках проекта"_s,
              u"Отримувачі соціальних послуг у межах проєкту"_s),
          people,
          IndicatorMethod::PeopleServed,
          {},
          0.95},
         {say(u"Специалисты, прошедшие обучение"_s, u"Фахівці, які пройшли навчання"_s),
          people,
          IndicatorMethod::SpecialistsTrained,
          {},
          0.9},
         {say(u"Волонтёры-наставники"_s, u"Волонтери-наставники"_s),
          people,
          IndicatorMethod::Volunteers,
          {},
          0,
          8},
         {say(u"Часы работы наставников"_s, u"Години роботи наставників"_s),
          say(u"ч"_s, u"год"_s),
          IndicatorMethod::Volunteers,
          {{u"measure"_s, u"hours"_s}},
          0.9},
         {say(u"Доля семей, где положение улучшилось"_s,
              u"Частка сімей, де становище покращилося"_s),
          u"%"_s,
          IndicatorMethod::ImprovedShare,
          {},
          0,
          70},
         {say(u"Публикации о проекте в СМИ"_s, u"Публікації про проєкт у ЗМІ"_s),
          say(u"публикаций"_s, u"публікацій"_s),
          IndicatorMethod::Manual,
          {},
          0,
          6}});

    addIndicators(
        db, point,
        {{say(u"Семьи, получившие консультации"_s, u"Сім’ї, які отримали консультації"_s),
          say(u"семей"_s, u"сімей"_s),
          IndicatorMethod::FamiliesServed,
          {},
          1.1},
         {say(u"Консультации психолога"_s, u"Консультації"_s),
          say(u"консультаций"_s, u"консультацій"_s),
          IndicatorMethod::Services,
          {{u"type"_s, mainType}},
          1.5},
         {say(u"Часы консультирования"_s, u"Години консультування"_s),
          say(u"ч"_s, u"год"_s),
          IndicatorMethod::Services,
          {{u"measure"_s, u"hours"_s}},
          0.9},
         {say(u"Круглые столы по профилактике семейного неблагополучия"_s,
              u"Круглі столи з профілактики сімейного неблагополуччя"_s),
          say(u"мероприятий"_s, u"заходів"_s),
          IndicatorMethod::EventsHeld,
          {{u"event_types"_s, QJsonArray{u"round_table"_s}}},
          0,
          3},
         {say(u"Средняя продолжительность сопровождения"_s, u"Середня тривалість супроводу"_s),
          say(u"дней"_s, u"днів"_s),
          IndicatorMethod::SupportLength,
          {},
          0,
          std::nullopt}});

    addIndicators(db, home,
                  {{say(u"Дети с инвалидностью в целевой группе"_s,
                        u"Діти з інвалідністю в цільовій групі"_s),
                    people,
                    IndicatorMethod::Enrolled,
                    {{u"category_id"_s, disability}},
                    0.95},
                   {say(u"Услуги, оказанные на дому"_s, u"Послуги, надані вдома"_s),
                    say(u"услуг"_s, u"послуг"_s),
                    IndicatorMethod::Services,
                    {{u"form"_s, u"home"_s}},
                    0.9},
                   {say(u"Занятия по сенсорной интеграции"_s, u"Заняття з сенсорної інтеграції"_s),
                    say(u"занятий"_s, u"занять"_s),
                    IndicatorMethod::EventsHeld,
                    {{u"event_types"_s, QJsonArray{u"class"_s}}},
                    0,
                    12},
                   {say(u"Дети и родители на занятиях"_s, u"Діти та батьки на заняттях"_s),
                    people,
                    IndicatorMethod::Participants,
                    {{u"measure"_s, u"headcount"_s},
                     {u"event_types"_s, QJsonArray{u"class"_s}},
                     {u"audiences"_s, QJsonArray{u"children"_s, u"parents"_s}}},
                    1.2},
                   {say(u"Жители, охваченные выездами мобильной бригады"_s,
                        u"Мешканці, охоплені виїздами мобільної бригади"_s),
                    people,
                    IndicatorMethod::Participants,
                    {{u"measure"_s, u"headcount"_s}, {u"event_types"_s, QJsonArray{u"outreach"_s}}},
                    0.85}});

    // The press clippings are counted by hand.
    ProjectRepository projects(db);
    Indicator press = projects.indicators(young.id).last();
    press.comment = say(u"Статьи в городской газете и на сайте администрации района."_s,
                        u"Статті в міській газеті та на сайті районної адміністрації."_s);
    projects.updateIndicator(press);
    press = projects.indicator(press.id);
    DemoRandom random(options.seed, "press");
    for (int i = 0; i < 4; ++i)
        projects.addValue(press.id,
                          {0, young.startsOn.addDays(40 + i * 70 + random.between(0, 20)), 1,
                           say(u"Статья в городской газете"_s, u"Стаття в міській газеті"_s)});
}

} // namespace opora::demo
