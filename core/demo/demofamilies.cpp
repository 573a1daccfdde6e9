#include "demo/demofamilies.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "register/caserepository.h"
#include "register/householdrepository.h"
#include "register/personrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace opora::demo {

namespace {

enum class Kind { MinorMother, Disability, Difficult };

class FamilyBuilder
{
public:
    FamilyBuilder(Database &db, const DemoOptions &options)
        : m_db(db)
        , m_options(options)
        , m_random(options.seed, "families")
        , m_names(demoNames(options.profile))
        , m_people(db)
        , m_households(db)
        , m_cases(db)
    {
        Query refs(db, u"SELECT list, code, id FROM ref_item"_s);
        refs.exec();
        while (refs.next())
            m_refs.insert(refs.text(0) + u'/' + refs.text(1), refs.integer(2));
        Query staff(db, u"SELECT department_id, id FROM staff ORDER BY id"_s);
        staff.exec();
        while (staff.next()) {
            if (!m_departments.contains(staff.integer(0)))
                m_departments << staff.integer(0);
            m_staff[staff.integer(0)] << staff.integer(1);
        }
    }

    void build()
    {
        const int families = 90 * std::max(1, m_options.size);
        for (int i = 0; i < families; ++i) {
            const int roll = m_random.between(1, 100);
            const Kind kind = roll <= 40   ? Kind::MinorMother
                              : roll <= 68 ? Kind::Disability
                                           : Kind::Difficult;
            buildFamily(kind);
        }
    }

private:
    qint64 ref(const QString &list, const QString &code) const
    {
        return m_refs.value(list + u'/' + code);
    }

    // The ids of those codes the profile's list has (the two profiles name things apart).
    QList<qint64> existing(const QString &list, const QStringList &codes) const
    {
        QList<qint64> ids;
        for (const QString &code : codes)
            if (const qint64 id = ref(list, code))
                ids << id;
        return ids;
    }

    QDate birthDate(int minAge, int maxAge)
    {
        return today().addDays(-m_random.between(minAge * 365 + 1, maxAge * 365 + 300));
    }

    QString phone()
    {
        const QString operatorCode =
            m_options.profile == Profile::Ua
                ? u"+380 "_s + m_random.pick(QStringList{u"50"_s, u"66"_s, u"67"_s, u"68"_s,
                                                         u"73"_s, u"93"_s, u"97"_s, u"99"_s})
                : u"+7 9"_s + QString::number(m_random.between(10, 99));
        return operatorCode + u" %1-%2-%3"_s.arg(m_random.between(100, 999))
                                  .arg(m_random.between(10, 99))
                                  .arg(m_random.between(10, 99));
    }

    QString address()
    {
        return m_names.addressFormat.arg(m_names.city, m_random.pick(m_names.streets))
            .arg(m_random.between(1, 120))
            .arg(m_random.between(1, 200));
    }

    qint64 person(const QString &surname, bool female, int minAge, int maxAge,
                  const QList<qint64> &categories, bool withPhone, const QString &home)
    {
        PersonRecord p;
        p.surname = female ? femaleSurname(m_options.profile, surname) : surname;
        p.firstName = m_random.pick(female ? m_names.femaleFirst : m_names.maleFirst);
        p.patronymic = patronymic(m_options.profile, m_random.pick(m_names.patronymics), female);
        p.birthDate = birthDate(minAge, maxAge);
        p.sex = female ? u"f"_s : u"m"_s;
        if (withPhone)
            p.phone = phone();
        p.address = home;
        p.categoryIds = categories;
        return m_people.create(p);
    }

    void consent(qint64 personId, const QDate &on, const QString &signedBy)
    {
        const QString now = nowUtc();
        Query q(m_db, u"INSERT INTO consent(person_id, given_on, signed_by, scope, created_at, "
                      "updated_at) VALUES(:p, :on, :by, :scope, :now, :now)"_s);
        q.bind(u":p"_s, personId)
            .bind(u":on"_s, isoDate(on))
            .bind(u":by"_s, signedBy)
            .bind(u":scope"_s, m_names.consentScope)
            .bind(u":now"_s, now)
            .exec();
        recordAudit(m_db, AuditAction::Create, u"consent"_s, q.lastInsertId(),
                    {u"given_on"_s, u"signed_by"_s, u"scope"_s});
    }

