#include "services/servicerepository.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/bulk.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/person.h"
#include "register/recordguard.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Table = u"service_record"_s;
const QStringList Fields{u"case"_s,     u"person"_s,   u"item"_s, u"date"_s,    u"staff"_s,
                         u"quantity"_s, u"duration"_s, u"form"_s, u"project"_s, u"note"_s};

const QString RecordColumns = u"case_id, person_id, item_id, service_date, staff_id, quantity, "
                              "duration_min, form, project_id, note"_s;

// The record's values in the order of RecordColumns.
QVariantList recordValues(const ServiceRecord &r)
{
    return {r.caseId,
            r.personId,
            r.itemId,
            isoDate(r.date),
            idOrNull(r.staffId),
            r.quantity,
            r.durationMinutes > 0 ? QVariant(r.durationMinutes) : QVariant(),
            r.form,
            idOrNull(r.projectId),
            nonNull(r.note)};
}

void bindRecord(Query &q, const ServiceRecord &r)
{
    static const QStringList names{u":case"_s,    u":person"_s,   u":item"_s,     u":date"_s,
                                   u":staff"_s,   u":quantity"_s, u":duration"_s, u":form"_s,
                                   u":project"_s, u":note"_s};
    const QVariantList values = recordValues(r);
    for (qsizetype i = 0; i < names.size(); ++i)
        q.bind(names.at(i), values.at(i));
}

} // namespace

QStringList serviceForms()
{
    return {u"home"_s, u"day"_s, u"residential"_s, u"remote"_s};
}

ServiceRepository::ServiceRepository(Database &db)
    : m_db(db)
{}

QList<ServiceItem> ServiceRepository::catalogue(bool activeOnly) const
{
    Query q(m_db, u"SELECT id, code, name, type, unit, forms, active FROM service_item"_s +
                      (activeOnly ? u" WHERE active = 1"_s : QString()) +
                      u" ORDER BY sort_order, id"_s);
    q.exec();
    QList<ServiceItem> items;
    while (q.next())
        items.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4),
                      q.text(5).split(u',', Qt::SkipEmptyParts), q.value(6).toBool()});
    return items;
}

ServiceItem ServiceRepository::item(qint64 id) const
{
    for (const ServiceItem &i : catalogue(false))
        if (i.id == id)
            return i;
    throw Error(Error::Kind::NotFound, tr("This service is not in the catalogue."),
                u"service_item %1 not found"_s.arg(id));
}

void ServiceRepository::validate(const ServiceRecord &r) const
{
    Validator v;
    Query c(m_db, u"SELECT opened_on, person_id, household_id, archived_at IS NULL FROM case_file "
                  "WHERE id = :id"_s);
    c.bind(u":id"_s, r.caseId).exec();
    const bool caseFound = c.next();
    v.require(caseFound, u"case"_s, tr("Choose the case the service belongs to."));
    if (caseFound) {
        v.require(c.value(3).toBool(), u"case"_s,
                  tr("The case is archived: restore it before recording services."));
        const QDate opened = parseIsoDate(c.text(0));
        v.require(!r.date.isValid() || r.date >= opened, u"date"_s,
                  tr("The service date is before the case was opened."));
        const bool personOfCase =
            r.personId == c.integer(1) ||
            Query(m_db, u"SELECT EXISTS (SELECT 1 FROM household_member WHERE household_id = "
                        ":h AND person_id = :p)"_s)
                .bind(u":h"_s, c.integer(2))
                .bind(u":p"_s, r.personId)
                .scalar(false)
                .toBool();
        v.require(personOfCase, u"person"_s,
                  tr("The person served must be the case's person or a member of its family."));
    }
    v.require(r.date.isValid(), u"date"_s, tr("Enter the date of the service."));
    v.require(!r.date.isValid() || r.date <= today(), u"date"_s,
              tr("The service date is in the future."));
    v.require(r.quantity > 0 && r.quantity <= 1000, u"quantity"_s,
              tr("The quantity must be more than 0."));
    v.require(r.durationMinutes >= 0 && r.durationMinutes <= 24 * 60, u"duration"_s,
              tr("The duration must be between 0 and 24 hours."));
    if (const std::optional<ItemRule> item = itemRule(r.itemId)) {
        v.require(item->active, u"item"_s,
                  tr("This service is no longer offered: choose another."));
        v.require(item->forms.contains(r.form), u"form"_s,
                  tr("This service is not given in the chosen form."));
    } else {
        v.require(false, u"item"_s, tr("Choose the service from the catalogue."));
    }
    v.throwIfInvalid();
}

