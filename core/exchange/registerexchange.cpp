#include "exchange/registerexchange.h"

#include "clock.h"
#include "db/query.h"
#include "error.h"
#include "exchange/exchangeindex.h"
#include "exchange/importdriver.h"
#include "register/caserepository.h"
#include "register/householdrepository.h"
#include "text/normalize.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

QString familyKey(const QString &name, const QString &address)
{
    return searchKey(name) + u'|' + searchKey(address);
}

const QList<CsvColumn> familyColumns(bool required)
{
    return {{u"family"_s,
             HouseholdExchange::tr("Family"),
             {u"Семья"_s, u"Сім'я"_s, u"Родина"_s, u"household"_s},
             required},
            {u"family_address"_s,
             HouseholdExchange::tr("Family address"),
             {u"Адрес семьи"_s, u"Адреса родини"_s, u"Адрес"_s, u"Адреса"_s, u"address"_s}}};
}

const QList<QStringList> Relations{
    {u"mother"_s, u"мать"_s, u"мама"_s, u"мати"_s},
    {u"father"_s, u"отец"_s, u"папа"_s, u"батько"_s, u"тато"_s},
    {u"child"_s, u"ребёнок"_s, u"ребенок"_s, u"сын"_s, u"дочь"_s, u"дитина"_s, u"син"_s,
     u"донька"_s},
    {u"grandparent"_s, u"бабушка"_s, u"дедушка"_s, u"бабуся"_s, u"дідусь"_s, u"баба"_s},
    {u"guardian"_s, u"опекун"_s, u"попечитель"_s, u"опікун"_s, u"піклувальник"_s},
    {u"partner"_s, u"партнёр"_s, u"партнер"_s, u"муж"_s, u"жена"_s, u"чоловік"_s, u"дружина"_s},
    {u"other"_s, u"другое"_s, u"другой"_s, u"інше"_s, u"інший"_s},
};

const QList<QStringList> Statuses{
    {u"new"_s, u"новый"_s, u"новий"_s},
    {u"assessment"_s, u"оценка"_s, u"оцінка"_s, u"оценка нуждаемости"_s, u"оцінка потреб"_s},
    {u"active"_s, u"сопровождение"_s, u"супровід"_s, u"активный"_s, u"активний"_s},
    {u"review"_s, u"пересмотр"_s, u"перегляд"_s},
    {u"closed"_s, u"закрыт"_s, u"закрытый"_s, u"закрито"_s, u"закритий"_s},
};

const QList<QStringList> Outcomes{
    {u"improved"_s, u"улучшение"_s, u"покращення"_s},
    {u"partly_improved"_s, u"частичное улучшение"_s, u"часткове покращення"_s},
    {u"unchanged"_s, u"без изменений"_s, u"без змін"_s},
    {u"worsened"_s, u"ухудшение"_s, u"погіршення"_s},
    {u"not_assessed"_s, u"не оценивалось"_s, u"не оцінювалося"_s},
};

// Family key -> id of the stored families (archived ones only when asked).
QHash<QString, qint64> familyIndex(const Database &db, bool withArchived)
{
    QHash<QString, qint64> families;
    Query q(db, u"SELECT id, name, address FROM household"_s +
                    (withArchived ? QString() : u" WHERE archived_at IS NULL"_s));
    q.exec();
    while (q.next())
        families.insert(familyKey(q.text(1), q.text(2)), q.integer(0));
    return families;
}

struct FamilyRow
{
    QString key;
    HouseholdRecord family;
    qint64 personId = 0;
    QString relation;
};

} // namespace

QList<CsvColumn> HouseholdExchange::columns()
{
    QList<CsvColumn> c = familyColumns(true);
    c.append({u"notes"_s, tr("Notes"), {u"Примечания"_s, u"Примітки"_s, u"comment"_s}});
    c.append(ExchangeIndex::personColumns(false));
    c.append({u"relation"_s, tr("Relation"), {u"Родство"_s, u"Спорідненість"_s, u"Роль"_s}});
    return c;
}

