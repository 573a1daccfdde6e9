#include "register/caserepository.h"

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
#include "text/normalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

// The fields a new case's audit entry names.
const QStringList CreatedFields{u"number"_s,    u"subject"_s,      u"status"_s,
                                u"opened_on"_s, u"responsible"_s,  u"department"_s,
                                u"summary"_s,   u"circumstances"_s};

const QString Table = u"case_file"_s;
const QString Entity = u"case"_s;

// New cases with their sort keys: the subject's name (a person's or a family's) and the
// responsible specialist's, the same the triggers of schema 2 write when they change.
const QString CaseInsert =
    u"INSERT INTO case_file(id, number, year, seq, person_id, household_id, status, opened_on, "
    "closed_on, closure_reason_id, outcome, responsible_id, department_id, summary, created_at, "
    "updated_at, created_by, updated_by, subject_key, responsible_key) SELECT v.*, s.now, s.now, "
    "s.by, s.by, coalesce((SELECT p.surname_key || ' ' || p.first_name_key || ' ' || "
    "p.patronymic_key FROM person p WHERE p.id = v.column5), (SELECT h.name_key FROM household h "
    "WHERE h.id = v.column6), ''), coalesce((SELECT t.surname || ' ' || t.first_name FROM staff "
    "t WHERE t.id = v.column12), '') FROM (VALUES %1) v, (SELECT :now AS now, :by AS by) s"_s;

QVariantList caseValues(qint64 id, const CaseRecord &c, const QString &number, int year, qint64 seq)
{
    return {id,
            number,
            year,
            seq,
            idOrNull(c.personId),
            idOrNull(c.householdId),
            c.status,
            isoDate(c.openedOn),
            c.closedOn.isValid() ? isoDate(c.closedOn) : QString(),
            idOrNull(c.closureReasonId),
            c.outcome.isEmpty() ? QString() : c.outcome,
            idOrNull(c.responsibleId),
            idOrNull(c.departmentId),
            nonNull(c.summary)};
}

const QString HistoryInsert = u"INSERT INTO case_status_history(case_id, from_status, "
                              "to_status, changed_on, changed_at, changed_by, comment) SELECT "
                              "v.column1, v.column2, v.column3, v.column4, :now, :by, v.column5 "
                              "FROM (VALUES %1) v"_s;

QVariantList historyValues(qint64 id, const QString &from, const QString &to, const QDate &date,
                           const QString &comment)
{
    return {id, from.isEmpty() ? QString() : from, to, isoDate(date), nonNull(comment)};
}

} // namespace

QStringList changedCaseFields(const CaseRecord &a, const CaseRecord &b)
{
    QStringList changed;
    const auto check = [&](bool differs, const char *field) {
        if (differs)
            changed << QString::fromLatin1(field);
    };
    check(a.personId != b.personId, "person");
    check(a.householdId != b.householdId, "household");
    check(a.status != b.status, "status");
    check(a.openedOn != b.openedOn, "opened_on");
    check(a.closedOn != b.closedOn, "closed_on");
    check(a.closureReasonId != b.closureReasonId, "closure_reason");
    check(a.outcome != b.outcome, "outcome");
    check(a.responsibleId != b.responsibleId, "responsible");
    check(a.departmentId != b.departmentId, "department");
    check(a.summary != b.summary, "summary");
    check(sortedIds(a.circumstanceIds) != sortedIds(b.circumstanceIds), "circumstances");
    return changed;
}

CaseRepository::CaseRepository(Database &db)
    : m_db(db)
{}

void CaseRepository::validate(const CaseRecord &c)
{
    Validator v;
    v.require((c.personId > 0) != (c.householdId > 0), u"subject"_s,
              tr("Choose the person or the family the case is about."));
    v.require(c.openedOn.isValid(), u"opened_on"_s, tr("Enter the opening date."));
    v.require(!c.openedOn.isValid() || c.openedOn <= today(), u"opened_on"_s,
              tr("The opening date is in the future."));
    v.require(!c.closedOn.isValid() || !c.openedOn.isValid() || c.closedOn >= c.openedOn,
              u"closed_on"_s, tr("The closing date is before the opening date."));
    v.require(CaseStatus::all().contains(c.status), u"status"_s, tr("Choose a status."));
    if (c.status == CaseStatus::Closed) {
        v.require(c.closedOn.isValid(), u"closed_on"_s, tr("Enter the closing date."));
        v.require(c.closureReasonId > 0, u"closure_reason"_s,
                  tr("Choose the reason for closing the case."));
        v.require(caseOutcomes().contains(c.outcome), u"outcome"_s,
                  tr("Choose the outcome of the support."));
    }
    v.throwIfInvalid();
}