    void buildFamily(Kind kind)
    {
        const QString surname = m_random.pick(m_names.surnamesMale);
        const QString home = address();
        QList<HouseholdMember> members;
        qint64 subject = 0; // the person a case is about, or 0 for the household
        qint64 consentPerson = 0;
        QString representative;
        QList<qint64> circumstances;
        qint64 department = m_departments.value(0);

        if (kind == Kind::MinorMother) {
            const bool pregnant = m_random.chance(20);
            const qint64 mother =
                person(surname, true, 14, 17,
                       {ref(u"category"_s, pregnant ? u"pregnant_minor"_s : u"minor_mother"_s)},
                       true, home);
            members.append({mother, u"mother"_s, {}});
            if (!pregnant)
                members.append(
                    {person(surname, m_random.chance(50), 0, 1, {}, false, home), u"child"_s, {}});
            if (m_random.chance(60)) {
                const qint64 grandmother = person(surname, true, 34, 50, {}, true, home);
                members.append({grandmother, u"grandparent"_s, {}});
                representative = m_people.get(grandmother).fullName();
            } else {
                // Her mother lives elsewhere and is not in the register, yet she signs.
                representative = QStringList{femaleSurname(m_options.profile, surname),
                                             m_random.pick(m_names.femaleFirst),
                                             patronymic(m_options.profile,
                                                        m_random.pick(m_names.patronymics), true)}
                                     .join(u' ');
            }
            subject = mother;
            consentPerson = mother;
            circumstances =
                existing(u"circumstance"_s, {u"child_adaptation"_s, u"parental_neglect"_s});
            if (m_random.chance(40))
                circumstances << existing(u"circumstance"_s, {u"no_work"_s});
            department = m_departments.value(1, department);
        } else if (kind == Kind::Disability) {
            const qint64 mother = person(surname, true, 26, 45, {}, true, home);
            members.append({mother, u"mother"_s, {}});
            if (m_random.chance(65))
                members.append({person(surname, false, 28, 50, {}, m_random.chance(50), home),
                                u"father"_s,
                                {}});
            members.append({person(surname, m_random.chance(45), 2, 15,
                                   {ref(u"category"_s, u"child_disability"_s)}, false, home),
                            u"child"_s,
                            {}});
            if (m_random.chance(40))
                members.append(
                    {person(surname, m_random.chance(50), 1, 12, {}, false, home), u"child"_s, {}});
            consentPerson = mother;
            circumstances =
                existing(u"circumstance"_s, {u"disabled_member_care"_s, u"disability"_s});
            if (m_random.chance(30))
                circumstances << existing(u"circumstance"_s, {u"no_carer"_s, u"low_income"_s});
            department = m_departments.value(2, department);
        } else {
            const int children = m_random.between(1, 5);
            const QString category = children >= 3         ? u"large_family"_s
                                     : m_random.chance(30) ? u"sop_family"_s
                                                           : u"low_income"_s;
            const qint64 mother =
                person(surname, true, 22, 44, {ref(u"category"_s, category)}, true, home);
            members.append({mother, u"mother"_s, {}});
            if (m_random.chance(45))
                members.append({person(surname, false, 24, 50, {}, true, home), u"father"_s, {}});
            for (int c = 0; c < children; ++c)
                members.append(
                    {person(surname, m_random.chance(50), 0, 16, {}, false, home), u"child"_s, {}});
            consentPerson = mother;
            circumstances =
                m_random.chance(50)
                    ? existing(u"circumstance"_s, {u"family_conflict"_s, u"domestic_violence"_s})
                    : existing(u"circumstance"_s, {u"no_work"_s});
            department = m_departments.value(0, department);
        }

        HouseholdRecord household;
        household.name = familyName(m_options.profile, surname);
        household.address = home;
        household.members = members;
        const qint64 householdId = m_households.create(household);

        // Half the families came back after an earlier, closed case.
        const bool earlierCase = m_random.chance(50);
        const QDate opened =
            today().addDays(earlierCase ? -m_random.between(320, 700) : -m_random.between(5, 420));
        consent(consentPerson, opened,
                representative.isEmpty() ? m_people.get(consentPerson).fullName()
                                         : m_names.representative.arg(representative));
        if (earlierCase) {
            addCase(subject, householdId, circumstances, department, opened, true);
            addCase(subject, householdId, circumstances, department,
                    today().addDays(-m_random.between(5, 200)), false);
        } else {
            addCase(subject, householdId, circumstances, department, opened, false);
        }
    }