std::optional<ServiceRepository::ItemRule> ServiceRepository::itemRule(qint64 itemId) const
{
    auto it = m_itemRules.constFind(itemId);
    if (it == m_itemRules.cend()) {
        Query i(m_db, u"SELECT forms, active FROM service_item WHERE id = :id"_s);
        i.bind(u":id"_s, itemId).exec();
        std::optional<ItemRule> rule;
        if (i.next())
            rule = ItemRule{i.value(1).toBool(), i.text(0).split(u',')};
        it = m_itemRules.insert(itemId, rule);
    }
    return *it;
}

ServiceRecord ServiceRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT case_id, person_id, item_id, service_date, staff_id, quantity, "
                  "coalesce(duration_min, 0), form, project_id, note, archived_at IS NOT NULL, "
                  "version FROM service_record WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This service record no longer exists."),
                    u"service_record %1 not found"_s.arg(id));
    ServiceRecord r;
    r.id = id;
    r.caseId = q.integer(0);
    r.personId = q.integer(1);
    r.itemId = q.integer(2);
    r.date = parseIsoDate(q.text(3));
    r.staffId = q.integer(4);
    r.quantity = q.value(5).toDouble();
    r.durationMinutes = q.value(6).toInt();
    r.form = q.text(7);
    r.projectId = q.integer(8);
    r.note = q.text(9);
    r.archived = q.value(10).toBool();
    r.version = q.value(11).toInt();
    return r;
}

qint64 ServiceRepository::create(const ServiceRecord &record)
{
    return createAll({record}).constFirst();
}

QList<qint64> ServiceRepository::createForPeople(const ServiceRecord &pattern,
                                                 const QList<qint64> &personIds)
{
    QList<ServiceRecord> records;
    for (qint64 personId : personIds) {
        ServiceRecord r = pattern;
        r.personId = personId;
        // Each person's own open case when the pattern names none.
        if (!pattern.caseId)
            r.caseId = openCasesOf(personId).value(0).id;
        records << r;
    }
    return createAll(records);
}

QList<qint64> ServiceRepository::createAll(const QList<ServiceRecord> &records)
{
    for (const ServiceRecord &r : records)
        validate(r);
    return createValidated(records);
}

QList<qint64> ServiceRepository::createValidated(const QList<ServiceRecord> &records)
{
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    AuditBatch audit(m_db, AuditAction::Create, Table);
    const QVariant now = nowUtc();
    const QVariant by = actor(m_db);
    qint64 id = nextId(m_db, Table);
    QList<qint64> ids;
    QList<QVariantList> rows;
    ids.reserve(records.size());
    rows.reserve(records.size());
    for (const ServiceRecord &r : records) {
        ids << id;
        rows << QVariantList{id++} + recordValues(r);
    }
    insertMany(m_db,
               u"INSERT INTO service_record(id, "_s + RecordColumns +
                   u", created_at, updated_at, created_by, updated_by) SELECT v.*, s.now, s.now, "
                   "s.by, s.by FROM (VALUES %1) v, (SELECT :now AS now, :by AS by) s"_s,
               rows, {{u":now"_s, now}, {u":by"_s, by}});
    audit.addMany(ids, Fields);
    tx.commit();
    return ids;
}

QList<OpenCase> ServiceRepository::openCasesOf(qint64 personId) const
{
    Query q(m_db, u"SELECT c.id, c.number, c.status, coalesce(c.responsible_id, 0) FROM "
                  "case_file c WHERE c.archived_at IS NULL AND c.status <> 'closed' AND "
                  "(c.person_id = :p OR c.household_id IN (SELECT household_id FROM "
                  "household_member WHERE person_id = :p)) ORDER BY c.opened_on DESC, c.id "
                  "DESC"_s);
    q.bind(u":p"_s, personId).exec();
    QList<OpenCase> cases;
    while (q.next())
        cases.append({q.integer(0), q.text(1), q.text(2), q.integer(3)});
    return cases;
}