CaseRecord CaseRepository::get(qint64 id) const
{
    requirePermission(m_db, Permission::ViewRecords);
    requireCaseInScope(m_db, id);
    Query q(m_db, u"SELECT number, person_id, household_id, status, opened_on, closed_on, "
                  "closure_reason_id, outcome, responsible_id, department_id, summary, "
                  "archived_at IS NOT NULL, version FROM case_file WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This case is no longer in the register."),
                    u"case %1 not found"_s.arg(id));
    CaseRecord c;
    c.id = id;
    c.number = q.text(0);
    c.personId = q.integer(1);
    c.householdId = q.integer(2);
    c.status = q.text(3);
    c.openedOn = parseIsoDate(q.text(4));
    c.closedOn = parseIsoDate(q.text(5));
    c.closureReasonId = q.integer(6);
    c.outcome = q.text(7);
    c.responsibleId = q.integer(8);
    c.departmentId = q.integer(9);
    c.summary = q.text(10);
    c.archived = q.value(11).toBool();
    c.version = q.value(12).toInt();
    Query r(m_db, u"SELECT circumstance_id FROM case_circumstance WHERE case_id = :id "
                  "ORDER BY circumstance_id"_s);
    r.bind(u":id"_s, id).exec();
    while (r.next())
        c.circumstanceIds << r.integer(0);
    return c;
}

qint64 CaseRepository::idForNumber(const QString &number) const
{
    return Query(m_db, u"SELECT id FROM case_file WHERE number = :n"_s)
        .bind(u":n"_s, number.trimmed())
        .scalar(0)
        .toLongLong();
}

QSet<QString> CaseRepository::storedNumbers(const QStringList &numbers) const
{
    QSet<QString> stored;
    if (numbers.isEmpty())
        return stored;
    Query q(m_db, u"SELECT number FROM case_file WHERE number IN (SELECT value FROM "
                  "json_each(:numbers))"_s);
    q.bind(u":numbers"_s, jsonArray(numbers)).exec();
    while (q.next())
        stored.insert(q.text(0));
    return stored;
}

qint64 CaseRepository::create(const CaseRecord &input)
{
    CaseRecord c = input;
    c.status = CaseStatus::New;
    c.closedOn = {};
    c.closureReasonId = 0;
    c.outcome.clear();
    validate(c);
    WriteTransaction tx(m_db);
    const int year = c.openedOn.year();
    const qint64 seq = lastSeqOf(year) + 1;
    const qint64 id = insert(c, u"%1-%2"_s.arg(year).arg(seq, 4, 10, QChar(u'0')), year, seq);
    addHistory(id, {}, CaseStatus::New, c.openedOn, {});
    tx.commit();
    return id;
}

qint64 CaseRepository::createImported(const CaseRecord &input)
{
    return createImportedMany({input}).constFirst();
}

