#include "documents/casedocuments.h"

#include "access/permissions.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "documents/htmlparts.h"
#include "i18n/language.h"
#include "projects/indicatortext.h"
#include "register/caserepository.h"
#include "register/householdrepository.h"
#include "register/lookups.h"
#include "register/personrepository.h"
#include "register/registermodels.h"
#include "services/planrepository.h"
#include "services/servicenames.h"

using namespace Qt::StringLiterals;

namespace opora::ui {

using namespace html;

namespace {

// Who the case is about: the person, or the family with its members.
QString subject(Database &db, const CaseRecord &c, QList<QPair<QString, QString>> &block)
{
    if (c.personId) {
        const PersonRecord p = PersonRepository(db).get(c.personId);
        block.append({CaseDocuments::tr("Person"), p.fullName()});
        if (p.birthDate.isValid())
            block.append({CaseDocuments::tr("Born"), formatDate(p.birthDate)});
        if (!p.address.isEmpty())
            block.append({CaseDocuments::tr("Address"), p.address});
        if (!p.phone.isEmpty())
            block.append({CaseDocuments::tr("Phone"), p.phone});
        return p.fullName();
    }
    const HouseholdRecord h = HouseholdRepository(db).get(c.householdId);
    block.append({CaseDocuments::tr("Family"), h.name});
    if (!h.address.isEmpty())
        block.append({CaseDocuments::tr("Address"), h.address});
    return h.name;
}

QString planTable(Database &db, qint64 caseId, bool withProgress)
{
    QList<QStringList> rows;
    for (const PlanLine &l : PlanRepository(db).lines(caseId, today())) {
        QStringList row{QString::number(rows.size() + 1),
                        esc(l.itemName),
                        esc(serviceUnitName(l.unit)),
                        esc(planFrequencyName(l.frequency)),
                        esc(formatDate(l.startsOn) + u" – "_s + formatDate(l.endsOn)),
                        esc(formatNumber(l.volume))};
        if (withProgress)
            row << esc(formatNumber(l.delivered));
        rows << row;
    }
    QStringList headers{u"№"_s,
                        CaseDocuments::tr("Service"),
                        CaseDocuments::tr("Unit"),
                        CaseDocuments::tr("How often"),
                        CaseDocuments::tr("Term"),
                        CaseDocuments::tr("Planned")};
    if (withProgress)
        headers << CaseDocuments::tr("Delivered");
    if (rows.isEmpty())
        return paragraph(CaseDocuments::tr("No services are planned yet."));
    return table(headers, rows, 5,
                 withProgress ? QList<int>{4, 28, 12, 14, 20, 10, 12}
                              : QList<int>{4, 34, 13, 15, 22, 12});
}

} // namespace

qint64 CaseDocuments::caseByNumber(Database &db, const QString &number)
{
    return Query(db, u"SELECT id FROM case_file WHERE number = :n"_s)
        .bind(u":n"_s, number.trimmed())
        .scalar(0)
        .toLongLong();
}

void CaseDocuments::caseFile(Database &db, qint64 caseId, PagedDocument &document)
{
    requirePermission(db, Permission::PrintNamed);
    CaseRepository cases(db);
    const CaseRecord c = cases.get(caseId);
    QList<QPair<QString, QString>> block;
    const QString who = subject(db, c, block);
    block.append({tr("Case"), c.number});
    block.append({tr("Status"), caseStatusName(c.status)});
    block.append({tr("Opened"), formatDate(c.openedOn)});
    if (c.closedOn.isValid())
        block.append({tr("Closed"), formatDate(c.closedOn) + u", "_s +
                                        refName(db, c.closureReasonId) + u", "_s +
                                        caseOutcomeName(c.outcome)});
    for (const Choice &d : departmentChoices(db))
        if (d.id == c.departmentId)
            block.append({tr("Department"), d.name});
    for (const Choice &s : staffChoices(db))
        if (s.id == c.responsibleId)
            block.append({tr("Responsible specialist"), s.name});

    document.setTitle(c.number);
    document.setHeader(centreName(db), tr("Case %1 · contains personal data").arg(c.number));
    QString html = title(tr("Case file"), who) + facts(block);
    html += u"<p style='color: #555555; font-size: 8pt;'>%1</p>"_s.arg(
        esc(tr("Printed on %1. Psychologists' notes are not part of the printed file.")
                .arg(formatDate(today()))));
    int section = 0;
    if (c.householdId) {
        QList<QStringList> members;
        for (const HouseholdMember &m : HouseholdRepository(db).get(c.householdId).members) {
            const PersonRecord p = PersonRepository(db).get(m.personId);
            members.append(
                {esc(p.fullName()), esc(relationName(m.relation)), esc(formatDate(p.birthDate))});
        }
        html += heading(++section, tr("Family")) +
                table({tr("Name"), tr("Relation"), tr("Born")}, members, 99, {55, 25, 20});
    }
    QStringList circumstances;
    for (qint64 id : c.circumstanceIds)
        circumstances << refName(db, id);
    if (!circumstances.isEmpty() || !c.summary.isEmpty()) {
        html += heading(++section, tr("Circumstances"));
        if (!circumstances.isEmpty())
            html += paragraph(circumstances.join(u"; "_s));
        if (!c.summary.isEmpty())
            html += paragraph(c.summary);
    }
    QList<QStringList> history;
    for (const CaseStatusChange &h : cases.history(caseId))
        history.append(
            {esc(formatDate(h.changedOn)), esc(caseStatusName(h.toStatus)), esc(h.comment)});
    html += heading(++section, tr("Status history")) +
            table({tr("Date"), tr("Status"), tr("Comment")}, history, 99, {15, 25, 60});
    html += heading(++section, tr("Individual plan")) + planTable(db, caseId, true);

    Query services(db, u"SELECT sr.service_date, si.name, trim(p.surname || ' ' || "
                       "p.first_name), sr.quantity, sr.form FROM service_record sr JOIN "
                       "service_item si ON si.id = sr.item_id JOIN person p ON p.id = "
                       "sr.person_id WHERE sr.case_id = :c AND sr.archived_at IS NULL ORDER BY "
                       "sr.service_date, sr.id"_s);
    services.bind(u":c"_s, caseId).exec();
    QList<QStringList> rows;
    while (services.next())
        rows.append({esc(formatDate(parseIsoDate(services.text(0)))), esc(services.text(1)),
                     esc(services.text(2)), esc(serviceFormName(services.text(4))),
                     esc(formatNumber(services.value(3).toDouble()))});
    html += newPageFor(rows.size()) + heading(++section, tr("Services delivered")) +
            (rows.isEmpty()
                 ? paragraph(tr("No services recorded yet."))
                 : table({tr("Date"), tr("Service"), tr("To whom"), tr("Form"), tr("Quantity")},
                         rows, 4, {13, 32, 20, 23, 12}));

    QList<QStringList> notes;
    for (const CaseNote &n : cases.notes(caseId))
        if (n.kind == u"general"_s)
            notes.append({esc(formatDate(n.date)), esc(n.text)});
    if (!notes.isEmpty())
        html += newPageFor(notes.size()) +
                keepTogether(heading(++section, tr("Notes")) +
                             table({tr("Date"), tr("Note")}, notes, 99, {15, 85}));
    document.setHtml(html);
}

void CaseDocuments::planForm(Database &db, qint64 caseId, PagedDocument &document)
{
    requirePermission(db, Permission::PrintNamed);
    const CaseRecord c = CaseRepository(db).get(caseId);
    QList<QPair<QString, QString>> block;
    const QString who = subject(db, c, block);
    block.append({tr("Case"), c.number});
    block.append({tr("Opened"), formatDate(c.openedOn)});
    document.setTitle(tr("Individual plan %1").arg(c.number));
    document.setHeader(centreName(db), tr("Case %1 · contains personal data").arg(c.number));
    const QString kind = db.profile() == Profile::Ua
                             ? tr("Individual plan of social services")
                             : tr("Individual programme of social services");
    QString html = title(kind, who) + facts(block);
    html += heading(1, tr("Services planned")) + planTable(db, caseId, false);
    html += heading(2, tr("Agreed")) +
            paragraph(tr("The recipient (or their legal representative) has read the plan and "
                         "agrees with it.")) +
            signatures({tr("Recipient or legal representative"), tr("Specialist"),
                        tr("Head of department")});
    html += u"<p style='color: #555555; font-size: 8pt;'>%1</p>"_s.arg(
        esc(tr("Signature, then name and date on the line beside it.")));
    document.setHtml(html);
}

} // namespace opora::ui
