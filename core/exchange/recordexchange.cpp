#include "exchange/recordexchange.h"

#include "access/permissions.h"
#include "clock.h"
#include "csv/csvvalues.h"
#include "db/query.h"
#include "error.h"
#include "exchange/exchangeindex.h"
#include "exchange/importdriver.h"
#include "exchange/volunteerexchange.h"
#include "register/caserepository.h"
#include "register/referencerepository.h"
#include "text/normalize.h"
#include "volunteers/volunteerrepository.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::RecordExchange)
};

const QList<QStringList> NoteKinds{
    {u"general"_s, u"общая"_s, u"загальна"_s, u"запись"_s, u"запис"_s},
    {u"psychologist"_s, u"психолог"_s, u"психолога"_s, u"психологическая"_s, u"психологічна"_s},
};

const QString VolunteerNameSql =
    u"coalesce(p.surname, v.surname), coalesce(p.first_name, v.first_name), v.phone"_s;

QList<CsvColumn> volunteerColumns()
{
    return {
        {u"volunteer_surname"_s,
         Text::tr("Volunteer's surname"),
         {u"Фамилия волонтёра"_s, u"Прізвище волонтера"_s, u"volunteer"_s},
         true},
        {u"volunteer_first_name"_s,
         Text::tr("Volunteer's first name"),
         {u"Имя волонтёра"_s, u"Ім'я волонтера"_s}},
        {u"volunteer_phone"_s,
         Text::tr("Volunteer's phone"),
         {u"Телефон волонтёра"_s, u"Телефон волонтера"_s}},
    };
}

// Volunteers by name and phone, as the rows of one file name them.
class VolunteerIndex
{
public:
    explicit VolunteerIndex(const Database &db)
        : m_ids(VolunteerExchange::idsByKey(db))
    {}

    qint64 find(const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) const
    {
        const QString surname = map.value(row, u"volunteer_surname"_s);
        const QString firstName = map.value(row, u"volunteer_first_name"_s);
        const qint64 id = m_ids.value(
            VolunteerExchange::key(surname, firstName, map.value(row, u"volunteer_phone"_s)));
        const QString name = QString(surname + u' ' + firstName).trimmed();
        if (id < 0)
            reasons << Text::tr("Two volunteers are called %1 with this phone.").arg(name);
        else if (id == 0)
            reasons << Text::tr("%1 is not among the volunteers: import the volunteers first.")
                           .arg(name);
        return std::max<qint64>(id, 0);
    }

private:
    QHash<QString, qint64> m_ids;
};

} // namespace

QList<CsvColumn> CaseNoteExchange::columns()
{
    return {
        {u"case"_s, tr("Case number"), {u"Номер случая"_s, u"Номер випадку"_s, u"number"_s}, true},
        {u"date"_s, tr("Date"), {u"Дата"_s, u"Дата записи"_s, u"Дата запису"_s}, true},
        {u"kind"_s, tr("Kind"), {u"Вид"_s, u"Тип"_s}},
        {u"text"_s, tr("Text"), {u"Текст"_s, u"Запись"_s, u"Запис"_s, u"note"_s}, true},
    };
}