QList<qint64> CaseRepository::createImportedMany(const QList<CaseRecord> &inputs)
{
    static const QRegularExpression shape(u"^([0-9]{4})-([0-9]{1,9})$"_s);
    struct Numbered
    {
        CaseRecord c;
        int year = 0;
        qint64 seq = 0; // 0: the next of its year
    };
    QList<Numbered> cases;
    QHash<int, qint64> lastSeq; // the highest number of each year, stored or in the batch
    QSet<QString> numbers;
    QStringList given;
    for (const CaseRecord &input : inputs)
        if (!input.number.trimmed().isEmpty())
            given << input.number.trimmed();
    const QSet<QString> taken = storedNumbers(given);
    for (const CaseRecord &input : inputs) {
        Numbered n{input, input.openedOn.year(), 0};
        CaseRecord &c = n.c;
        if (c.status != CaseStatus::Closed) {
            c.closedOn = {};
            c.closureReasonId = 0;
            c.outcome.clear();
        }
        validate(c);
        const QString number = c.number.trimmed();
        const QRegularExpressionMatch m = shape.match(number);
        Validator v;
        v.require(number.isEmpty() || m.hasMatch(), u"number"_s,
                  tr("A case number is written as YYYY-NNNN, e.g. 2024-0042."));
        v.require(number.isEmpty() || (!taken.contains(number) && !numbers.contains(number)),
                  u"number"_s, tr("Another case has this number."));
        v.throwIfInvalid();
        if (m.hasMatch()) {
            n.year = m.captured(1).toInt();
            n.seq = m.captured(2).toLongLong();
            numbers.insert(number);
            lastSeq[n.year] = std::max(lastSeq.value(n.year), n.seq);
        }
        cases << n;
    }
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    for (auto it = lastSeq.begin(); it != lastSeq.end(); ++it)
        *it = std::max(*it, lastSeqOf(it.key()));
    AuditBatch audit(m_db, AuditAction::Create, Entity);
    const QVariant now = nowUtc();
    const QVariant by = actor(m_db);
    qint64 id = nextId(m_db, Table);
    QList<qint64> ids;
    QList<QVariantList> rows;
    QList<QVariantList> history;
    for (Numbered &n : cases) {
        QString number = n.c.number.trimmed();
        if (!n.seq) {
            if (!lastSeq.contains(n.year))
                lastSeq.insert(n.year, lastSeqOf(n.year));
            n.seq = ++lastSeq[n.year];
            number = u"%1-%2"_s.arg(n.year).arg(n.seq, 4, 10, QChar(u'0'));
        }
        rows << caseValues(id, n.c, number, n.year, n.seq);
        if (n.c.status == CaseStatus::Closed) {
            history << historyValues(id, {}, CaseStatus::New, n.c.openedOn, {});
            history << historyValues(id, CaseStatus::New, CaseStatus::Closed, n.c.closedOn, {});
        } else {
            history << historyValues(id, {}, n.c.status, n.c.openedOn, {});
        }
        ids << id++;
    }
    const QVariantMap stamp{{u":now"_s, now}, {u":by"_s, by}};
    insertMany(m_db, CaseInsert, rows, stamp);
    insertMany(m_db, HistoryInsert, history, stamp);
    for (qsizetype i = 0; i < cases.size(); ++i)
        if (!cases.at(i).c.circumstanceIds.isEmpty())
            writeCircumstances(ids.at(i), cases.at(i).c.circumstanceIds);
    audit.addMany(ids, CreatedFields);
    tx.commit();
    return ids;
}

qint64 CaseRepository::lastSeqOf(int year) const
{
    return Query(m_db, u"SELECT coalesce(max(seq), 0) FROM case_file WHERE year = :y"_s)
        .bind(u":y"_s, year)
        .scalar(0)
        .toLongLong();
}

qint64 CaseRepository::insert(const CaseRecord &c, const QString &number, int year, qint64 seq)
{
    const qint64 id = insertRow(c, number, year, seq);
    writeCircumstances(id, c.circumstanceIds);
    recordAudit(m_db, AuditAction::Create, Entity, id, CreatedFields);
    return id;
}

qint64 CaseRepository::insertRow(const CaseRecord &c, const QString &number, int year, qint64 seq)
{
    const qint64 id = nextId(m_db, Table);
    insertMany(m_db, CaseInsert, {caseValues(id, c, number, year, seq)},
               {{u":now"_s, nowUtc()}, {u":by"_s, actor(m_db)}});
    return id;
}

