#include "exchange/referenceexchange.h"

#include "clock.h"
#include "csv/csvvalues.h"
#include "db/query.h"
#include "error.h"
#include "exchange/exchangeindex.h"
#include "exchange/importdriver.h"
#include "projects/projectrepository.h"
#include "register/staffrepository.h"
#include "text/normalize.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QList<QStringList> ProjectStatuses{
    {u"planned"_s, u"запланирован"_s, u"запланований"_s, u"планируется"_s},
    {u"active"_s, u"идёт"_s, u"идет"_s, u"активный"_s, u"триває"_s, u"активний"_s},
    {u"completed"_s, u"завершён"_s, u"завершен"_s, u"завершено"_s, u"завершений"_s},
    {u"cancelled"_s, u"отменён"_s, u"отменен"_s, u"скасований"_s, u"скасовано"_s},
};

QString staffKey(const QString &surname, const QString &firstName, const QString &patronymic)
{
    return searchKey(QString(surname + firstName + patronymic));
}

} // namespace

QList<CsvColumn> StaffExchange::columns()
{
    return {
        {u"surname"_s, tr("Surname"), {u"Фамилия"_s, u"Прізвище"_s, u"last name"_s}, true},
        {u"first_name"_s, tr("First name"), {u"Имя"_s, u"Ім'я"_s, u"name"_s}, true},
        {u"patronymic"_s, tr("Patronymic"), {u"Отчество"_s, u"По батькові"_s, u"middle name"_s}},
        {u"position"_s, tr("Position"), {u"Должность"_s, u"Посада"_s}},
        {u"department"_s, tr("Department"), {u"Отделение"_s, u"Відділ"_s, u"Відділення"_s}},
        {u"phone"_s, tr("Phone"), {u"Телефон"_s}},
        {u"email"_s, tr("E-mail"), {u"Эл. почта"_s, u"Ел. пошта"_s, u"mail"_s}},
        {u"active"_s, tr("Active"), {u"Работает"_s, u"Працює"_s, u"Активен"_s}},
    };
}

ImportReport StaffExchange::import(Database &db, const CsvTable &table,
                                   const ImportOptions &options)
{
    const ExchangeIndex index(db, CsvTable{});
    StaffRepository staff(db);
    ImportKind<StaffMember> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        StaffMember s;
        s.surname = map.value(row, u"surname"_s);
        s.firstName = map.value(row, u"first_name"_s);
        s.patronymic = map.value(row, u"patronymic"_s);
        s.position = map.value(row, u"position"_s);
        s.departmentId = index.department(map.value(row, u"department"_s), reasons);
        s.phone = map.value(row, u"phone"_s);
        s.email = map.value(row, u"email"_s);
        const QString active = map.value(row, u"active"_s);
        const std::optional<bool> isActive = parseCsvBoolean(active);
        s.active = active.isEmpty() || isActive.value_or(false);
        if (!active.isEmpty() && !isActive)
            reasons << tr("Active: write yes or no (да or нет, так or ні).");
        collectReasons(reasons, [&] { staff.validate(s); });
        return s;
    };
    kind.key = [](const StaffMember &s) {
        return staffKey(s.surname, s.firstName, s.patronymic);
    };
    kind.storedKeys = [&db](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT surname, first_name, patronymic FROM staff"_s);
        q.exec();
        while (q.next())
            keys.insert(staffKey(q.text(0), q.text(1), q.text(2)));
        return keys;
    };
    kind.store = [&staff](const StaffMember &s) {
        const qint64 id = staff.create(s);
        if (!s.active)
            staff.setActive(id, 1, false);
    };
    return importTable(db, table, options, kind);
}

int StaffExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT s.surname, s.first_name, s.patronymic, s.position, coalesce(d.name, ''), "
                "s.phone, s.email, s.active FROM staff s LEFT JOIN department d ON d.id = "
                "s.department_id ORDER BY s.surname, s.first_name, s.id"_s);
    q.exec();
    while (q.next())
        out.addRow({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6),
                    q.value(7).toBool() ? u"yes"_s : u"no"_s});
    return out.save(path, u"staff"_s);
}