void ServiceRepository::update(const ServiceRecord &record)
{
    validate(record);
    WriteTransaction tx(m_db);
    requireVersion(m_db, Table, Table, record.id, record.version, Fields);
    Query q(m_db, u"UPDATE service_record SET case_id = :case, person_id = :person, "
                  "item_id = :item, service_date = :date, staff_id = :staff, quantity = "
                  ":quantity, duration_min = :duration, form = :form, project_id = :project, "
                  "note = :note, updated_at = :now, updated_by = :by, version = version + 1 "
                  "WHERE id = :id"_s);
    bindRecord(q, record);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).bind(u":id"_s, record.id).exec();
    recordAudit(m_db, AuditAction::Update, Table, record.id, Fields);
    tx.commit();
}

void ServiceRepository::archive(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Table, id, version, true);
    tx.commit();
}

QStringList ServiceRepository::sortKeys()
{
    return {u"date"_s, u"item"_s, u"person"_s, u"staff"_s};
}

namespace {

// scope: caseScopeCondition over alias sc, empty for every case.
QString journalWhere(const JournalFilter &f, const QString &scope,
                     QList<QPair<QString, QVariant>> &binds)
{
    QStringList where{u"r.archived_at IS NULL"_s};
    if (!scope.isEmpty())
        where << u"r.case_id IN (SELECT sc.id FROM case_file sc WHERE "_s + scope + u")"_s;
    const auto add = [&](bool on, const QString &condition, const QString &name,
                         const QVariant &value) {
        if (!on)
            return;
        where << condition;
        binds.append({name, value});
    };
    add(f.from.isValid(), u"r.service_date >= :from"_s, u":from"_s, isoDate(f.from));
    add(f.to.isValid(), u"r.service_date <= :to"_s, u":to"_s, isoDate(f.to));
    add(f.staffId > 0, u"r.staff_id = :staff"_s, u":staff"_s, f.staffId);
    add(f.itemId > 0, u"r.item_id = :item"_s, u":item"_s, f.itemId);
    add(!f.type.isEmpty(), u"r.item_id IN (SELECT id FROM service_item WHERE type = :type)"_s,
        u":type"_s, f.type);
    add(!f.form.isEmpty(), u"r.form = :form"_s, u":form"_s, f.form);
    add(f.projectId > 0, u"r.project_id = :project"_s, u":project"_s, f.projectId);
    add(f.caseId > 0, u"r.case_id = :case"_s, u":case"_s, f.caseId);
    add(f.personId > 0, u"r.person_id = :person"_s, u":person"_s, f.personId);
    // A department holds thousands of cases: reading the period's services and keeping those
    // of its cases (the unary + keeps SQLite from starting at the cases) is four times faster.
    add(f.departmentId > 0,
        u"+r.case_id IN (SELECT id FROM case_file WHERE department_id = :dept)"_s, u":dept"_s,
        f.departmentId);
    return u" WHERE "_s + where.join(u" AND "_s);
}

} // namespace

QVariantList ServiceRepository::aggregate(const JournalFilter &filter,
                                          const QStringList &columns) const
{
    QList<QPair<QString, QVariant>> binds;
    Query q(m_db, u"SELECT "_s + columns.join(u", "_s) + u" FROM service_record r"_s +
                      journalWhere(filter, caseScopeCondition(m_db, u"sc"_s), binds));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    q.exec();
    q.next();
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i)
        values << q.value(i);
    return values;
}

namespace {

const QStringList SumColumns{u"count(*)"_s, u"coalesce(sum(r.quantity), 0)"_s,
                             u"coalesce(sum(r.duration_min), 0) / 60.0"_s};

} // namespace

JournalTotals ServiceRepository::totals(const JournalFilter &filter) const
{
    const QVariantList v =
        aggregate(filter, SumColumns + QStringList{u"count(DISTINCT r.person_id)"_s});
    return {v.at(0).toLongLong(), v.at(1).toDouble(), v.at(2).toDouble(), v.at(3).toLongLong()};
}

JournalTotals ServiceRepository::sums(const JournalFilter &filter) const
{
    const QVariantList v = aggregate(filter, SumColumns);
    return {v.at(0).toLongLong(), v.at(1).toDouble(), v.at(2).toDouble(), 0};
}