void CaseRepository::update(const CaseRecord &input)
{
    WriteTransaction tx(m_db);
    const int current = rowVersion(m_db, Table, input.id);
    const CaseRecord stored = current ? get(input.id) : CaseRecord{};
    requireVersion(m_db, Table, Entity, input.id, input.version,
                   current ? changedCaseFields(stored, input) : QStringList());
    // The status and its dates change only through changeStatus.
    CaseRecord c = input;
    c.status = stored.status;
    c.closedOn = stored.closedOn;
    c.closureReasonId = stored.closureReasonId;
    c.outcome = stored.outcome;
    validate(c);
    Query q(m_db, u"UPDATE case_file SET person_id = :person, household_id = :household, "
                  "opened_on = :opened, responsible_id = :responsible, "
                  "department_id = :department, summary = :summary, updated_at = :now, "
                  "updated_by = :by, version = version + 1 WHERE id = :id AND version = :v"_s);
    q.bind(u":person"_s, idOrNull(c.personId))
        .bind(u":household"_s, idOrNull(c.householdId))
        .bind(u":opened"_s, isoDate(c.openedOn))
        .bind(u":responsible"_s, idOrNull(c.responsibleId))
        .bind(u":department"_s, idOrNull(c.departmentId))
        .bind(u":summary"_s, nonNull(c.summary))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, c.id)
        .bind(u":v"_s, c.version)
        .exec();
    writeCircumstances(c.id, c.circumstanceIds);
    recordAudit(m_db, AuditAction::Update, Entity, c.id, changedCaseFields(stored, c));
    tx.commit();
}

void CaseRepository::changeStatus(qint64 id, int version, const QString &status, const QDate &date,
                                  const QString &comment, qint64 closureReasonId,
                                  const QString &outcome)
{
    WriteTransaction tx(m_db);
    requireVersion(m_db, Table, Entity, id, version, {u"status"_s});
    CaseRecord c = get(id);
    const QString from = c.status;
    Validator v;
    v.require(CaseStatus::next(from).contains(status), u"status"_s,
              tr("A case cannot move from this status to the chosen one."));
    v.require(date.isValid() && date <= today(), u"status_date"_s,
              tr("Enter the date of the change; it cannot be in the future."));
    v.require(!date.isValid() || date >= c.openedOn, u"status_date"_s,
              tr("The date of the change is before the case was opened."));
    v.throwIfInvalid();
    c.status = status;
    if (status == CaseStatus::Closed) {
        c.closedOn = date;
        c.closureReasonId = closureReasonId;
        c.outcome = outcome;
    } else {
        c.closedOn = {};
        c.closureReasonId = 0;
        c.outcome.clear();
    }
    validate(c);
    Query(m_db, u"UPDATE case_file SET status = :status, closed_on = :closed, "
                "closure_reason_id = :reason, outcome = :outcome, updated_at = :now, "
                "updated_by = :by, version = version + 1 WHERE id = :id AND version = :v"_s)
        .bind(u":status"_s, c.status)
        .bind(u":closed"_s, c.closedOn.isValid() ? isoDate(c.closedOn) : QString())
        .bind(u":reason"_s, idOrNull(c.closureReasonId))
        .bind(u":outcome"_s, c.outcome.isEmpty() ? QString() : c.outcome)
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, id)
        .bind(u":v"_s, version)
        .exec();
    addHistory(id, from, status, date, comment);
    recordAudit(m_db, AuditAction::Update, Entity, id,
                {u"status"_s, u"closed_on"_s, u"closure_reason"_s, u"outcome"_s});
    tx.commit();
}

void CaseRepository::archive(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Entity, id, version, true);
    tx.commit();
}

void CaseRepository::restore(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Entity, id, version, false);
    tx.commit();
}

void CaseRepository::writeCircumstances(qint64 id, const QList<qint64> &ids)
{
    Query(m_db, u"DELETE FROM case_circumstance WHERE case_id = :id"_s).bind(u":id"_s, id).exec();
    for (qint64 circumstance : sortedIds(ids))
        Query(m_db, u"INSERT INTO case_circumstance(case_id, circumstance_id) VALUES(:c, :r)"_s)
            .bind(u":c"_s, id)
            .bind(u":r"_s, circumstance)
            .exec();
}

void CaseRepository::addHistory(qint64 id, const QString &from, const QString &to,
                                const QDate &date, const QString &comment)
{
    insertMany(m_db, HistoryInsert, {historyValues(id, from, to, date, comment)},
               {{u":now"_s, nowUtc()}, {u":by"_s, actor(m_db)}});
}

QList<CaseStatusChange> CaseRepository::history(qint64 id) const
{
    Query q(m_db, u"SELECT from_status, to_status, changed_on, comment FROM case_status_history "
                  "WHERE case_id = :id ORDER BY changed_on, id"_s);
    q.bind(u":id"_s, id).exec();
    QList<CaseStatusChange> changes;
    while (q.next())
        changes.append({q.text(0), q.text(1), parseIsoDate(q.text(2)), q.text(3)});
    return changes;
}

