#include "documents/personaldatadocument.h"

#include "documents/htmlparts.h"
#include "documents/pageddocument.h"
#include "i18n/language.h"
#include "register/registermodels.h"
#include "services/servicenames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace opora::ui {

using namespace html;

namespace {

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 6);
    return v.toString();
}

QString date(const QJsonObject &o, const QString &key)
{
    return formatDate(QDate::fromString(o.value(key).toString(), Qt::ISODate));
}

QString period(const QJsonObject &o, const QString &from, const QString &until)
{
    const QString end = date(o, until);
    return date(o, from) + u" – "_s + (end.isEmpty() ? u"…"_s : end);
}

// A section: its heading and a table of the rows, or a line saying there is nothing.
QString section(int &number, const QString &heading_, const QStringList &headers,
                const QList<QStringList> &rows, int numbersFrom = 99, const QList<int> &widths = {})
{
    QString html = heading(++number, heading_);
    if (rows.isEmpty())
        return html + paragraph(PersonalDataDocument::tr("Nothing is recorded."));
    return newPageFor(rows.size()) + html + table(headers, rows, numbersFrom, widths);
}

} // namespace

void PersonalDataDocument::make(const QJsonObject &data, const QString &centre,
                                PagedDocument &document)
{
    const QJsonObject p = data.value(u"person"_s).toObject();
    const QString name =
        QStringList{text(p, u"surname"_s), text(p, u"first_name"_s), text(p, u"patronymic"_s)}
            .join(u' ')
            .simplified();
    document.setTitle(name);
    document.setHeader(centre, tr("Personal data · %1").arg(name));
    QStringList categories;
    for (const QJsonValue &c : data.value(u"categories"_s).toArray())
        categories << c.toString();
    QList<QPair<QString, QString>> facts_{{tr("Born"), date(p, u"birth_date"_s)},
                                          {tr("Phone"), text(p, u"phone"_s)},
                                          {tr("Address"), text(p, u"address"_s)},
                                          {tr("Identity document"), text(p, u"document"_s)},
                                          {tr("Categories"), categories.join(u", "_s)},
                                          {tr("Notes"), text(p, u"notes"_s)}};
    facts_.removeIf([](const auto &f) { return f.second.isEmpty(); });
    QString html = title(tr("Everything held about a person"), name) + facts(facts_);
    html += u"<p style='color: #555555; font-size: 8pt;'>%1</p>"_s.arg(
        esc(tr("Made on %1 at the person's request. It holds nothing about other members of "
               "the family; psychologists' notes are not part of it.")
                .arg(date(data, u"made_on"_s))));
    int n = 0;
    QList<QStringList> rows;
    for (const QJsonValue &v : data.value(u"consents"_s).toArray()) {
        const QJsonObject c = v.toObject();
        rows.append({esc(date(c, u"given_on"_s)), esc(text(c, u"signed_by"_s)),
                     esc(text(c, u"scope"_s)), esc(date(c, u"withdrawn_on"_s))});
    }
    html += section(n, tr("Consents"), {tr("Given"), tr("Signed by"), tr("Scope"), tr("Withdrawn")},
                    rows, 99, {15, 30, 40, 15});
    rows.clear();
    for (const QJsonValue &v : data.value(u"families"_s).toArray()) {
        const QJsonObject f = v.toObject();
        rows.append({esc(text(f, u"family"_s)), esc(text(f, u"address"_s)),
                     esc(relationName(text(f, u"relation"_s)))});
    }
    html += section(n, tr("Families"), {tr("Family"), tr("Address"), tr("Relation")}, rows, 99,
                    {35, 45, 20});
    for (const QJsonValue &v : data.value(u"cases"_s).toArray()) {
        const QJsonObject c = v.toObject();
        QList<QPair<QString, QString>> block{
            {tr("Status"), caseStatusName(text(c, u"status"_s))},
            {tr("Period"), period(c, u"opened_on"_s, u"closed_on"_s)}};
        if (c.contains(u"outcome"_s))
            block.append({tr("Outcome"), caseOutcomeName(text(c, u"outcome"_s))});
        if (!text(c, u"summary"_s).isEmpty())
            block.append({tr("Summary"), text(c, u"summary"_s)});
        html += heading(++n, tr("Case %1").arg(text(c, u"number"_s))) + facts(block);
        QList<QStringList> lines;
        for (const QJsonValue &l : c.value(u"plan"_s).toArray()) {
            const QJsonObject o = l.toObject();
            lines.append({esc(text(o, u"service"_s)), esc(text(o, u"volume"_s)),
                          esc(planFrequencyName(text(o, u"frequency"_s))),
                          esc(period(o, u"from"_s, u"until"_s))});
        }
        if (!lines.isEmpty())
            html += table({tr("Planned service"), tr("Volume"), tr("Frequency"), tr("Term")}, lines,
                          99, {42, 10, 22, 26}, tr("Individual plan"));
        QList<QStringList> notes;
        for (const QJsonValue &l : c.value(u"notes"_s).toArray()) {
            const QJsonObject o = l.toObject();
            notes.append({esc(date(o, u"date"_s)), esc(text(o, u"text"_s))});
        }
        if (!notes.isEmpty())
            html += table({tr("Date"), tr("Note")}, notes, 99, {15, 85}, tr("Notes"));
    }
    rows.clear();
    for (const QJsonValue &v : data.value(u"family_cases"_s).toArray()) {
        const QJsonObject c = v.toObject();
        rows.append({esc(text(c, u"number"_s)), esc(caseStatusName(text(c, u"status"_s))),
                     esc(period(c, u"opened_on"_s, u"closed_on"_s))});
    }
    html += section(n, tr("Cases of the family"), {tr("Case"), tr("Status"), tr("Period")}, rows,
                    99, {25, 35, 40});
    rows.clear();
    for (const QJsonValue &v : data.value(u"services"_s).toArray()) {
        const QJsonObject s = v.toObject();
        rows.append({esc(date(s, u"date"_s)), esc(text(s, u"case"_s)), esc(text(s, u"service"_s)),
                     esc(serviceFormName(text(s, u"form"_s))), esc(text(s, u"specialist"_s)),
                     esc(text(s, u"quantity"_s))});
    }
    html += section(
        n, tr("Services received"),
        {tr("Date"), tr("Case"), tr("Service"), tr("Form"), tr("Specialist"), tr("Quantity")}, rows,
        5, {12, 12, 28, 22, 17, 9});
    rows.clear();
    for (const QJsonValue &v : data.value(u"events"_s).toArray()) {
        const QJsonObject e = v.toObject();
        rows.append({esc(date(e, u"date"_s)), esc(eventTypeName(text(e, u"type"_s))),
                     esc(text(e, u"title"_s)), esc(attendanceName(text(e, u"attendance"_s)))});
    }
    html += section(n, tr("Events"), {tr("Date"), tr("Kind"), tr("Title"), tr("Attendance")}, rows,
                    99, {12, 22, 50, 16});
    rows.clear();
    for (const QJsonValue &v : data.value(u"projects"_s).toArray()) {
        const QJsonObject e = v.toObject();
        rows.append({esc(text(e, u"project"_s)), esc(period(e, u"from"_s, u"until"_s))});
    }
    html += section(n, tr("Projects"), {tr("Project"), tr("Period")}, rows, 99, {65, 35});
    if (data.contains(u"volunteer"_s)) {
        const QJsonObject v = data.value(u"volunteer"_s).toObject();
        html += heading(++n, tr("Volunteer")) + facts({{tr("Since"), date(v, u"since"_s)},
                                                       {tr("Skills"), text(v, u"skills"_s)},
                                                       {tr("Hours"), text(v, u"hours"_s)}});
    }
    document.setHtml(html);
}

} // namespace opora::ui
