#include "exchange/journalexchange.h"

#include "clock.h"
#include "csv/csvvalues.h"
#include "db/bulk.h"
#include "db/query.h"
#include "error.h"
#include "events/eventrepository.h"
#include "exchange/exchangeindex.h"
#include "exchange/importdriver.h"
#include "services/servicerepository.h"
#include "text/normalize.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QList<QStringList> Forms{
    {u"home"_s, u"на дому"_s, u"вдома"_s, u"надомная"_s},
    {u"day"_s, u"полустационарная"_s, u"полустационарно"_s, u"напівстаціонарна"_s,
     u"напівстаціонарно"_s, u"денна"_s},
    {u"residential"_s, u"стационарная"_s, u"стационарно"_s, u"стаціонарна"_s, u"стаціонарно"_s},
    {u"remote"_s, u"дистанционная"_s, u"дистанционно"_s, u"дистанційна"_s, u"дистанційно"_s},
};

const QList<QStringList> EventTypes{
    {u"class"_s, u"занятие"_s, u"лекция"_s, u"заняття"_s, u"лекція"_s},
    {u"parents_school"_s, u"школа родителей"_s, u"школа материнства"_s, u"школа батьків"_s,
     u"школа материнства"_s},
    {u"training"_s, u"тренинг"_s, u"тренінг"_s},
    {u"seminar"_s, u"семинар"_s, u"конференция"_s, u"семінар"_s, u"конференція"_s},
    {u"round_table"_s, u"круглый стол"_s, u"круглий стіл"_s},
    {u"club"_s, u"клуб"_s, u"досуг"_s, u"дозвілля"_s},
    {u"webinar"_s, u"вебинар"_s, u"супервизия"_s, u"вебінар"_s, u"супервізія"_s},
    {u"outreach"_s, u"выезд"_s, u"мобильная бригада"_s, u"виїзд"_s, u"мобільна бригада"_s},
    {u"other"_s, u"другое"_s, u"інше"_s},
};

const QList<QStringList> EventStatuses{
    {u"planned"_s, u"запланировано"_s, u"заплановано"_s},
    {u"held"_s, u"проведено"_s, u"состоялось"_s, u"відбулося"_s},
    {u"cancelled"_s, u"отменено"_s, u"скасовано"_s},
};

const QList<QStringList> Marks{
    {u"present"_s, u"присутствовал"_s, u"был"_s, u"да"_s, u"присутній"_s, u"був"_s, u"так"_s,
     u"+"_s},
    {u"excused"_s, u"уважительная"_s, u"по уважительной причине"_s, u"з поважної причини"_s},
    {u"absent"_s, u"отсутствовал"_s, u"нет"_s, u"не был"_s, u"відсутній"_s, u"ні"_s, u"-"_s},
};

QString eventKey(const QString &type, const QDate &date, const QString &startsAt,
                 const QString &title)
{
    return QStringList{type, isoDate(date), startsAt, searchKey(title)}.join(u'|');
}

} // namespace

QList<CsvColumn> ServiceExchange::columns()
{
    QList<CsvColumn> c{
        {u"case"_s,
         tr("Case number"),
         {u"Номер случая"_s, u"Номер випадку"_s, u"Случай"_s, u"Випадок"_s, u"number"_s}}};
    c.append(ExchangeIndex::personColumns(true));
    c.append({
        {u"service"_s,
         tr("Service code"),
         {u"Код услуги"_s, u"Код послуги"_s, u"Услуга"_s, u"Послуга"_s, u"code"_s},
         true},
        {u"date"_s, tr("Date"), {u"Дата"_s, u"Дата оказания"_s, u"Дата надання"_s}, true},
        {u"specialist"_s,
         tr("Specialist"),
         {u"Специалист"_s, u"Фахівець"_s, u"Сотрудник"_s, u"Працівник"_s}},
        {u"quantity"_s, tr("Quantity"), {u"Количество"_s, u"Кол-во"_s, u"Кількість"_s}},
        {u"duration_min"_s,
         tr("Minutes"),
         {u"Минуты"_s, u"Хвилини"_s, u"Длительность"_s, u"Тривалість"_s, u"duration"_s}},
        {u"form"_s, tr("Form"), {u"Форма"_s, u"Форма обслуживания"_s, u"Форма надання"_s}, true},
        {u"project"_s, tr("Project"), {u"Проект"_s, u"Проєкт"_s}},
        {u"note"_s, tr("Note"), {u"Примечание"_s, u"Примітка"_s, u"comment"_s}},
    });
    return c;
}

