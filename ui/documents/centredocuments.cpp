// The documents that are not about one case: an event's sign-in sheet and the period report.
#include "access/permissions.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "documents/casedocuments.h"
#include "documents/htmlparts.h"
#include "events/eventrepository.h"
#include "i18n/language.h"
#include "services/servicenames.h"
#include "stats/centreoverview.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace opora::ui {

using namespace html;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::CentreDocuments)
};

constexpr int BlankRows = 12;

// Rows of "name, count" from a grouped query over [from, to].
QList<QPair<QString, qint64>> grouped(Database &db, const QString &sql, const QDate &from,
                                      const QDate &to)
{
    Query q(db, sql);
    q.bind(u":from"_s, isoDate(from)).bind(u":to"_s, isoDate(to)).exec();
    QList<QPair<QString, qint64>> rows;
    while (q.next())
        rows.append({q.text(0), q.integer(1)});
    return rows;
}

QString countTable(const QString &what, const QString &how,
                   const QList<QPair<QString, qint64>> &rows, QString (*name)(const QString &))
{
    QList<QStringList> cells;
    qint64 total = 0;
    for (const auto &[key, n] : rows) {
        cells.append({esc(name ? name(key) : key), QLocale().toString(n)});
        total += n;
    }
    cells.append({u"<b>%1</b>"_s.arg(esc(Text::tr("Total"))),
                  u"<b>%1</b>"_s.arg(QLocale().toString(total))});
    return table({what, how}, cells, 1, {75, 25});
}

} // namespace

void attendanceSheet(Database &db, qint64 eventId, PagedDocument &document)
{
    requirePermission(db, Permission::PrintNamed);
    EventRepository events(db);
    const EventRecord e = events.get(eventId);
    QList<QPair<QString, QString>> block{{Text::tr("Kind"), eventTypeName(e.type)},
                                         {Text::tr("Date"), formatDate(e.date)}};
    if (!e.startsAt.isEmpty())
        block.append(
            {Text::tr("Time"), e.endsAt.isEmpty() ? e.startsAt : e.startsAt + u"–"_s + e.endsAt});
    if (!e.place.isEmpty())
        block.append({Text::tr("Place"), e.place});
    document.setTitle(e.title);
    document.setHeader(centreName(db), Text::tr("Sign-in sheet · contains personal data"));
    QString html = u"<p style='color: #1f4e79; font-size: 10pt; font-weight: 600;'>%1</p>"
                   "<h1 style='font-size: 17pt; margin-top: 2px;'>%2</h1>"_s.arg(
                       esc(Text::tr("Sign-in sheet")), esc(e.title)) +
                   facts(block);
    QList<QStringList> rows;
    for (const Participant &p : events.participants(eventId))
        rows.append({QString::number(rows.size() + 1), esc(p.name) + u"<br>&nbsp;"_s,
                     u"&nbsp;"_s}); // two lines high: room to sign
    for (int i = 0; i < BlankRows; ++i)
        rows.append({QString::number(rows.size() + 1), u"&nbsp;<br>&nbsp;"_s, u"&nbsp;"_s});
    html += u"<p></p>"_s +
            table({u"№"_s, Text::tr("Name"), Text::tr("Signature")}, rows, 99, {6, 64, 30});
    html += u"<p style='color: #555555; font-size: 8pt;'>%1</p>"_s.arg(
        esc(Text::tr("Registered participants are listed; others write their name in a blank "
                     "row. Visitors who do not sign are counted by headcount.")));
    document.setHtml(html);
}