QList<CsvColumn> ProjectExchange::columns()
{
    return {
        {u"name"_s, tr("Project"), {u"Проект"_s, u"Проєкт"_s, u"Название"_s, u"Назва"_s}, true},
        {u"funder"_s, tr("Funder"), {u"Грантодатель"_s, u"Донор"_s, u"Грантодавець"_s}},
        {u"agreement"_s,
         tr("Agreement"),
         {u"Договор"_s, u"Договір"_s, u"Соглашение"_s, u"Угода"_s}},
        {u"amount"_s, tr("Amount"), {u"Сумма"_s, u"Сума"_s}},
        {u"currency"_s, tr("Currency"), {u"Валюта"_s}},
        {u"starts_on"_s, tr("Starts"), {u"Начало"_s, u"Початок"_s, u"from"_s}, true},
        {u"ends_on"_s, tr("Ends"), {u"Окончание"_s, u"Кінець"_s, u"Завершення"_s, u"to"_s}, true},
        {u"status"_s, tr("Status"), {u"Статус"_s, u"Стан"_s}},
        {u"goal"_s, tr("Goal"), {u"Цель"_s, u"Мета"_s}},
        {u"tasks"_s, tr("Tasks"), {u"Задачи"_s, u"Завдання"_s}},
        {u"target_groups"_s, tr("Target groups"), {u"Целевые группы"_s, u"Цільові групи"_s}},
        {u"partners"_s, tr("Partners"), {u"Партнёры"_s, u"Партнери"_s}},
    };
}

ImportReport ProjectExchange::import(Database &db, const CsvTable &table,
                                     const ImportOptions &options)
{
    ProjectRepository projects(db);
    ImportKind<Project> kind;
    kind.columns = columns();
    kind.parse = [&](const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) {
        Project p;
        p.name = map.value(row, u"name"_s);
        p.funder = map.value(row, u"funder"_s);
        p.agreementNo = map.value(row, u"agreement"_s);
        const QString amount = map.value(row, u"amount"_s);
        if (!amount.isEmpty()) {
            const std::optional<double> value = parseCsvDecimal(amount);
            if (value && *value >= 0)
                p.amountMinor = std::llround(*value * 100);
            else
                reasons << tr("Amount: a number, e.g. 1 250 000,00.");
        }
        p.currency = map.value(row, u"currency"_s).toUpper();
        p.startsOn = readDateCell(map, row, u"starts_on"_s, tr("Starts"), reasons, true);
        p.endsOn = readDateCell(map, row, u"ends_on"_s, tr("Ends"), reasons, true);
        const QString status = map.value(row, u"status"_s);
        bool ok = true;
        if (!status.isEmpty())
            p.status = ExchangeIndex::choice(status, ProjectStatuses, &ok);
        if (!ok)
            reasons << tr("Status: write planned, active, completed or cancelled.");
        p.goal = map.value(row, u"goal"_s);
        p.tasks = map.value(row, u"tasks"_s);
        p.targetGroups = map.value(row, u"target_groups"_s);
        p.partners = map.value(row, u"partners"_s);
        if (reasons.isEmpty())
            collectReasons(reasons, [&] { projects.validate(p); });
        return p;
    };
    kind.key = [](const Project &p) {
        return searchKey(p.name);
    };
    kind.storedKeys = [&db](const auto &) {
        QSet<QString> keys;
        Query q(db, u"SELECT name FROM project WHERE archived_at IS NULL"_s);
        q.exec();
        while (q.next())
            keys.insert(searchKey(q.text(0)));
        return keys;
    };
    kind.store = [&projects](const Project &p) {
        projects.create(p);
    };
    return importTable(db, table, options, kind);
}

int ProjectExchange::exportFile(Database &db, const QString &path)
{
    CsvExport out(db, columns());
    Query q(db, u"SELECT name, funder, agreement_no, amount_minor, currency, starts_on, ends_on, "
                "status, goal, tasks, target_groups, partners FROM project WHERE archived_at IS "
                "NULL ORDER BY starts_on, id"_s);
    q.exec();
    while (q.next()) {
        const QVariant minor = q.value(3);
        const QString amount =
            minor.isNull() ? QString() : formatCsvDecimal(minor.toLongLong() / 100.0);
        out.addRow({q.text(0), q.text(1), q.text(2), amount, q.text(4), CsvExport::date(q.text(5)),
                    CsvExport::date(q.text(6)), q.text(7), q.text(8), q.text(9), q.text(10),
                    q.text(11)});
    }
    return out.save(path, u"project"_s);
}

} // namespace opora