ImportReport ServiceExchange::import(Database &db, const CsvTable &table,
                                     const ImportOptions &options)
{
    ExchangeIndex index(db, table);
    index.loadCases(table, columns(), u"case"_s);
    QHash<QString, qint64> items;
    Query i(db, u"SELECT id, code, name FROM service_item"_s);
    i.exec();
    while (i.next()) {
        items.insert(searchKey(i.text(1)), i.integer(0));
        items.insert(searchKey(i.text(2)), i.integer(0));
    }
    // The case open on the day, for rows without a case number.
    Query open(db, u"SELECT c.id FROM case_file c WHERE c.archived_at IS NULL AND c.opened_on <= "
                   ":d AND (c.closed_on IS NULL OR c.closed_on >= :d) AND (c.person_id = :p OR "
                   "c.household_id IN (SELECT household_id FROM household_member WHERE person_id "
                   "= :p)) LIMIT 2"_s);
    ServiceRepository services(db);
    ImportKind<ServiceRecord> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        ServiceRecord r;
        r.personId = index.person(map, row, reasons);
        r.date = readDateCell(map, row, u"date"_s, tr("Date"), reasons, true);
        const QString item = map.value(row, u"service"_s);
        r.itemId = items.value(searchKey(item));
        if (!r.itemId)
            reasons << tr("There is no service %1 in the catalogue.").arg(item);
        bool ok = true;
        r.form = ExchangeIndex::choice(map.value(row, u"form"_s), Forms, &ok);
        if (!ok)
            reasons << tr("Form: write home, day, residential or remote (на дому, "
                          "полустационарная… / вдома, напівстаціонарно…).");
        r.staffId = index.staff(map.value(row, u"specialist"_s), reasons);
        const QString quantity = map.value(row, u"quantity"_s);
        if (!quantity.isEmpty()) {
            const std::optional<double> value = parseCsvDecimal(quantity);
            r.quantity = value.value_or(0);
            if (r.quantity <= 0)
                reasons << tr("Quantity: a number above 0.");
        }
        const QString minutes = map.value(row, u"duration_min"_s);
        if (!minutes.isEmpty()) {
            const std::optional<qint64> value = parseCsvInteger(minutes);
            r.durationMinutes =
                static_cast<int>(std::clamp<qint64>(value.value_or(-1), -1, 100000));
            if (r.durationMinutes < 0)
                reasons << tr("Minutes: a whole number.");
        }
        r.projectId = index.project(map.value(row, u"project"_s), reasons);
        r.note = map.value(row, u"note"_s);
        const QString number = map.value(row, u"case"_s);
        if (!number.isEmpty()) {
            r.caseId = index.caseByNumber(number, reasons);
        } else if (r.personId && r.date.isValid()) {
            open.bind(u":d"_s, isoDate(r.date)).bind(u":p"_s, r.personId).exec();
            QList<qint64> found;
            while (open.next())
                found << open.integer(0);
            if (found.size() == 1)
                r.caseId = found.first();
            else
                reasons << (found.isEmpty()
                                ? tr("No case of this person was open on that date: give the "
                                     "case number.")
                                : tr("Several cases of this person were open on that date: "
                                     "give the case number."));
        }
        if (reasons.isEmpty()) {
            collectReasons(reasons, [&] { services.validate(r); });
        }
        return r;
    };
    const auto key = [](qint64 caseId, qint64 person, qint64 item, const QString &date,
                        qint64 staff, double quantity, int minutes, const QString &form,
                        const QString &note) {
        return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(caseId)
            .arg(person)
            .arg(item)
            .arg(date)
            .arg(staff)
            .arg(quantity)
            .arg(minutes)
            .arg(form, searchKey(note));
    };
    kind.key = [key](const ServiceRecord &r) {
        return key(r.caseId, r.personId, r.itemId, isoDate(r.date), r.staffId, r.quantity,
                   r.durationMinutes, r.form, r.note);
    };
    // Only the services of the file's people on the file's days can be the same.
    kind.storedCounts = [&db, key](const QList<ServiceRecord> &candidates) {
        Query(db, u"CREATE TEMP TABLE IF NOT EXISTS import_person_day(person_id INTEGER, day "
                  "TEXT, PRIMARY KEY(person_id, day)) WITHOUT ROWID"_s)
            .exec();
        Query(db, u"DELETE FROM temp.import_person_day"_s).exec();
        QList<QVariantList> days;
        days.reserve(candidates.size());
        for (const ServiceRecord &r : candidates)
            days << QVariantList{r.personId, isoDate(r.date)};
        insertMany(db, u"INSERT OR IGNORE INTO temp.import_person_day VALUES %1"_s, days);
        QHash<QString, int> keys;
        Query q(db, u"SELECT r.case_id, r.person_id, r.item_id, r.service_date, "
                    "coalesce(r.staff_id, 0), r.quantity, coalesce(r.duration_min, 0), r.form, "
                    "r.note FROM temp.import_person_day d JOIN service_record r ON r.person_id = "
                    "d.person_id AND r.service_date = d.day WHERE r.archived_at IS NULL"_s);
        q.exec();
        while (q.next())
            ++keys[key(q.integer(0), q.integer(1), q.integer(2), q.text(3), q.integer(4),
                       q.value(5).toDouble(), q.value(6).toInt(), q.text(7), q.text(8))];
        return keys;
    };
    kind.storeAll = [&services](const QList<ServiceRecord> &all) {
        services.createValidated(all); // every row went through validate() in parse
    };
    return importTable(db, table, options, kind);
}

int ServiceExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT c.number, p.surname, p.first_name, p.patronymic, coalesce(p.birth_date, "
                "''), i.code, r.service_date, coalesce(s.surname || ' ' || s.first_name || ' ' || "
                "s.patronymic, ''), r.quantity, coalesce(r.duration_min, ''), r.form, "
                "coalesce(pr.name, ''), r.note FROM service_record r JOIN case_file c ON c.id = "
                "r.case_id JOIN person p ON p.id = r.person_id JOIN service_item i ON i.id = "
                "r.item_id LEFT JOIN staff s ON s.id = r.staff_id LEFT JOIN project pr ON pr.id = "
                "r.project_id WHERE r.archived_at IS NULL ORDER BY r.service_date, r.id"_s);
    q.exec();
    const auto date = &CsvExport::date;
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), q.text(3), date(q.text(4)), q.text(5),
                    date(q.text(6)), q.text(7).trimmed(), formatCsvDecimal(q.value(8).toDouble()),
                    q.text(9), q.text(10), q.text(11), q.text(12)});
    return out.save(path, u"service_record"_s);
}

QList<CsvColumn> EventExchange::columns()
{
    QList<CsvColumn> c{
        {u"type"_s, tr("Type"), {u"Вид"_s, u"Тип"_s, u"Вид мероприятия"_s, u"Вид заходу"_s}, true},
        {u"title"_s, tr("Title"), {u"Название"_s, u"Назва"_s, u"Тема"_s}, true},
        {u"date"_s, tr("Date"), {u"Дата"_s}, true},
        {u"starts_at"_s, tr("Starts at"), {u"Начало"_s, u"Початок"_s, u"Время"_s, u"Час"_s}},
        {u"ends_at"_s, tr("Ends at"), {u"Окончание"_s, u"Кінець"_s}},
        {u"place"_s, tr("Place"), {u"Место"_s, u"Місце"_s}},
        {u"project"_s, tr("Project"), {u"Проект"_s, u"Проєкт"_s}},
        {u"department"_s, tr("Department"), {u"Отделение"_s, u"Відділ"_s, u"Відділення"_s}},
        {u"status"_s, tr("Status"), {u"Статус"_s, u"Состояние"_s, u"Стан"_s}},
        {u"note"_s, tr("Note"), {u"Примечание"_s, u"Примітка"_s, u"comment"_s}},
        {u"women"_s, tr("Women"), {u"Женщины"_s, u"Жінки"_s}},
        {u"men"_s, tr("Men"), {u"Мужчины"_s, u"Чоловіки"_s}},
        {u"teenagers"_s, tr("Teenagers"), {u"Подростки"_s, u"Підлітки"_s}},
        {u"children"_s, tr("Children"), {u"Дети"_s, u"Діти"_s}},
        {u"parents"_s, tr("Parents"), {u"Родители"_s, u"Батьки"_s}},
        {u"specialists"_s, tr("Specialists"), {u"Специалисты"_s, u"Фахівці"_s}},
        {u"volunteers"_s, tr("Volunteers"), {u"Волонтёры"_s, u"Волонтери"_s}},
        {u"other"_s, tr("Others"), {u"Другие"_s, u"Інші"_s}},
    };
    return c;
}

