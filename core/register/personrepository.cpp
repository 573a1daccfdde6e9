#include "register/personrepository.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/recordguard.h"
#include "text/normalize.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Table = u"person"_s;

void bindPerson(Query &q, const PersonRecord &p)
{
    const QString phoneDigits = phoneKey(p.phone);
    q.bind(u":surname"_s, nonNull(p.surname.trimmed()))
        .bind(u":first"_s, nonNull(p.firstName.trimmed()))
        .bind(u":patronymic"_s, nonNull(p.patronymic.trimmed()))
        .bind(u":birth"_s, p.birthDate.isValid() ? isoDate(p.birthDate) : QString())
        .bind(u":sex"_s, p.sex.isEmpty() ? QString() : p.sex)
        .bind(u":phone"_s, nonNull(p.phone.trimmed()))
        .bind(u":address"_s, nonNull(p.address.trimmed()))
        .bind(u":document"_s, nonNull(p.document.trimmed()))
        .bind(u":notes"_s, nonNull(p.notes))
        .bind(u":surname_key"_s, nonNull(searchKey(p.surname)))
        .bind(u":first_key"_s, nonNull(searchKey(p.firstName)))
        .bind(u":patronymic_key"_s, nonNull(searchKey(p.patronymic)))
        .bind(u":phone_key"_s, nonNull(phoneDigits))
        .bind(u":phone_rkey"_s, nonNull(reversedKey(phoneDigits)));
}

} // namespace

QStringList changedPersonFields(const PersonRecord &a, const PersonRecord &b)
{
    QStringList changed;
    const auto check = [&](bool differs, const char *field) {
        if (differs)
            changed << QString::fromLatin1(field);
    };
    check(a.surname != b.surname, "surname");
    check(a.firstName != b.firstName, "first_name");
    check(a.patronymic != b.patronymic, "patronymic");
    check(a.birthDate != b.birthDate, "birth_date");
    check(a.sex != b.sex, "sex");
    check(a.phone != b.phone, "phone");
    check(a.address != b.address, "address");
    check(a.document != b.document, "document");
    check(a.notes != b.notes, "notes");
    check(sortedIds(a.categoryIds) != sortedIds(b.categoryIds), "categories");
    return changed;
}

PersonRepository::PersonRepository(Database &db)
    : m_db(db)
{}

void PersonRepository::validate(const PersonRecord &p)
{
    Validator v;
    v.require(!p.surname.trimmed().isEmpty(), u"surname"_s, tr("Enter the surname."));
    v.require(!p.firstName.trimmed().isEmpty(), u"first_name"_s, tr("Enter the first name."));
    v.require(!p.birthDate.isValid() || p.birthDate <= today(), u"birth_date"_s,
              tr("The birth date is in the future."));
    v.require(!p.birthDate.isValid() || p.birthDate.year() >= 1900, u"birth_date"_s,
              tr("The birth date is too far in the past."));
    v.require(p.sex.isEmpty() || p.sex == u"f"_s || p.sex == u"m"_s, u"sex"_s,
              tr("Choose female or male, or leave the sex empty."));
    v.require(p.phone.isEmpty() || phoneKey(p.phone).size() >= 5, u"phone"_s,
              tr("The phone number has too few digits."));
    v.require(p.surname.size() <= 200 && p.firstName.size() <= 200 && p.patronymic.size() <= 200,
              u"surname"_s, tr("A name may have at most 200 characters."));
    v.throwIfInvalid();
}

PersonRecord PersonRepository::get(qint64 id) const
{
    requirePermission(m_db, Permission::ViewRecords);
    Query q(m_db, u"SELECT surname, first_name, patronymic, birth_date, sex, phone, address, "
                  "document, notes, archived_at IS NOT NULL, version FROM person WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This person is no longer in the register."),
                    u"person %1 not found"_s.arg(id));
    PersonRecord p;
    p.id = id;
    p.surname = q.text(0);
    p.firstName = q.text(1);
    p.patronymic = q.text(2);
    p.birthDate = parseIsoDate(q.text(3));
    p.sex = q.text(4);
    p.phone = q.text(5);
    p.address = q.text(6);
    p.document = q.text(7);
    p.notes = q.text(8);
    p.archived = q.value(9).toBool();
    p.version = q.value(10).toInt();
    Query c(m_db, u"SELECT category_id FROM person_category WHERE person_id = :id "
                  "ORDER BY category_id"_s);
    c.bind(u":id"_s, id).exec();
    while (c.next())
        p.categoryIds << c.integer(0);
    return p;
}

namespace {

const QString InsertPersonSql =
    u"INSERT INTO person(surname, first_name, patronymic, birth_date, sex, phone, address, "
    "document, notes, surname_key, first_name_key, patronymic_key, phone_key, phone_rkey, "
    "created_at, updated_at, created_by, updated_by) VALUES(:surname, :first, :patronymic, "
    ":birth, :sex, :phone, :address, :document, :notes, :surname_key, :first_key, "
    ":patronymic_key, :phone_key, :phone_rkey, :now, :now, :by, :by)"_s;

} // namespace

void PersonRepository::createMany(const QList<PersonRecord> &people)
{
    for (const PersonRecord &person : people)
        validate(person);
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    Query insert(m_db, InsertPersonSql);
    Query category(m_db, u"INSERT INTO person_category(person_id, category_id) VALUES(:p, :c)"_s);
    AuditBatch audit(m_db, AuditAction::Create, Table);
    const QVariant by = actor(m_db);
    const QString now = nowUtc();
    const QStringList fields = personFieldNames();
    for (const PersonRecord &person : people) {
        bindPerson(insert, person);
        insert.bind(u":now"_s, now).bind(u":by"_s, by).exec();
        const qint64 id = insert.lastInsertId();
        for (qint64 c : sortedIds(person.categoryIds))
            category.bind(u":p"_s, id).bind(u":c"_s, c).exec();
        audit.add(id, fields);
    }
    tx.commit();
}