qint64 CaseRepository::addNote(qint64 caseId, const CaseNote &note)
{
    return addNotes({{caseId, note}}).constFirst();
}

QList<qint64> CaseRepository::addNotes(const QList<std::pair<qint64, CaseNote>> &notes)
{
    const QString role = actorRole(m_db);
    QSet<qint64> cases;
    for (const auto &[caseId, note] : notes) {
        Validator v;
        v.require(!note.text.trimmed().isEmpty(), u"text"_s, tr("Write the note's text."));
        v.require(note.date.isValid() && note.date <= today(), u"date"_s,
                  tr("Enter the note's date; it cannot be in the future."));
        v.require(note.kind == u"general"_s || note.kind == u"psychologist"_s, u"kind"_s,
                  tr("Choose the kind of note."));
        v.require(note.kind != u"psychologist"_s || role != u"specialist"_s, u"kind"_s,
                  tr("A specialist writes general notes; a psychologist's note is written by a "
                     "psychologist."));
        v.throwIfInvalid();
        cases.insert(caseId);
    }
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    for (const qint64 caseId : std::as_const(cases)) {
        requireCaseInScope(m_db, caseId);
        if (rowVersion(m_db, Table, caseId) == 0)
            requireVersion(m_db, Table, Entity, caseId, 0);
    }
    AuditBatch audit(m_db, AuditAction::Create, u"case_note"_s);
    const QString now = nowUtc();
    QList<qint64> ids;
    for (const auto &[caseId, note] : notes) {
        Query q(m_db, u"INSERT INTO case_note(case_id, note_date, kind, text, created_at, "
                      "updated_at, created_by, updated_by) VALUES(:case, :date, :kind, :text, "
                      ":now, :now, :by, :by)"_s);
        q.bind(u":case"_s, caseId)
            .bind(u":date"_s, isoDate(note.date))
            .bind(u":kind"_s, note.kind)
            .bind(u":text"_s, note.text.trimmed())
            .bind(u":now"_s, now)
            .bind(u":by"_s, actor(m_db))
            .exec();
        ids << q.lastInsertId();
        audit.add(ids.last(), {u"date"_s, u"kind"_s, u"text"_s});
    }
    tx.commit();
    return ids;
}

QList<CaseNote> CaseRepository::notes(qint64 caseId) const
{
    Query q(m_db, u"SELECT id, note_date, kind, text, created_by FROM case_note "
                  "WHERE case_id = :id AND archived_at IS NULL ORDER BY note_date DESC, id DESC"_s);
    q.bind(u":id"_s, caseId).exec();
    QList<CaseNote> list;
    while (q.next()) {
        const CaseNote note{q.integer(0), parseIsoDate(q.text(1)), q.text(2), q.text(3),
                            q.integer(4)};
        if (note.kind != u"psychologist"_s || mayReadPsychologistNote(m_db, note.authorId))
            list.append(note);
    }
    return list;
}

QStringList CaseRepository::sortKeys()
{
    return {u"number"_s, u"opened"_s, u"status"_s, u"subject"_s, u"responsible"_s};
}