void periodReport(Database &db, const QDate &from, const QDate &to, PagedDocument &document)
{
    const QString period = formatDate(from) + u" – "_s + formatDate(to);
    document.setTitle(Text::tr("Report for %1").arg(period));
    document.setHeader(centreName(db), Text::tr("Figures only: no personal data"));
    QString html = u"<p style='color: #555555; font-size: 9pt;'>%1</p>"
                   "<h1 style='font-size: 18pt;'>%2</h1>"_s.arg(
                       esc(centreName(db)), esc(Text::tr("Report for %1").arg(period)));
    const QString live = u" sr.archived_at IS NULL AND sr.service_date BETWEEN :from AND :to"_s;

    // 1. Services by type and month.
    QList<QDate> months;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        months << m;
    QHash<QString, QHash<QString, qint64>> byTypeMonth;
    QStringList types;
    Query q(db, u"SELECT si.type, substr(sr.service_date, 1, 7) AS m, count(*) FROM "
                "service_record sr JOIN service_item si ON si.id = sr.item_id WHERE"_s +
                    live + u" GROUP BY si.type, m ORDER BY si.type"_s);
    q.bind(u":from"_s, isoDate(from)).bind(u":to"_s, isoDate(to)).exec();
    while (q.next()) {
        if (!types.contains(q.text(0)))
            types << q.text(0);
        byTypeMonth[q.text(0)][q.text(1)] = q.integer(2);
    }
    html += heading(1, Text::tr("Services by type and month"));
    if (months.size() <= 12) {
        QStringList headers{Text::tr("Type of service")};
        for (const QDate &m : months)
            headers << QLocale().standaloneMonthName(m.month(), QLocale::ShortFormat).left(3);
        headers << Text::tr("Total");
        QList<QStringList> rows;
        for (const QString &type : types) {
            QStringList row{esc(serviceTypeName(type))};
            qint64 total = 0;
            for (const QDate &m : months) {
                const qint64 n = byTypeMonth.value(type).value(m.toString(u"yyyy-MM"_s));
                row << (n ? QLocale().toString(n) : u"—"_s);
                total += n;
            }
            row << u"<b>%1</b>"_s.arg(QLocale().toString(total));
            rows << row;
        }
        html += table(headers, rows, 1);
    } else {
        QList<QPair<QString, qint64>> totals;
        for (const QString &type : types) {
            qint64 total = 0;
            for (qint64 n : byTypeMonth.value(type))
                total += n;
            totals.append({type, total});
        }
        html +=
            countTable(Text::tr("Type of service"), Text::tr("Services"), totals, serviceTypeName);
    }

    // 2. Services by department.
    html += heading(2, Text::tr("Services by department")) +
            countTable(Text::tr("Department"), Text::tr("Services"),
                       grouped(db,
                               u"SELECT coalesce(d.name, '—'), count(*) FROM service_record "
                               "sr JOIN case_file c ON c.id = sr.case_id LEFT JOIN "
                               "department d ON d.id = c.department_id WHERE"_s +
                                   live + u" GROUP BY d.id ORDER BY d.id"_s,
                               from, to),
                       nullptr);

    // 3. Cases opened and closed.
    const auto opened = grouped(db,
                                u"SELECT coalesce(d.name, '—'), count(*) FROM case_file c "
                                "LEFT JOIN department d ON d.id = c.department_id WHERE "
                                "c.archived_at IS NULL AND c.opened_on BETWEEN :from AND "
                                ":to GROUP BY d.id ORDER BY d.id"_s,
                                from, to);
    const auto closed = grouped(db,
                                u"SELECT coalesce(d.name, '—'), count(*) FROM case_file c "
                                "LEFT JOIN department d ON d.id = c.department_id WHERE "
                                "c.archived_at IS NULL AND c.status = 'closed' AND "
                                "c.closed_on BETWEEN :from AND :to GROUP BY d.id ORDER BY "
                                "d.id"_s,
                                from, to);
    html += heading(3, Text::tr("Cases opened")) +
            countTable(Text::tr("Department"), Text::tr("Cases"), opened, nullptr);
    html += u"<p style='margin-top: 8px;'></p>"_s +
            countTable(Text::tr("Department (cases closed)"), Text::tr("Cases"), closed, nullptr);

    // 4. Events and attendance.
    const auto events = grouped(db,
                                u"SELECT type, count(*) FROM event WHERE archived_at IS NULL "
                                "AND status = 'held' AND event_date BETWEEN :from AND :to "
                                "GROUP BY type ORDER BY count(*) DESC"_s,
                                from, to);
    auto attendance =
        grouped(db,
                u"SELECT h.audience, sum(h.count) FROM event_headcount h JOIN event e ON e.id = "
                "h.event_id WHERE e.archived_at IS NULL AND e.status = 'held' AND e.event_date "
                "BETWEEN :from AND :to GROUP BY h.audience ORDER BY sum(h.count) DESC"_s,
                from, to);
    const auto named = grouped(db,
                               u"SELECT 'registered', count(*) FROM event_participant ep "
                               "JOIN event e ON e.id = ep.event_id WHERE ep.attendance = "
                               "'present' AND e.archived_at IS NULL AND e.status = 'held' "
                               "AND e.event_date BETWEEN :from AND :to"_s,
                               from, to);
    html += heading(4, Text::tr("Events and attendance")) +
            countTable(Text::tr("Kind of event"), Text::tr("Held"), events, eventTypeName);
    QList<QPair<QString, qint64>> who;
    if (!named.isEmpty() && named.first().second > 0)
        who.append({Text::tr("registered participants (visits)"), named.first().second});
    for (const auto &[audience, n] : attendance)
        who.append({audienceName(audience), n});
    html += u"<p style='margin-top: 8px;'></p>"_s +
            countTable(Text::tr("Who came"), Text::tr("People"), who, nullptr);
    document.setHtml(html);
}

} // namespace opora::ui