qint64 PersonRepository::create(const PersonRecord &person)
{
    validate(person);
    WriteTransaction tx(m_db);
    const QString now = nowUtc();
    Query q(m_db, InsertPersonSql);
    bindPerson(q, person);
    q.bind(u":now"_s, now).bind(u":by"_s, actor(m_db)).exec();
    const qint64 id = q.lastInsertId();
    writeCategories(id, person.categoryIds);
    recordAudit(m_db, AuditAction::Create, Table, id, personFieldNames());
    tx.commit();
    return id;
}

void PersonRepository::update(const PersonRecord &person)
{
    validate(person);
    WriteTransaction tx(m_db);
    const int current = rowVersion(m_db, Table, person.id);
    const QStringList changed =
        current ? changedPersonFields(get(person.id), person) : QStringList();
    requireVersion(m_db, Table, Table, person.id, person.version, changed);
    Query q(m_db, u"UPDATE person SET surname = :surname, first_name = :first, "
                  "patronymic = :patronymic, birth_date = :birth, sex = :sex, phone = :phone, "
                  "address = :address, document = :document, notes = :notes, "
                  "surname_key = :surname_key, first_name_key = :first_key, "
                  "patronymic_key = :patronymic_key, phone_key = :phone_key, "
                  "phone_rkey = :phone_rkey, updated_at = :now, updated_by = :by, "
                  "version = version + 1 WHERE id = :id AND version = :version"_s);
    bindPerson(q, person);
    q.bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, person.id)
        .bind(u":version"_s, person.version)
        .exec();
    writeCategories(person.id, person.categoryIds);
    recordAudit(m_db, AuditAction::Update, Table, person.id, changed);
    tx.commit();
}

void PersonRepository::writeCategories(qint64 id, const QList<qint64> &categoryIds)
{
    Query(m_db, u"DELETE FROM person_category WHERE person_id = :id"_s).bind(u":id"_s, id).exec();
    for (qint64 category : sortedIds(categoryIds)) {
        Query(m_db, u"INSERT INTO person_category(person_id, category_id) VALUES(:p, :c)"_s)
            .bind(u":p"_s, id)
            .bind(u":c"_s, category)
            .exec();
    }
}

void PersonRepository::archive(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Table, id, version, true);
    tx.commit();
}

void PersonRepository::restore(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Table, id, version, false);
    tx.commit();
}

QStringList PersonRepository::sortKeys()
{
    return {u"name"_s, u"birth_date"_s, u"updated"_s};
}

Page<PersonRow> PersonRepository::list(const PersonFilter &filter, const PageRequest &request) const
{
    requirePermission(m_db, Permission::ViewRecords);
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    if (!filter.withArchived)
        where << u"p.archived_at IS NULL"_s;
    if (filter.categoryId > 0) {
        where << u"EXISTS (SELECT 1 FROM person_category pc WHERE pc.person_id = p.id "
                 "AND pc.category_id = :category)"_s;
        binds.append({u":category"_s, filter.categoryId});
    }
    const QStringList words = filter.text.split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < words.size() && i < 5; ++i) {
        const QString key = searchKey(words.at(i));
        if (key.isEmpty())
            continue;
        const QString ph = u":w%1"_s.arg(i);
        where << u"(%1 OR %2 OR %3)"_s.arg(prefixCondition(u"p.surname_key"_s, ph),
                                           prefixCondition(u"p.first_name_key"_s, ph),
                                           prefixCondition(u"p.patronymic_key"_s, ph));
        binds.append({ph, key});
        binds.append({ph + u"_end"_s, prefixUpperBound(key)});
    }
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);

    Query count(m_db, u"SELECT count(*) FROM person p"_s + whereSql);
    for (const auto &[name, value] : binds)
        count.bind(name, value);
    Page<PersonRow> page;
    page.total = count.scalar(0).toLongLong();

    const QString dir = request.descending ? u" DESC"_s : QString();
    QString order;
    if (request.sortKey == u"birth_date"_s)
        order = u"p.birth_date"_s + dir + u", p.id"_s;
    else if (request.sortKey == u"updated"_s)
        order = u"p.updated_at"_s + dir + u", p.id"_s;
    else
        order = u"p.surname_key%1, p.first_name_key%1, p.patronymic_key%1, p.id"_s.arg(dir);

    Query q(m_db, u"SELECT p.id, p.surname, p.first_name, p.patronymic, p.birth_date, p.phone, "
                  "(SELECT group_concat(r.name, ', ') FROM person_category pc JOIN ref_item r "
                  "ON r.id = pc.category_id WHERE pc.person_id = p.id), "
                  "(SELECT count(*) FROM case_file c WHERE c.person_id = p.id AND c.status <> "
                  "'closed' AND c.archived_at IS NULL), p.archived_at IS NOT NULL "
                  "FROM person p"_s +
                      whereSql + u" ORDER BY "_s + order + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    q.bind(u":limit"_s, std::clamp(request.limit, 1, 1000))
        .bind(u":offset"_s, std::max(request.offset, 0))
        .exec();
    while (q.next()) {
        PersonRow row;
        row.id = q.integer(0);
        row.name = QStringList{q.text(1), q.text(2), q.text(3)}.join(u' ').trimmed();
        row.birthDate = parseIsoDate(q.text(4));
        row.phone = q.text(5);
        row.categories = q.text(6);
        row.openCases = q.value(7).toInt();
        row.archived = q.value(8).toBool();
        page.rows << row;
    }
    return page;
}

} // namespace opora
