#include "exchange/exchangeindex.h"

#include "clock.h"
#include "db/bulk.h"
#include "db/database.h"
#include "db/query.h"
#include "exchange/importdriver.h"
#include "text/normalize.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

// Adds key → id, marking a key two records share with -1.
void add(QHash<QString, qint64> &index, const QString &key, qint64 id)
{
    const auto it = index.constFind(key);
    index.insert(key, it == index.cend() || *it == id ? id : -1);
}

} // namespace

ExchangeIndex::ExchangeIndex(const Database &db, const CsvTable &table)
    : m_db(db)
{
    const CsvHeaderMapper map(personColumns(false), table.header);
    QSet<QString> surnames;
    if (map.hasColumn(u"surname"_s))
        for (const CsvRecord &row : table.rows)
            surnames.insert(keyOf(map.value(row, u"surname"_s)));
    // The stored search keys are the names as searchKey spells them.
    Query people(db, u"SELECT p.id, p.surname_key, p.first_name_key, "
                     "coalesce(p.patronymic_key, ''), coalesce(p.birth_date, '') FROM "
                     "json_each(:surnames) s JOIN person p ON p.surname_key = s.value WHERE "
                     "p.archived_at IS NULL"_s);
    people.bind(u":surnames"_s, jsonArray(surnames.values())).exec();
    const QString anyMiddle = searchKey(u"*"_s); // as personKey spells a missing patronymic
    while (people.next()) {
        const qint64 id = people.integer(0);
        const QString surname = people.text(1);
        const QString firstName = people.text(2);
        const QString born = people.text(4);
        for (const QString &middle : {people.text(3), anyMiddle}) {
            // Files without patronymics: surname, first name and birth date.
            const QString name = surname + u'|' + firstName + u'|' + middle + u'|';
            add(m_people, name + born, id);
            add(m_people, name + u'*', id);
        }
    }
    Query staff(db, u"SELECT id, surname, first_name, patronymic FROM staff"_s);
    staff.exec();
    while (staff.next()) {
        const qint64 id = staff.integer(0);
        add(m_staff, searchKey(QString(staff.text(1) + staff.text(2) + staff.text(3))), id);
        if (!staff.text(3).isEmpty())
            add(m_staff, searchKey(QString(staff.text(1) + staff.text(2))), id);
    }
    Query departments(db, u"SELECT id, name FROM department"_s);
    departments.exec();
    while (departments.next())
        add(m_departments, searchKey(departments.text(1)), departments.integer(0));
    Query projects(db, u"SELECT id, name FROM project WHERE archived_at IS NULL"_s);
    projects.exec();
    while (projects.next())
        add(m_projects, searchKey(projects.text(1)), projects.integer(0));
    Query reasons(db, u"SELECT id, code, name FROM ref_item WHERE list = 'closure_reason'"_s);
    reasons.exec();
    while (reasons.next()) {
        add(m_reasons, searchKey(reasons.text(1)), reasons.integer(0));
        add(m_reasons, searchKey(reasons.text(2)), reasons.integer(0));
    }
}

QList<CsvColumn> ExchangeIndex::personColumns(bool required)
{
    return {
        {u"surname"_s, tr("Surname"), {u"Фамилия"_s, u"Прізвище"_s, u"last name"_s}, required},
        {u"first_name"_s, tr("First name"), {u"Имя"_s, u"Ім'я"_s, u"name"_s}, required},
        {u"patronymic"_s, tr("Patronymic"), {u"Отчество"_s, u"По батькові"_s, u"middle name"_s}},
        {u"birth_date"_s,
         tr("Birth date"),
         {u"Дата рождения"_s, u"Дата народження"_s, u"born"_s, u"date of birth"_s}},
    };
}

QString ExchangeIndex::personKey(const QString &surname, const QString &firstName,
                                 const QString &patronymic, const QString &isoBirthDate)
{
    return QStringList{searchKey(surname), searchKey(firstName), searchKey(patronymic),
                       isoBirthDate}
        .join(u'|');
}

qint64 ExchangeIndex::person(const CsvHeaderMapper &map, const CsvRecord &row,
                             QStringList &reasons) const
{
    const QString surname = map.value(row, u"surname"_s);
    const QString firstName = map.value(row, u"first_name"_s);
    const QString patronymic = map.value(row, u"patronymic"_s);
    if (surname.isEmpty() && firstName.isEmpty())
        return 0;
    const qint64 before = reasons.size();
    const QDate born = readDateCell(map, row, u"birth_date"_s, tr("Birth date"), reasons);
    if (reasons.size() > before)
        return 0;
    const auto name = [&] {
        return QStringList{surname, firstName, patronymic}.join(u' ').simplified();
    };
    // Without a patronymic the person is looked up by the other parts of the name.
    const QString middle = patronymic.isEmpty() ? u"*"_s : patronymic;
    // Without a birth date, the key every birth date of the person was also filed under.
    const QString key = QStringList{keyOf(surname), keyOf(firstName), keyOf(middle),
                                    born.isValid() ? isoDate(born) : u"*"_s}
                            .join(u'|');
    const qint64 id = m_people.value(key, 0);
    if (id < 0 && !born.isValid())
        reasons
            << tr("Several people in the register are called %1: add the birth date.").arg(name());
    else if (id < 0)
        reasons
            << tr("Several people in the register are called %1: add the patronymic.").arg(name());
    else if (id == 0)
        reasons << tr("%1 is not in the register: import or add the person first.").arg(name());
    return std::max<qint64>(id, 0);
}