QString ServiceRepository::journalTables(const QString &sortKey, qint64 rows, const QString &where,
                                         const QList<QPair<QString, QVariant>> &binds) const
{
    // A busy month holds tens of thousands of services. Sorted by service, person or
    // specialist, the page is read walking that table in the order of its index, one service,
    // person or specialist at a time, and the walk stops at the page's end; sorting every row
    // first takes ten times as long. A filter that leaves few rows sorts them faster, and the
    // walk through staff would miss services without a specialist.
    static constexpr qint64 WalkFrom = 2000;
    const QString rest = u" JOIN case_file c ON c.id = r.case_id"_s;
    if (rows > WalkFrom && sortKey == u"item"_s)
        return u"service_item i CROSS JOIN service_record r ON r.item_id = i.id"_s + rest +
               u" JOIN person p ON p.id = r.person_id LEFT JOIN staff s ON s.id = r.staff_id"_s;
    if (rows > WalkFrom && sortKey == u"person"_s)
        return u"person p CROSS JOIN service_record r ON r.person_id = p.id"_s + rest +
               u" JOIN service_item i ON i.id = r.item_id LEFT JOIN staff s ON s.id = "
               "r.staff_id"_s;
    if (rows > WalkFrom && sortKey == u"staff"_s) {
        Query withoutStaff(m_db, u"SELECT EXISTS (SELECT 1 FROM service_record r"_s + where +
                                     u" AND r.staff_id IS NULL)"_s);
        for (const auto &[name, value] : binds)
            withoutStaff.bind(name, value);
        if (!withoutStaff.scalar(true).toBool())
            return u"staff s CROSS JOIN service_record r ON r.staff_id = s.id"_s + rest +
                   u" JOIN person p ON p.id = r.person_id JOIN service_item i ON i.id = "
                   "r.item_id"_s;
    }
    return u"service_record r"_s + rest +
           u" JOIN person p ON p.id = r.person_id JOIN service_item i ON i.id = r.item_id LEFT "
           "JOIN staff s ON s.id = r.staff_id"_s;
}

Page<JournalRow> ServiceRepository::journal(const JournalFilter &filter,
                                            const PageRequest &request) const
{
    requirePermission(m_db, Permission::ViewRecords);
    QList<QPair<QString, QVariant>> binds;
    const QString where = journalWhere(filter, caseScopeCondition(m_db, u"sc"_s), binds);
    Page<JournalRow> page;
    // Counted only when the caller does not know: a later page of the list, or the Services
    // area that has just counted the filter's totals, passes the number on.
    if (request.knownTotal >= 0) {
        page.total = request.knownTotal;
    } else {
        Query count(m_db, u"SELECT count(*) FROM service_record r"_s + where);
        for (const auto &[name, value] : binds)
            count.bind(name, value);
        page.total = count.scalar(0).toLongLong();
    }
    const QString dir = request.descending ? u" DESC"_s : QString();
    QString order = u"r.service_date%1, r.id%1"_s.arg(dir);
    if (request.sortKey == u"item"_s)
        order = u"i.sort_order%1, r.service_date DESC, r.id"_s.arg(dir);
    else if (request.sortKey == u"person"_s)
        order = u"p.surname_key%1, p.first_name_key%1, r.service_date DESC, r.id"_s.arg(dir);
    else if (request.sortKey == u"staff"_s)
        order = u"s.surname%1, r.service_date DESC, r.id"_s.arg(dir);
    Query q(m_db,
            u"SELECT r.id, r.service_date, c.number, "_s + personNameSql(u"p"_s) +
                u", i.name, i.type, r.quantity, coalesce(r.duration_min, 0), r.form, "
                "coalesce(s.surname || ' ' || substr(s.first_name, 1, 1) || '.', '') FROM "_s +
                journalTables(request.sortKey, page.total, where, binds) + where + u" ORDER BY "_s +
                order + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    q.bind(u":limit"_s, std::clamp(request.limit, 1, 1000))
        .bind(u":offset"_s, std::max(0, request.offset))
        .exec();
    while (q.next())
        page.rows.append({q.integer(0), parseIsoDate(q.text(1)), q.text(2), q.text(3), q.text(4),
                          q.text(5), q.value(6).toDouble(), q.value(7).toInt(), q.text(8),
                          q.text(9)});
    return page;
}

} // namespace opora