ImportReport HouseholdExchange::import(Database &db, const CsvTable &table,
                                       const ImportOptions &options)
{
    const ExchangeIndex index(db, table);
    // The families already stored, archived too, by name and address.
    const QHash<QString, qint64> families = familyIndex(db, true);
    HouseholdRepository repository(db);
    ImportKind<FamilyRow> kind;
    kind.columns = columns();
    kind.parse = [&index](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        FamilyRow r;
        r.family.name = map.value(row, u"family"_s);
        r.family.address = map.value(row, u"family_address"_s);
        r.family.notes = map.value(row, u"notes"_s);
        r.key = familyKey(r.family.name, r.family.address);
        r.personId = index.person(map, row, reasons);
        const QString relation = map.value(row, u"relation"_s);
        bool ok = true;
        r.relation =
            relation.isEmpty() ? u"other"_s : ExchangeIndex::choice(relation, Relations, &ok);
        if (!ok)
            reasons << tr("Relation: write mother, father, child, grandparent, guardian, partner "
                          "or other (мать, отец, ребёнок… or мати, батько, дитина…).");
        collectReasons(reasons, [&] { HouseholdRepository::validate(r.family); });
        return r;
    };
    kind.key = [](const FamilyRow &r) -> QString {
        return r.key + u'|' + QString::number(r.personId);
    };
    kind.storedKeys = [&db](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT h.name, h.address, coalesce(m.person_id, 0) FROM household h LEFT "
                    "JOIN household_member m ON m.household_id = h.id"_s);
        q.exec();
        while (q.next()) {
            const QString family = familyKey(q.text(0), q.text(1));
            keys.insert(family + u"|0"_s);
            keys.insert(family + u'|' + q.text(2));
        }
        return keys;
    };
    kind.storeAll = [&families, &repository](const QList<FamilyRow> &rows) {
        // One record per family of the file: a new one with its members, or the members to
        // add to a family already stored.
        QHash<QString, qsizetype> at;
        QList<HouseholdRecord> all;
        for (const FamilyRow &r : rows) {
            auto it = at.constFind(r.key);
            if (it == at.constEnd()) {
                HouseholdRecord h = r.family;
                h.id = families.value(r.key);
                it = at.insert(r.key, all.size());
                all << h;
            }
            if (r.personId)
                all[*it].members.append({r.personId, r.relation, {}});
        }
        repository.importFamilies(all);
    };
    return importTable(db, table, options, kind);
}

int HouseholdExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT h.name, h.address, h.notes, coalesce(p.surname, ''), "
                "coalesce(p.first_name, ''), coalesce(p.patronymic, ''), coalesce(p.birth_date, "
                "''), coalesce(m.relation, '') FROM household h LEFT JOIN household_member m ON "
                "m.household_id = h.id LEFT JOIN person p ON p.id = m.person_id WHERE "
                "h.archived_at IS NULL ORDER BY h.name_key, h.id, p.surname_key, p.id"_s);
    q.exec();
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5),
                    CsvExport::date(q.text(6)), q.text(7)});
    return out.save(path, u"household"_s);
}

QList<CsvColumn> CaseExchange::columns()
{
    QList<CsvColumn> c{{u"number"_s,
                        tr("Case number"),
                        {u"Номер случая"_s, u"Номер випадку"_s, u"Номер"_s, u"case"_s}}};
    c.append(ExchangeIndex::personColumns(false));
    c.append(familyColumns(false));
    c.append({
        {u"opened_on"_s,
         tr("Opened"),
         {u"Открыт"_s, u"Дата открытия"_s, u"Відкрито"_s, u"Дата відкриття"_s, u"opened"_s},
         true},
        {u"status"_s, tr("Status"), {u"Статус"_s, u"Состояние"_s, u"Стан"_s}},
        {u"closed_on"_s,
         tr("Closed"),
         {u"Закрыт"_s, u"Дата закрытия"_s, u"Закрито"_s, u"Дата закриття"_s, u"closed"_s}},
        {u"closure_reason"_s,
         tr("Reason for closing"),
         {u"Причина закрытия"_s, u"Причина закриття"_s}},
        {u"outcome"_s, tr("Outcome"), {u"Результат"_s}},
        {u"responsible"_s,
         tr("Responsible specialist"),
         {u"Ответственный"_s, u"Відповідальний"_s, u"specialist"_s}},
        {u"department"_s, tr("Department"), {u"Отделение"_s, u"Відділ"_s, u"Відділення"_s}},
        {u"summary"_s, tr("Summary"), {u"Описание"_s, u"Опис"_s, u"Суть"_s}},
    });
    return c;
}