ImportReport CaseNoteExchange::import(Database &db, const CsvTable &table,
                                      const ImportOptions &options)
{
    ExchangeIndex index(db, CsvTable{});
    index.loadCases(table, columns(), u"case"_s);
    CaseRepository cases(db);
    struct Row
    {
        qint64 caseId = 0;
        CaseNote note;
    };
    ImportKind<Row> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        Row r;
        r.caseId = index.caseByNumber(map.value(row, u"case"_s), reasons);
        r.note.date = readDateCell(map, row, u"date"_s, tr("Date"), reasons, true);
        const QString kindText = map.value(row, u"kind"_s);
        bool ok = true;
        if (!kindText.isEmpty())
            r.note.kind = ExchangeIndex::choice(kindText, NoteKinds, &ok);
        if (!ok)
            reasons << tr("Kind: write general or psychologist (общая or психолог).");
        r.note.text = map.value(row, u"text"_s);
        return r;
    };
    const auto key = [](qint64 caseId, const QString &date, const QString &noteKind,
                        const QString &text) {
        return u"%1|%2|%3|%4"_s.arg(caseId).arg(date, noteKind, searchKey(text));
    };
    kind.key = [key](const Row &r) {
        return key(r.caseId, isoDate(r.note.date), r.note.kind, r.note.text);
    };
    kind.storedCounts = [&db, key](const auto &) {
        QHash<QString, int> keys;
        Query q(db, u"SELECT case_id, note_date, kind, text FROM case_note WHERE archived_at IS "
                    "NULL"_s);
        q.exec();
        while (q.next())
            ++keys[key(q.integer(0), q.text(1), q.text(2), q.text(3))];
        return keys;
    };
    kind.storeAll = [&cases](const QList<Row> &rows) {
        QList<std::pair<qint64, CaseNote>> notes;
        notes.reserve(rows.size());
        for (const Row &r : rows)
            notes.append({r.caseId, r.note});
        cases.addNotes(notes);
    };
    return importTable(db, table, options, kind);
}

int CaseNoteExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT c.number, n.note_date, n.kind, n.text, coalesce(n.created_by, 0) FROM "
                "case_note n JOIN case_file c ON c.id = n.case_id WHERE n.archived_at IS NULL "
                "ORDER BY c.number, n.note_date, n.id"_s);
    q.exec();
    while (q.next())
        if (q.text(2) != u"psychologist"_s || mayReadPsychologistNote(db, q.integer(4)))
            out.addRow({q.text(0), CsvExport::date(q.text(1)), q.text(2), q.text(3)});
    return out.save(path, u"case_note"_s);
}

QList<CsvColumn> ConsentExchange::columns()
{
    QList<CsvColumn> c = ExchangeIndex::personColumns(true);
    c.append({
        {u"given_on"_s, tr("Given"), {u"Дата согласия"_s, u"Дата згоди"_s, u"Дано"_s}, true},
        {u"signed_by"_s, tr("Signed by"), {u"Подписал"_s, u"Підписав"_s, u"Подпись"_s}, true},
        {u"scope"_s, tr("Scope"), {u"На что"_s, u"Обсяг"_s, u"Объём"_s, u"Цель"_s}, true},
        {u"withdrawn_on"_s, tr("Withdrawn"), {u"Отозвано"_s, u"Відкликано"_s}},
    });
    return c;
}

ImportReport ConsentExchange::import(Database &db, const CsvTable &table,
                                     const ImportOptions &options)
{
    const ExchangeIndex index(db, table);
    ConsentRepository consents(db);
    ImportKind<ConsentRecord> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        ConsentRecord c;
        c.personId = index.person(map, row, reasons);
        c.givenOn = readDateCell(map, row, u"given_on"_s, tr("Given"), reasons, true);
        c.signedBy = map.value(row, u"signed_by"_s);
        c.scope = map.value(row, u"scope"_s);
        c.withdrawnOn = readDateCell(map, row, u"withdrawn_on"_s, tr("Withdrawn"), reasons);
        if (c.withdrawnOn.isValid() && c.givenOn.isValid() && c.withdrawnOn < c.givenOn)
            reasons << tr("A consent cannot be withdrawn before it was given.");
        return c;
    };
    const auto key = [](qint64 person, const QString &given, const QString &scope) {
        return u"%1|%2|%3"_s.arg(person).arg(given, searchKey(scope));
    };
    kind.key = [key](const ConsentRecord &c) {
        return key(c.personId, isoDate(c.givenOn), c.scope);
    };
    kind.storedKeys = [&db, key](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT person_id, given_on, scope FROM consent"_s);
        q.exec();
        while (q.next())
            keys.insert(key(q.integer(0), q.text(1), q.text(2)));
        return keys;
    };
    kind.storeAll = [&consents](const QList<ConsentRecord> &all) {
        consents.giveMany(all);
    };
    return importTable(db, table, options, kind);
}

int ConsentExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT p.surname, p.first_name, p.patronymic, coalesce(p.birth_date, ''), "
                "c.given_on, c.signed_by, c.scope, coalesce(c.withdrawn_on, '') FROM consent c "
                "JOIN person p ON p.id = c.person_id ORDER BY p.surname_key, p.id, c.given_on, "
                "c.id"_s);
    q.exec();
    const auto date = &CsvExport::date;
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), date(q.text(3)), date(q.text(4)), q.text(5),
                    q.text(6), date(q.text(7))});
    return out.save(path, u"consent"_s);
}

QList<CsvColumn> MentoringExchange::columns()
{
    QList<CsvColumn> c = volunteerColumns();
    c.append({
        {u"case"_s, tr("Case number"), {u"Номер случая"_s, u"Номер випадку"_s, u"number"_s}, true},
        {u"starts_on"_s, tr("From"), {u"С"_s, u"З"_s, u"Начало"_s, u"Початок"_s}, true},
        {u"ends_on"_s, tr("To"), {u"По"_s, u"До"_s, u"Окончание"_s, u"Кінець"_s}},
    });
    return c;
}

ImportReport MentoringExchange::import(Database &db, const CsvTable &table,
                                       const ImportOptions &options)
{
    ExchangeIndex index(db, CsvTable{});
    index.loadCases(table, columns(), u"case"_s);
    const VolunteerIndex people(db);
    VolunteerRepository volunteers(db);
    ImportKind<Mentorship> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        Mentorship m;
        m.volunteerId = people.find(map, row, reasons);
        m.caseId = index.caseByNumber(map.value(row, u"case"_s), reasons);
        m.startsOn = readDateCell(map, row, u"starts_on"_s, tr("From"), reasons, true);
        m.endsOn = readDateCell(map, row, u"ends_on"_s, tr("To"), reasons);
        // The rest of the checks (a mentoring overlapping one stored) run when it is stored,
        // after a row already stored has been recognised as such.
        if (m.endsOn.isValid() && m.startsOn.isValid() && m.endsOn < m.startsOn)
            reasons << tr("The mentoring cannot end before it starts.");
        return m;
    };
    const auto key = [](qint64 volunteer, qint64 caseId, const QString &from) {
        return u"%1|%2|%3"_s.arg(volunteer).arg(caseId).arg(from);
    };
    kind.key = [key](const Mentorship &m) {
        return key(m.volunteerId, m.caseId, isoDate(m.startsOn));
    };
    kind.storedKeys = [&db, key](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT volunteer_id, case_id, starts_on FROM mentorship"_s);
        q.exec();
        while (q.next())
            keys.insert(key(q.integer(0), q.integer(1), q.text(2)));
        return keys;
    };
    kind.storeAll = [&volunteers](const QList<Mentorship> &all) {
        volunteers.assignMentors(all);
    };
    return importTable(db, table, options, kind);
}

int MentoringExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT "_s + VolunteerNameSql +
                    u", c.number, m.starts_on, coalesce(m.ends_on, '') FROM mentorship m JOIN "
                    "volunteer v ON v.id = m.volunteer_id LEFT JOIN person p ON p.id = "
                    "v.person_id JOIN case_file c ON c.id = m.case_id ORDER BY 1, 2, m.starts_on, "
                    "m.id"_s);
    q.exec();
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), q.text(3), CsvExport::date(q.text(4)),
                    CsvExport::date(q.text(5))});
    return out.save(path, u"mentorship"_s);
}

QList<CsvColumn> VolunteerHoursExchange::columns()
{
    QList<CsvColumn> c = volunteerColumns();
    c.append({
        {u"date"_s, tr("Date"), {u"Дата"_s}, true},
        {u"hours"_s, tr("Hours"), {u"Часы"_s, u"Години"_s, u"Часов"_s}, true},
        {u"case"_s, tr("Case number"), {u"Номер случая"_s, u"Номер випадку"_s}},
        {u"event"_s, tr("Event"), {u"Мероприятие"_s, u"Захід"_s}},
        {u"event_date"_s, tr("Event date"), {u"Дата мероприятия"_s, u"Дата заходу"_s}},
        {u"project"_s, tr("Project"), {u"Проект"_s, u"Проєкт"_s}},
        {u"note"_s, tr("Note"), {u"Примечание"_s, u"Примітка"_s, u"comment"_s}},
    });
    return c;
}