ImportReport EventExchange::import(Database &db, const CsvTable &table,
                                   const ImportOptions &options)
{
    const ExchangeIndex index(db, table);
    EventRepository events(db);
    struct Row
    {
        EventRecord event;
        QMap<QString, int> headcounts;
    };
    ImportKind<Row> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        Row r;
        bool ok = true;
        r.event.type = ExchangeIndex::choice(map.value(row, u"type"_s), EventTypes, &ok);
        if (!ok)
            reasons << tr("Type: write class, parents_school, training, seminar, round_table, "
                          "club, webinar, outreach or other (занятие, школа родителей, тренинг… "
                          "/ заняття, школа батьків, тренінг…).");
        r.event.title = map.value(row, u"title"_s);
        r.event.date = readDateCell(map, row, u"date"_s, tr("Date"), reasons, true);
        r.event.startsAt = map.value(row, u"starts_at"_s);
        r.event.endsAt = map.value(row, u"ends_at"_s);
        r.event.place = map.value(row, u"place"_s);
        r.event.projectId = index.project(map.value(row, u"project"_s), reasons);
        r.event.departmentId = index.department(map.value(row, u"department"_s), reasons);
        const QString status = map.value(row, u"status"_s);
        r.event.status =
            status.isEmpty()
                ? (r.event.date.isValid() && r.event.date <= today() ? u"held"_s : u"planned"_s)
                : ExchangeIndex::choice(status, EventStatuses, &ok);
        if (!ok)
            reasons << tr("Status: write planned, held or cancelled (проведено, отменено… / "
                          "відбулося, скасовано…).");
        r.event.note = map.value(row, u"note"_s);
        for (const QString &audience : audienceGroups()) {
            const QString text = map.value(row, audience);
            if (text.isEmpty())
                continue;
            const qint64 count = parseCsvInteger(text).value_or(-1);
            if (count < 0 || count > EventRepository::MaxHeadcount)
                reasons << tr("%1: a whole number of people.").arg(text);
            else if (count > 0)
                r.headcounts.insert(audience, static_cast<int>(count));
        }
        if (reasons.isEmpty()) {
            collectReasons(reasons, [&] { EventRepository::validate(r.event); });
        }
        return r;
    };
    kind.key = [](const Row &r) {
        return eventKey(r.event.type, r.event.date, r.event.startsAt, r.event.title);
    };
    kind.storedKeys = [&db](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT type, event_date, starts_at, title FROM event"_s);
        q.exec();
        while (q.next())
            keys.insert(eventKey(q.text(0), parseIsoDate(q.text(1)), q.text(2), q.text(3)));
        return keys;
    };
    kind.storeAll = [&events](const QList<Row> &rows) {
        QList<EventRepository::EventWithHeadcounts> all;
        all.reserve(rows.size());
        for (const Row &r : rows)
            all.append({r.event, r.headcounts});
        events.createMany(all);
    };
    return importTable(db, table, options, kind);
}

int EventExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    QString counts;
    for (const QString &audience : audienceGroups())
        counts += u", coalesce((SELECT count FROM event_headcount h WHERE h.event_id = e.id AND "
                  "h.audience = '%1'), '')"_s.arg(audience);
    Query q(db, u"SELECT e.type, e.title, e.event_date, e.starts_at, e.ends_at, e.place, "
                "coalesce(p.name, ''), coalesce(d.name, ''), e.status, e.note"_s +
                    counts +
                    u" FROM event e LEFT JOIN project p ON p.id = e.project_id LEFT JOIN "
                    "department d ON d.id = e.department_id WHERE e.archived_at IS NULL ORDER "
                    "BY e.event_date, e.starts_at, e.id"_s);
    q.exec();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 10 + audienceGroups().size(); ++i)
            cells << (i == 2 ? CsvExport::date(q.text(i)) : q.text(i));
        out.addRow(cells);
    }
    return out.save(path, u"event"_s);
}

QList<CsvColumn> AttendanceExchange::columns()
{
    QList<CsvColumn> c{
        {u"event"_s,
         tr("Event"),
         {u"Мероприятие"_s, u"Захід"_s, u"Название"_s, u"Назва"_s, u"title"_s},
         true},
        {u"event_date"_s,
         tr("Event date"),
         {u"Дата мероприятия"_s, u"Дата заходу"_s, u"Дата"_s, u"date"_s},
         true},
        {u"starts_at"_s, tr("Starts at"), {u"Начало"_s, u"Початок"_s, u"Время"_s, u"Час"_s}},
    };
    c.append(ExchangeIndex::personColumns(true));
    c.append({u"attendance"_s,
              tr("Attendance"),
              {u"Посещение"_s, u"Участие"_s, u"Відвідування"_s, u"Участь"_s, u"mark"_s}});
    return c;
}

ImportReport AttendanceExchange::import(Database &db, const CsvTable &table,
                                        const ImportOptions &options)
{
    const ExchangeIndex index(db, table);
    EventRepository events(db);
    struct Row
    {
        qint64 eventId = 0;
        qint64 personId = 0;
        QString mark;
    };
    ImportKind<Row> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        Row r;
        const QString title = map.value(row, u"event"_s);
        const QDate date = readDateCell(map, row, u"event_date"_s, tr("Event date"), reasons, true);
        r.eventId = index.event(title, date, map.value(row, u"starts_at"_s));
        if (date.isValid() && r.eventId < 0)
            reasons << tr("Several events %1 on that date: add the start time.").arg(title);
        else if (date.isValid() && r.eventId == 0)
            reasons << tr("There is no event %1 on that date: import the events first.").arg(title);
        r.eventId = std::max<qint64>(r.eventId, 0);
        r.personId = index.person(map, row, reasons);
        const QString mark = map.value(row, u"attendance"_s);
        bool ok = true;
        r.mark = mark.isEmpty() ? u"present"_s : ExchangeIndex::choice(mark, Marks, &ok);
        if (!ok)
            reasons << tr("Attendance: write present, excused or absent (был, уважительная, не "
                          "был / був, з поважної причини, відсутній).");
        return r;
    };
    kind.key = [](const Row &r) {
        return u"%1|%2"_s.arg(r.eventId).arg(r.personId);
    };
    kind.storedKeys = [&db](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT event_id, person_id FROM event_participant"_s);
        q.exec();
        while (q.next())
            keys.insert(u"%1|%2"_s.arg(q.integer(0)).arg(q.integer(1)));
        return keys;
    };
    kind.storeAll = [&events](const QList<Row> &rows) {
        QList<std::pair<qint64, Participant>> marks;
        marks.reserve(rows.size());
        for (const Row &r : rows)
            marks.append({r.eventId, {r.personId, {}, r.mark}});
        events.setParticipants(marks);
    };
    return importTable(db, table, options, kind);
}

int AttendanceExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT e.title, e.event_date, e.starts_at, p.surname, p.first_name, "
                "p.patronymic, coalesce(p.birth_date, ''), ep.attendance FROM event_participant "
                "ep JOIN event e ON e.id = ep.event_id JOIN person p ON p.id = ep.person_id WHERE "
                "e.archived_at IS NULL ORDER BY e.event_date, e.id, p.surname_key, p.id"_s);
    q.exec();
    const auto date = &CsvExport::date;
    while (q.next())
        out.addRow({q.text(0), date(q.text(1)), q.text(2), q.text(3), q.text(4), q.text(5),
                    date(q.text(6)), q.text(7)});
    return out.save(path, u"event_participant"_s);
}

} // namespace opora
