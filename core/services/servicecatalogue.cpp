#include "services/servicecatalogue.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/recordguard.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Table = u"service_item"_s;
const QStringList Fields{u"code"_s, u"name"_s, u"type"_s, u"unit"_s, u"forms"_s};

// In use: services, plans or an indicator's filter (params {"item_id": id}) refer to it.
const QString SelectSql =
    u"SELECT id, code, name, type, unit, forms, active, version, EXISTS (SELECT 1 FROM "
    "service_record r WHERE r.item_id = i.id) OR EXISTS (SELECT 1 FROM plan_line l WHERE "
    "l.item_id = i.id) OR EXISTS (SELECT 1 FROM indicator x WHERE json_valid(x.params) AND "
    "json_extract(x.params, '$.item_id') = i.id) FROM service_item i"_s;

CatalogueItem read(const Query &q)
{
    CatalogueItem c;
    c.item = {q.integer(0),       q.text(1), q.text(2),
              q.text(3),          q.text(4), q.text(5).split(u',', Qt::SkipEmptyParts),
              q.value(6).toBool()};
    c.version = q.value(7).toInt();
    c.inUse = q.value(8).toBool();
    return c;
}

// Forms in their usual order, each once.
QString formsText(const QStringList &forms)
{
    QStringList ordered;
    for (const QString &f : serviceForms())
        if (forms.contains(f))
            ordered << f;
    return ordered.join(u',');
}

} // namespace

ServiceCatalogue::ServiceCatalogue(Database &db)
    : m_db(db)
{}

QList<CatalogueItem> ServiceCatalogue::items() const
{
    Query q(m_db, SelectSql + u" ORDER BY i.sort_order, i.id"_s);
    q.exec();
    QList<CatalogueItem> items;
    while (q.next())
        items << read(q);
    return items;
}

CatalogueItem ServiceCatalogue::get(qint64 id) const
{
    Query q(m_db, SelectSql + u" WHERE i.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This service is no longer in the catalogue."));
    return read(q);
}

QStringList ServiceCatalogue::types() const
{
    Query q(m_db, u"SELECT type FROM service_item GROUP BY type ORDER BY min(sort_order)"_s);
    q.exec();
    QStringList types;
    while (q.next())
        types << q.text(0);
    return types;
}

QStringList ServiceCatalogue::units()
{
    return {u"service"_s, u"hour"_s, u"session"_s};
}

bool ServiceCatalogue::inUse(qint64 id) const
{
    return id > 0 && get(id).inUse;
}

void ServiceCatalogue::validate(const ServiceItem &item) const
{
    const QString code = item.code.trimmed();
    const bool taken = Query(m_db, u"SELECT count(*) FROM service_item WHERE code = :c AND id "
                                   "<> :id"_s)
                           .bind(u":c"_s, code)
                           .bind(u":id"_s, item.id)
                           .scalar(0)
                           .toInt() > 0;
    bool formsKnown = !item.forms.isEmpty();
    for (const QString &f : item.forms)
        formsKnown = formsKnown && serviceForms().contains(f);
    Validator v;
    v.require(!code.isEmpty() && code.size() <= 40, u"code"_s,
              tr("Enter the code (up to 40 characters), e.g. the classifier's."));
    v.require(!taken, u"code"_s, tr("Another service of the catalogue has this code."));
    v.require(!item.name.trimmed().isEmpty(), u"name"_s, tr("Enter the name of the service."));
    v.require(types().contains(item.type), u"type"_s, tr("Choose the type of service."));
    v.require(units().contains(item.unit), u"unit"_s, tr("Choose the unit."));
    v.require(formsKnown, u"forms"_s, tr("Tick at least one form in which it is given."));
    if (item.id > 0) {
        const CatalogueItem stored = get(item.id);
        v.require(!stored.inUse || stored.item.code == code, u"code"_s,
                  tr("Records use this service, so its code stays as it is."));
    }
    v.throwIfInvalid();
}

qint64 ServiceCatalogue::create(const ServiceItem &item)
{
    requirePermission(m_db, Permission::ManageReference);
    validate(item);
    WriteTransaction tx(m_db);
    const QString now = nowUtc();
    Query q(m_db, u"INSERT INTO service_item(code, name, type, unit, forms, sort_order, active, "
                  "created_at, updated_at, created_by, updated_by) VALUES(:code, :name, :type, "
                  ":unit, :forms, (SELECT coalesce(max(sort_order), 0) + 1 FROM service_item), "
                  "1, :now, :now, :by, :by)"_s);
    q.bind(u":code"_s, item.code.trimmed())
        .bind(u":name"_s, item.name.trimmed())
        .bind(u":type"_s, item.type)
        .bind(u":unit"_s, item.unit)
        .bind(u":forms"_s, formsText(item.forms))
        .bind(u":now"_s, now)
        .bind(u":by"_s, actor(m_db))
        .exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, Table, id, Fields);
    tx.commit();
    return id;
}

void ServiceCatalogue::update(const ServiceItem &item, int version)
{
    requirePermission(m_db, Permission::ManageReference);
    validate(item);
    WriteTransaction tx(m_db);
    requireVersion(m_db, Table, Table, item.id, version, Fields);
    Query(m_db, u"UPDATE service_item SET code = :code, name = :name, type = :type, unit = "
                ":unit, forms = :forms, updated_at = :now, updated_by = :by, version = version + "
                "1 WHERE id = :id"_s)
        .bind(u":code"_s, item.code.trimmed())
        .bind(u":name"_s, item.name.trimmed())
        .bind(u":type"_s, item.type)
        .bind(u":unit"_s, item.unit)
        .bind(u":forms"_s, formsText(item.forms))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, item.id)
        .exec();
    recordAudit(m_db, AuditAction::Update, Table, item.id, Fields);
    tx.commit();
}

void ServiceCatalogue::setActive(qint64 id, int version, bool active)
{
    requirePermission(m_db, Permission::ManageReference);
    WriteTransaction tx(m_db);
    setRowActive(m_db, Table, id, version, active);
    tx.commit();
}

void ServiceCatalogue::remove(qint64 id)
{
    requirePermission(m_db, Permission::ManageReference);
    WriteTransaction tx(m_db);
    if (inUse(id))
        throw Error(Error::Kind::Validation,
                    tr("Records use this service: deactivate it instead, so they keep it."));
    Query(m_db, u"DELETE FROM service_item WHERE id = :id"_s).bind(u":id"_s, id).exec();
    recordAudit(m_db, "delete", Table, id, {});
    tx.commit();
}

} // namespace opora