Page<CaseRow> CaseRepository::list(const CaseFilter &filter, const PageRequest &request) const
{
    requirePermission(m_db, Permission::ViewRecords);
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    const auto add = [&](const QString &condition, const QString &name, const QVariant &value) {
        where << condition;
        binds.append({name, value});
    };
    if (!filter.withArchived)
        where << u"c.archived_at IS NULL"_s;
    if (const QString scope = caseScopeCondition(m_db, u"c"_s); !scope.isEmpty())
        where << scope;
    if (!filter.status.isEmpty())
        add(u"c.status = :status"_s, u":status"_s, filter.status);
    if (filter.responsibleId > 0)
        add(u"c.responsible_id = :resp"_s, u":resp"_s, filter.responsibleId);
    if (filter.departmentId > 0)
        add(u"c.department_id = :dept"_s, u":dept"_s, filter.departmentId);
    if (filter.categoryId > 0)
        add(u"EXISTS (SELECT 1 FROM person_category pc WHERE pc.person_id = c.person_id AND "
            "pc.category_id = :cat)"_s,
            u":cat"_s, filter.categoryId);
    if (filter.openedFrom.isValid())
        add(u"c.opened_on >= :from"_s, u":from"_s, isoDate(filter.openedFrom));
    if (filter.openedTo.isValid())
        add(u"c.opened_on <= :to"_s, u":to"_s, isoDate(filter.openedTo));
    const QString text = filter.text.trimmed();
    static const QRegularExpression numberLike(u"^[0-9][0-9-]*$"_s);
    if (numberLike.match(text).hasMatch()) {
        if (text.contains(u'-') || text.size() > 4)
            add(u"c.number >= :num AND c.number < :num_end"_s, u":num"_s, text);
        else
            add(u"(c.seq = :num OR c.year = :num)"_s, u":num"_s, text.toInt());
        if (text.contains(u'-') || text.size() > 4)
            binds.append({u":num_end"_s, prefixUpperBound(text)});
    } else {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        for (int i = 0; i < words.size() && i < 5; ++i) {
            const QString key = searchKey(words.at(i));
            if (key.isEmpty())
                continue;
            const QString ph = u":w%1"_s.arg(i);
            // Subqueries walk the name indexes; a join would read every case.
            where << u"(c.person_id IN (SELECT p.id FROM person p WHERE %1 OR %2 OR %3) OR "
                     "c.household_id IN (SELECT h.id FROM household h WHERE %4))"_s.arg(
                         prefixCondition(u"p.surname_key"_s, ph),
                         prefixCondition(u"p.first_name_key"_s, ph),
                         prefixCondition(u"p.patronymic_key"_s, ph),
                         prefixCondition(u"h.name_key"_s, ph));
            binds.append({ph, key});
            binds.append({ph + u"_end"_s, prefixUpperBound(key)});
        }
    }
    const QString from = u" FROM case_file c LEFT JOIN person p ON p.id = c.person_id "
                         "LEFT JOIN household h ON h.id = c.household_id "
                         "LEFT JOIN staff s ON s.id = c.responsible_id "
                         "LEFT JOIN department d ON d.id = c.department_id"_s;
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);

    Query count(m_db, u"SELECT count(*) FROM case_file c"_s + whereSql);
    for (const auto &[name, value] : binds)
        count.bind(name, value);
    Page<CaseRow> page;
    page.total = count.scalar(0).toLongLong();

    const QString dir = request.descending ? u" DESC"_s : QString();
    QString order = u"c.year%1, c.seq%1"_s.arg(dir);
    if (request.sortKey == u"opened"_s)
        order = u"c.opened_on%1, c.id%1"_s.arg(dir);
    else if (request.sortKey == u"status"_s)
        order = u"c.status%1, c.opened_on%1, c.id"_s.arg(dir);
    else if (request.sortKey == u"subject"_s)
        order = u"c.subject_key%1, c.id%1"_s.arg(dir);
    else if (request.sortKey == u"responsible"_s)
        order = u"c.responsible_key%1, c.id%1"_s.arg(dir);

    Query q(m_db, u"SELECT c.id, c.number, coalesce("_s + personNameSql(u"p"_s) +
                      u", h.name), "
                      "c.status, c.opened_on, c.closed_on, coalesce(s.surname || ' ' || "
                      "substr(s.first_name, 1, 1) || '.', ''), coalesce(d.name, ''), "
                      "c.archived_at IS NOT NULL"_s +
                      from + whereSql + u" ORDER BY "_s + order +
                      u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    q.bind(u":limit"_s, std::clamp(request.limit, 1, 1000))
        .bind(u":offset"_s, std::max(request.offset, 0))
        .exec();
    while (q.next()) {
        CaseRow row;
        row.id = q.integer(0);
        row.number = q.text(1);
        row.subject = q.text(2);
        row.status = q.text(3);
        row.openedOn = parseIsoDate(q.text(4));
        row.closedOn = parseIsoDate(q.text(5));
        row.responsible = q.text(6);
        row.department = q.text(7);
        row.archived = q.value(8).toBool();
        page.rows << row;
    }
    return page;
}

} // namespace opora