ImportReport CaseExchange::import(Database &db, const CsvTable &table, const ImportOptions &options)
{
    const ExchangeIndex index(db, table);
    const QHash<QString, qint64> families = familyIndex(db, false);
    CaseRepository cases(db);
    ImportKind<CaseRecord> kind;
    kind.columns = columns();
    kind.parse = [&index, &families](const CsvHeaderMapper &map, const CsvRecord &row,
                                     QStringList &reasons) {
        CaseRecord c;
        c.number = map.value(row, u"number"_s);
        c.personId = index.person(map, row, reasons);
        const QString family = map.value(row, u"family"_s);
        if (!family.isEmpty()) {
            c.householdId = families.value(familyKey(family, map.value(row, u"family_address"_s)));
            if (!c.householdId)
                reasons << tr("The family %1 is not in the register: import families first.")
                               .arg(family);
        }
        c.openedOn = readDateCell(map, row, u"opened_on"_s, tr("Opened"), reasons);
        c.closedOn = readDateCell(map, row, u"closed_on"_s, tr("Closed"), reasons);
        bool ok = true;
        const QString status = map.value(row, u"status"_s);
        c.status = status.isEmpty()
                       ? (c.closedOn.isValid() ? CaseStatus::Closed : CaseStatus::Active)
                       : ExchangeIndex::choice(status, Statuses, &ok);
        if (!ok)
            reasons << tr("Status: write new, assessment, active, review or closed.");
        const QString outcome = map.value(row, u"outcome"_s);
        if (!outcome.isEmpty()) {
            c.outcome = ExchangeIndex::choice(outcome, Outcomes, &ok);
            if (!ok)
                reasons << tr("Outcome: write improved, partly_improved, unchanged, worsened or "
                              "not_assessed.");
        }
        c.closureReasonId = index.closureReason(map.value(row, u"closure_reason"_s), reasons);
        c.responsibleId = index.staff(map.value(row, u"responsible"_s), reasons);
        c.departmentId = index.department(map.value(row, u"department"_s), reasons);
        c.summary = map.value(row, u"summary"_s);
        if (reasons.isEmpty()) {
            collectReasons(reasons, [&] { CaseRepository::validate(c); });
        }
        return c;
    };
    kind.key = [](const CaseRecord &c) {
        return c.number.trimmed().isEmpty()
                   ? u"%1|%2|%3"_s.arg(c.personId).arg(c.householdId).arg(isoDate(c.openedOn))
                   : c.number.trimmed();
    };
    kind.storedKeys = [&db](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT number, coalesce(person_id, 0), coalesce(household_id, 0), "
                    "opened_on FROM case_file"_s);
        q.exec();
        while (q.next()) {
            keys.insert(q.text(0));
            keys.insert(u"%1|%2|%3"_s.arg(q.integer(1)).arg(q.integer(2)).arg(q.text(3)));
        }
        return keys;
    };
    kind.storeAll = [&cases](const QList<CaseRecord> &all) {
        cases.createImportedMany(all);
    };
    return importTable(db, table, options, kind);
}

int CaseExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT c.number, coalesce(p.surname, ''), coalesce(p.first_name, ''), "
                "coalesce(p.patronymic, ''), coalesce(p.birth_date, ''), coalesce(h.name, ''), "
                "coalesce(h.address, ''), c.opened_on, c.status, coalesce(c.closed_on, ''), "
                "coalesce(r.name, ''), coalesce(c.outcome, ''), coalesce(s.surname || ' ' || "
                "s.first_name || ' ' || s.patronymic, ''), coalesce(d.name, ''), c.summary FROM "
                "case_file c LEFT JOIN person p ON p.id = c.person_id LEFT JOIN household h ON "
                "h.id = c.household_id LEFT JOIN ref_item r ON r.id = c.closure_reason_id LEFT "
                "JOIN staff s ON s.id = c.responsible_id LEFT JOIN department d ON d.id = "
                "c.department_id WHERE c.archived_at IS NULL ORDER BY c.year, c.seq"_s);
    q.exec();
    const auto date = &CsvExport::date;
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), q.text(3), date(q.text(4)), q.text(5),
                    q.text(6), date(q.text(7)), q.text(8), date(q.text(9)), q.text(10), q.text(11),
                    q.text(12).trimmed(), q.text(13), q.text(14)});
    return out.save(path, u"case"_s);
}

} // namespace opora
