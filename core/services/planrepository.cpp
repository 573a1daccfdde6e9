#include "services/planrepository.h"

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

const QString Table = u"plan_line"_s;
const QStringList Fields{u"item"_s, u"volume"_s, u"frequency"_s, u"term"_s, u"note"_s};

void bindLine(Query &q, const PlanLine &l)
{
    q.bind(u":case"_s, l.caseId)
        .bind(u":item"_s, l.itemId)
        .bind(u":volume"_s, l.volume)
        .bind(u":frequency"_s, l.frequency)
        .bind(u":starts"_s, isoDate(l.startsOn))
        .bind(u":ends"_s, isoDate(l.endsOn))
        .bind(u":note"_s, nonNull(l.note));
}

} // namespace

QStringList planFrequencies()
{
    return {u"once"_s, u"daily"_s, u"weekly"_s, u"monthly"_s, u"as_needed"_s};
}

PlanRepository::PlanRepository(Database &db)
    : m_db(db)
{}

QList<PlanLine> PlanRepository::lines(qint64 caseId, const QDate &today) const
{
    Query q(m_db, u"SELECT l.id, l.item_id, si.name, si.unit, l.volume, l.frequency, l.starts_on, "
                  "l.ends_on, l.note, l.version, (SELECT total(sr.quantity) FROM service_record "
                  "sr WHERE sr.case_id = l.case_id AND sr.item_id = l.item_id AND "
                  "sr.archived_at IS NULL AND sr.service_date BETWEEN l.starts_on AND "
                  "l.ends_on) FROM plan_line l JOIN service_item si ON si.id = l.item_id WHERE "
                  "l.case_id = :case AND l.archived_at IS NULL ORDER BY l.starts_on, l.id"_s);
    q.bind(u":case"_s, caseId).exec();
    QList<PlanLine> lines;
    while (q.next()) {
        PlanLine l;
        l.id = q.integer(0);
        l.caseId = caseId;
        l.itemId = q.integer(1);
        l.itemName = q.text(2);
        l.unit = q.text(3);
        l.volume = q.value(4).toDouble();
        l.frequency = q.text(5);
        l.startsOn = parseIsoDate(q.text(6));
        l.endsOn = parseIsoDate(q.text(7));
        l.note = q.text(8);
        l.version = q.value(9).toInt();
        l.delivered = q.value(10).toDouble();
        l.overdue = l.endsOn < today && l.delivered < l.volume;
        lines << l;
    }
    return lines;
}

void PlanRepository::validate(const PlanLine &l) const
{
    Validator v;
    v.require(Query(m_db, u"SELECT EXISTS (SELECT 1 FROM case_file WHERE id = :id AND "
                          "archived_at IS NULL)"_s)
                  .bind(u":id"_s, l.caseId)
                  .scalar(false)
                  .toBool(),
              u"case"_s, tr("Choose the case the plan belongs to."));
    v.require(Query(m_db, u"SELECT EXISTS (SELECT 1 FROM service_item WHERE id = :id)"_s)
                  .bind(u":id"_s, l.itemId)
                  .scalar(false)
                  .toBool(),
              u"item"_s, tr("Choose the service from the catalogue."));
    v.require(l.volume > 0, u"volume"_s, tr("The planned volume must be more than 0."));
    v.require(planFrequencies().contains(l.frequency), u"frequency"_s,
              tr("Choose how often the service is given."));
    v.require(l.startsOn.isValid() && l.endsOn.isValid(), u"term"_s,
              tr("Enter the term of the service."));
    v.require(!l.startsOn.isValid() || !l.endsOn.isValid() || l.endsOn >= l.startsOn, u"term"_s,
              tr("The term cannot end before it starts."));
    v.throwIfInvalid();
}

qint64 PlanRepository::add(const PlanLine &line)
{
    validate(line);
    WriteTransaction tx(m_db);
    Query q(m_db, u"INSERT INTO plan_line(case_id, item_id, volume, frequency, starts_on, "
                  "ends_on, note, created_at, updated_at, created_by, updated_by) VALUES(:case, "
                  ":item, :volume, :frequency, :starts, :ends, :note, :now, :now, :by, :by)"_s);
    bindLine(q, line);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, Table, id, Fields);
    tx.commit();
    return id;
}

void PlanRepository::update(const PlanLine &line)
{
    validate(line);
    WriteTransaction tx(m_db);
    requireVersion(m_db, Table, Table, line.id, line.version, Fields);
    Query q(m_db, u"UPDATE plan_line SET case_id = :case, item_id = :item, volume = :volume, "
                  "frequency = :frequency, starts_on = :starts, ends_on = :ends, note = :note, "
                  "updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id"_s);
    bindLine(q, line);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).bind(u":id"_s, line.id).exec();
    recordAudit(m_db, AuditAction::Update, Table, line.id, Fields);
    tx.commit();
}

void PlanRepository::archive(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Table, id, version, true);
    tx.commit();
}

} // namespace opora