    void addCase(qint64 subject, qint64 household, const QList<qint64> &circumstances,
                 qint64 department, const QDate &opened, bool mustClose)
    {
        CaseRecord c;
        c.personId = subject;
        c.householdId = subject ? 0 : household;
        c.openedOn = opened;
        c.departmentId = department;
        const QList<qint64> staff = m_staff.value(department);
        c.responsibleId = staff.isEmpty() ? 0 : staff.at(1 % staff.size());
        if (staff.size() > 2 && m_random.chance(50))
            c.responsibleId = staff.at(2);
        c.circumstanceIds = circumstances;
        const qint64 id = m_cases.create(c);

        // How far the case has come: older cases got further.
        const int age = opened.daysTo(today());
        int target = mustClose ? 4 : m_random.between(0, 4);
        if (age < 20)
            target = std::min(target, 1);
        else if (age < 60)
            target = std::min(target, 2);
        const QStringList path{CaseStatus::Assessment, CaseStatus::Active, CaseStatus::Review,
                               CaseStatus::Closed};
        QDate date = opened;
        for (int step = 0; step < target; ++step) {
            const int remaining = static_cast<int>(date.daysTo(today()));
            date = date.addDays(std::min(remaining, m_random.between(3, std::max(4, age / 4))));
            const CaseRecord now = m_cases.get(id);
            const QString status = path.at(step);
            if (status == CaseStatus::Closed) {
                const QString reason = m_random.pick(QStringList{
                    u"overcome"_s, u"overcome"_s, u"plan_ended"_s, u"moved"_s, u"refused"_s});
                const QString outcome =
                    reason == u"overcome"_s ? u"improved"_s
                    : reason == u"plan_ended"_s
                        ? m_random.pick(QStringList{u"improved"_s, u"partly_improved"_s})
                        : m_random.pick(QStringList{u"unchanged"_s, u"not_assessed"_s});
                m_cases.changeStatus(id, now.version, status, date,
                                     m_random.pick(m_names.statusComments),
                                     ref(u"closure_reason"_s, reason), outcome);
            } else {
                m_cases.changeStatus(id, now.version, status, date,
                                     m_random.pick(m_names.statusComments));
            }
        }
        const int notes = m_random.between(1, 4);
        for (int n = 0; n < notes; ++n) {
            CaseNote note;
            note.date = opened.addDays(m_random.between(0, std::max(0, age)));
            if (note.date > today())
                note.date = today();
            note.text = m_random.pick(m_names.notes);
            note.kind = m_random.chance(15) ? u"psychologist"_s : u"general"_s;
            m_cases.addNote(id, note);
        }
    }

    Database &m_db;
    const DemoOptions &m_options;
    DemoRandom m_random;
    const DemoNames &m_names;
    PersonRepository m_people;
    HouseholdRepository m_households;
    CaseRepository m_cases;
    QHash<QString, qint64> m_refs;
    QList<qint64> m_departments;
    QHash<qint64, QList<qint64>> m_staff;
};

} // namespace

void addDemoFamilies(Database &db, const DemoOptions &options)
{
    FamilyBuilder(db, options).build();
}

} // namespace opora::demo