QString ExchangeIndex::keyOf(const QString &text) const
{
    auto it = m_keys.constFind(text);
    if (it == m_keys.cend())
        it = m_keys.insert(text, searchKey(text));
    return *it;
}

qint64 ExchangeIndex::find(const QHash<QString, qint64> &index, const QString &name,
                           QStringList &reasons, const Message &missing,
                           const Message &several) const
{
    if (name.trimmed().isEmpty())
        return 0;
    const qint64 id = index.value(keyOf(name), 0);
    if (id < 0 && several)
        reasons << several();
    else if (id <= 0)
        reasons << missing();
    return std::max<qint64>(id, 0);
}

qint64 ExchangeIndex::staff(const QString &name, QStringList &reasons) const
{
    return find(
        m_staff, name, reasons,
        [&] { return tr("%1 is not among the staff (Tools → Staff and accounts).").arg(name); },
        [&] { return tr("Two members of staff are called %1: write the full name.").arg(name); });
}

qint64 ExchangeIndex::department(const QString &name, QStringList &reasons) const
{
    return find(m_departments, name, reasons,
                [&] { return tr("There is no department %1.").arg(name); });
}

qint64 ExchangeIndex::closureReason(const QString &name, QStringList &reasons) const
{
    return find(m_reasons, name, reasons,
                [&] { return tr("There is no reason for closing called %1.").arg(name); });
}

qint64 ExchangeIndex::project(const QString &name, QStringList &reasons) const
{
    return find(
        m_projects, name, reasons, [&] { return tr("There is no project %1.").arg(name); },
        [&] { return tr("Two projects are called %1: rename one of them first.").arg(name); });
}

void ExchangeIndex::loadCases(const CsvTable &table, const QList<CsvColumn> &columns,
                              const QString &key)
{
    const CsvHeaderMapper map(columns, table.header);
    if (!map.hasColumn(key))
        return;
    QSet<QString> numbers;
    for (const CsvRecord &row : table.rows)
        if (const QString number = map.value(row, key).trimmed(); !number.isEmpty())
            numbers.insert(number);
    for (const QString &number : std::as_const(numbers))
        m_cases.insert(number, 0);
    Query q(m_db, u"SELECT id, number FROM case_file WHERE number IN (SELECT value FROM "
                  "json_each(:numbers))"_s);
    q.bind(u":numbers"_s, jsonArray(numbers.values())).exec();
    while (q.next())
        m_cases.insert(q.text(1), q.integer(0));
}

qint64 ExchangeIndex::caseByNumber(const QString &number, QStringList &reasons) const
{
    const QString key = number.trimmed();
    if (key.isEmpty())
        return 0;
    auto it = m_cases.constFind(key);
    if (it == m_cases.cend())
        it = m_cases.insert(key, Query(m_db, u"SELECT id FROM case_file WHERE number = :n"_s)
                                     .bind(u":n"_s, key)
                                     .scalar(0)
                                     .toLongLong());
    if (!*it)
        reasons << tr("There is no case %1: import the cases first.").arg(key);
    return *it;
}

qint64 ExchangeIndex::event(const QString &title, const QDate &date, const QString &startsAt) const
{
    if (!m_events) {
        m_events.emplace();
        Query e(m_db, u"SELECT id, title, event_date, starts_at FROM event WHERE archived_at IS "
                      "NULL"_s);
        e.exec();
        while (e.next()) {
            const QString base = searchKey(e.text(1)) + u'|' + e.text(2);
            for (const QString &k : {base, QString(base + u'|' + e.text(3))}) {
                const auto it = m_events->constFind(k);
                m_events->insert(k, it == m_events->cend() ? e.integer(0) : -1);
            }
        }
    }
    QString key = searchKey(title) + u'|' + isoDate(date);
    if (!startsAt.isEmpty())
        key += u'|' + startsAt;
    return m_events->value(key);
}

QString ExchangeIndex::choice(const QString &text, const QList<QStringList> &choices, bool *ok)
{
    // The spellings' keys, worked out once for each list: the lists are the kinds' constants,
    // and an import asks for every row.
    // A spelling of signs only ("+", "-") is its own key, as searchKey keeps letters and digits.
    const auto keyOf = [](const QString &spelling) {
        const QString key = searchKey(spelling);
        return key.isEmpty() ? spelling.trimmed() : key;
    };
    thread_local QHash<const QList<QStringList> *, QHash<QString, QString>> codes;
    auto it = codes.find(&choices);
    if (it == codes.end()) {
        QHash<QString, QString> byKey;
        for (const QStringList &spellings : choices)
            for (const QString &s : spellings)
                byKey.insert(keyOf(s), spellings.first()); // no spelling has two codes
        it = codes.insert(&choices, byKey);
    }
    const auto code = it->constFind(keyOf(text));
    *ok = code != it->cend();
    return *ok ? *code : QString();
}

} // namespace opora