ImportReport VolunteerHoursExchange::import(Database &db, const CsvTable &table,
                                            const ImportOptions &options)
{
    ExchangeIndex index(db, CsvTable{});
    index.loadCases(table, columns(), u"case"_s);
    const VolunteerIndex people(db);
    VolunteerRepository volunteers(db);
    ImportKind<VolunteerHours> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        VolunteerHours h;
        h.volunteerId = people.find(map, row, reasons);
        h.date = readDateCell(map, row, u"date"_s, tr("Date"), reasons, true);
        const std::optional<double> hours = parseCsvDecimal(map.value(row, u"hours"_s));
        h.hours = hours.value_or(0);
        if (!hours)
            reasons << tr("Hours: a number, e.g. 2,5.");
        h.caseId = index.caseByNumber(map.value(row, u"case"_s), reasons);
        const QString event = map.value(row, u"event"_s);
        const QDate eventDate =
            readDateCell(map, row, u"event_date"_s, tr("Event date"), reasons, !event.isEmpty());
        if (!event.isEmpty() && eventDate.isValid()) {
            h.eventId = index.event(event, eventDate);
            if (h.eventId < 0)
                reasons << tr("Two events %1 are on that date.").arg(event);
            else if (h.eventId == 0)
                reasons
                    << tr("There is no event %1 on that date: import the events first.").arg(event);
            h.eventId = std::max<qint64>(h.eventId, 0);
        }
        h.projectId = index.project(map.value(row, u"project"_s), reasons);
        h.note = map.value(row, u"note"_s);
        // The volunteer, case, event and project were found in the register just now; the
        // repository checks them again when it stores the file.
        if (reasons.isEmpty())
            collectReasons(reasons, [&] { VolunteerRepository::validateValues(h); });
        return h;
    };
    const auto key = [](qint64 volunteer, const QString &date, double hours, const QString &text) {
        return u"%1|%2|%3|%4"_s.arg(volunteer).arg(date).arg(hours).arg(searchKey(text));
    };
    kind.key = [key](const VolunteerHours &h) {
        return key(h.volunteerId, isoDate(h.date), h.hours, h.note);
    };
    kind.storedCounts = [&db, key](const auto &) {
        QHash<QString, int> keys;
        Query q(db, u"SELECT volunteer_id, work_date, hours, note FROM volunteer_hours WHERE "
                    "archived_at IS NULL"_s);
        q.exec();
        while (q.next())
            ++keys[key(q.integer(0), q.text(1), q.value(2).toDouble(), q.text(3))];
        return keys;
    };
    kind.storeAll = [&volunteers](const QList<VolunteerHours> &all) {
        volunteers.logHoursMany(all);
    };
    return importTable(db, table, options, kind);
}

int VolunteerHoursExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT "_s + VolunteerNameSql +
                    u", h.work_date, h.hours, coalesce(c.number, ''), coalesce(e.title, ''), "
                    "coalesce(e.event_date, ''), coalesce(pr.name, ''), h.note FROM "
                    "volunteer_hours h JOIN volunteer v ON v.id = h.volunteer_id LEFT JOIN "
                    "person p ON p.id = v.person_id LEFT JOIN case_file c ON c.id = h.case_id "
                    "LEFT JOIN event e ON e.id = h.event_id LEFT JOIN project pr ON pr.id = "
                    "h.project_id WHERE h.archived_at IS NULL ORDER BY h.work_date, h.id"_s);
    q.exec();
    const auto date = &CsvExport::date;
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), date(q.text(3)),
                    formatCsvDecimal(q.value(4).toDouble()), q.text(5), q.text(6), date(q.text(7)),
                    q.text(8), q.text(9)});
    return out.save(path, u"volunteer_hours"_s);
}

} // namespace opora
