#include "exchange/peopleexchange.h"

#include "clock.h"
#include "csv/csvreader.h"
#include "db/bulk.h"
#include "db/database.h"
#include "db/query.h"
#include "error.h"
#include "exchange/exchangeindex.h"
#include "exchange/importdriver.h"
#include "register/personrepository.h"
#include "text/normalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

// Categories by code or by name, whatever the case.
QHash<QString, qint64> categoryIndex(const Database &db)
{
    QHash<QString, qint64> index;
    Query q(db, u"SELECT id, code, name FROM ref_item WHERE list = 'category'"_s);
    q.exec();
    while (q.next()) {
        index.insert(searchKey(q.text(1)), q.integer(0));
        index.insert(searchKey(q.text(2)), q.integer(0));
    }
    return index;
}

QString duplicateKey(const PersonRecord &p)
{
    return ExchangeIndex::personKey(p.surname, p.firstName, p.patronymic, isoDate(p.birthDate));
}

// The keys of the people in the register (archived ones too) who share a surname with a row of
// the file, so the time follows the file, not the size of the register.
QSet<QString> storedKeys(const Database &db, const QList<PersonRecord> &candidates)
{
    QSet<QString> surnames;
    for (const PersonRecord &p : candidates)
        surnames.insert(searchKey(p.surname));
    QSet<QString> keys;
    Query q(db, u"SELECT p.surname_key, p.first_name_key, p.patronymic_key, "
                "coalesce(p.birth_date, '') FROM json_each(:surnames) s JOIN person p ON "
                "p.surname_key = s.value"_s);
    q.bind(u":surnames"_s, jsonArray(surnames.values())).exec();
    while (q.next())
        keys.insert(QStringList{q.text(0), q.text(1), q.text(2), q.text(3)}.join(u'|'));
    return keys;
}

QString parseSex(const QString &text, bool *ok)
{
    const QString key = searchKey(text);
    *ok = true;
    if (key.isEmpty())
        return {};
    for (const QString &f :
         {u"f"_s, u"female"_s, u"ж"_s, u"жен"_s, u"женский"_s, u"жін"_s, u"жіноча"_s})
        if (key == f)
            return u"f"_s;
    for (const QString &m :
         {u"m"_s, u"male"_s, u"м"_s, u"муж"_s, u"мужской"_s, u"чол"_s, u"чоловіча"_s})
        if (key == m)
            return u"m"_s;
    *ok = false;
    return {};
}

} // namespace

QList<CsvColumn> PeopleExchange::columns()
{
    QList<CsvColumn> c = ExchangeIndex::personColumns(true);
    c.append({
        {u"sex"_s, tr("Sex"), {u"Пол"_s, u"Стать"_s, u"gender"_s}},
        {u"phone"_s, tr("Phone"), {u"Телефон"_s, u"телефон"_s}},
        {u"address"_s, tr("Address"), {u"Адрес"_s, u"Адреса"_s}},
        {u"document"_s, tr("Identity document"), {u"Документ"_s, u"паспорт"_s}},
        {u"categories"_s, tr("Categories"), {u"Категории"_s, u"Категорії"_s, u"Категория"_s}},
        {u"notes"_s, tr("Notes"), {u"Примечания"_s, u"Примітки"_s, u"comment"_s}},
    });
    return c;
}

ImportReport PeopleExchange::importFile(Database &db, const QString &path,
                                        const ImportOptions &options)
{
    return import(db, CsvReader::readFile(path), options);
}

ImportReport PeopleExchange::import(Database &db, const CsvTable &table,
                                    const ImportOptions &options)
{
    const QHash<QString, qint64> categories = categoryIndex(db);
    PersonRepository people(db);
    ImportKind<PersonRecord> kind;
    kind.columns = columns();
    kind.parse = [&categories](const CsvHeaderMapper &map, const CsvRecord &row,
                               QStringList &reasons) {
        PersonRecord p;
        p.surname = map.value(row, u"surname"_s);
        p.firstName = map.value(row, u"first_name"_s);
        p.patronymic = map.value(row, u"patronymic"_s);
        p.birthDate = readDateCell(map, row, u"birth_date"_s, tr("Birth date"), reasons);
        bool sexOk = true;
        p.sex = parseSex(map.value(row, u"sex"_s), &sexOk);
        if (!sexOk)
            reasons << tr("Sex: write f or m (ж or м, жін or чол).");
        p.phone = map.value(row, u"phone"_s);
        p.address = map.value(row, u"address"_s);
        p.document = map.value(row, u"document"_s);
        p.notes = map.value(row, u"notes"_s);
        static const QRegularExpression separators(u"[,;]"_s);
        for (const QString &name :
             map.value(row, u"categories"_s).split(separators, Qt::SkipEmptyParts)) {
            const qint64 id = categories.value(searchKey(name));
            if (id)
                p.categoryIds << id;
            else
                reasons << tr("Unknown category: %1").arg(name.trimmed());
        }
        collectReasons(reasons, [&] { PersonRepository::validate(p); });
        return p;
    };
    kind.key = duplicateKey;
    kind.storedKeys = [&db](const QList<PersonRecord> &candidates) {
        return storedKeys(db, candidates);
    };
    kind.storeAll = [&people](const QList<PersonRecord> &all) {
        people.createMany(all);
    };
    return importTable(db, table, options, kind);
}

int PeopleExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT p.surname, p.first_name, p.patronymic, coalesce(p.birth_date, ''), "
                "coalesce(p.sex, ''), p.phone, p.address, p.document, (SELECT "
                "group_concat(r.name, '; ') FROM person_category pc JOIN ref_item r ON r.id = "
                "pc.category_id WHERE pc.person_id = p.id), p.notes FROM person p WHERE "
                "p.archived_at IS NULL ORDER BY p.surname_key, p.first_name_key, p.id"_s);
    q.exec();
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), CsvExport::date(q.text(3)), q.text(4),
                    q.text(5), q.text(6), q.text(7), q.text(8), q.text(9)});
    return out.save(path, u"people"_s);
}

} // namespace opora
