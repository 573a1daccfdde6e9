#include "documents/roundtabledocument.h"

#include "access/permissions.h"
#include "centre/centredetails.h"
#include "db/database.h"
#include "db/query.h"
#include "documents/htmlparts.h"
#include "i18n/language.h"
#include "projects/indicatorengine.h"
#include "projects/indicatortext.h"
#include "projects/projectdashboard.h"
#include "projects/projectrepository.h"
#include "projects/projectstats.h"
#include "register/person.h"
#include "services/servicenames.h"

#include <QChart>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui {

using namespace html;

namespace {

QString ageBandName(const QString &band)
{
    if (band == u"unknown"_s)
        return RoundTableDocument::tr("age not recorded");
    if (band == u"35+"_s)
        return RoundTableDocument::tr("35 and older");
    return RoundTableDocument::tr("%1 years").arg(QString(band).replace(u'-', u'–'));
}

} // namespace

RoundTableDocument::RoundTableDocument(Database &db, qint64 projectId,
                                       const RoundTableOptions &options)
    : m_options(options)
{
    if (options.named)
        requirePermission(db, Permission::ExportNamed);
    m_document.setHtml(build(db, projectId));
}

QString RoundTableDocument::count(qint64 n) const
{
    // Small groups can point at a person: shown as "<3" when asked.
    if (m_options.hideSmallCounts && n > 0 && n < 3)
        return u"&lt;3"_s;
    return QLocale().toString(n);
}

QString RoundTableDocument::suggestedFileName() const
{
    QString name = m_projectName;
    name.remove(QRegularExpression(u"[\\\\/:*?\"<>|«»]"_s));
    return name.simplified().left(60) + u" — "_s + m_options.asOf.toString(u"yyyy-MM-dd"_s) +
           u".pdf"_s;
}

QString RoundTableDocument::build(Database &db, qint64 projectId)
{
    const Project p = ProjectRepository(db).get(projectId);
    m_projectName = p.name;
    const QDate asOf = m_options.asOf.isValid() ? m_options.asOf : QDate::currentDate();
    const QList<IndicatorResult> results = IndicatorEngine(db).evaluateProject(projectId, asOf);
    const ProjectStats stats(db, projectId, asOf);
    // Each aggregate read once: the charts and the tables show the same rows.
    const auto servicesByType = stats.servicesByType();
    const auto attendance = stats.attendanceByAudience();
    const QLocale locale;
    const QString centre = centreName(db);

    m_document.setTitle(p.name);
    m_document.setHeader(centre, m_options.named
                                     ? tr("FOR INTERNAL USE: contains personal data")
                                     : tr("Anonymised: no personal data of recipients"));

    QString html;
    // The title block.
    const CentreDetails details = CentreDetails::load(db);
    if (!details.logoPng.isEmpty()) {
        m_document.setLogo(QImage::fromData(details.logoPng, "PNG"));
        html += u"<p>[[logo]]</p>"_s;
    }
    html += u"<p style='color: #555555; font-size: 9pt;'>%1</p>"_s.arg(esc(centre));
    html += u"<p style='color: #1f4e79; font-size: 10pt; font-weight: 600; margin-top: 18px;'>"
            "%1</p>"_s.arg(esc(tr("Information and analytical materials for the round table")));
    html += u"<h1 style='font-size: 20pt; margin-top: 4px;'>%1</h1>"_s.arg(esc(p.name));
    QList<QPair<QString, QString>> block;
    if (!p.funder.isEmpty())
        block.append({tr("Funder"), p.funder});
    if (!p.agreementNo.isEmpty())
        block.append({tr("Agreement"), p.agreementNo});
    if (p.amountMinor)
        block.append(
            {tr("Amount"), locale.toCurrencyString(double(*p.amountMinor) / 100.0, p.currency)});
    block.append({tr("Period"), formatDate(p.startsOn) + u" – "_s + formatDate(p.endsOn)});
    block.append({tr("Round table; figures as of"), formatDate(asOf)});
    html += facts(block);

    int section = 0;
    // 1. Passport.
    html += heading(++section, tr("The project"));
    for (const auto &[title, text] : QList<QPair<QString, QString>>{
             {tr("Goal"), p.goal}, {tr("Tasks"), p.tasks}, {tr("Target groups"), p.targetGroups}})
        if (!text.isEmpty())
            html += labelled(title, text);

    // 2. Indicators: the engine's figures, formatted as in the window.
    html += heading(++section, tr("Indicators: plan and fact"));
    QList<QStringList> rows;
    for (int i = 0; i < results.size(); ++i) {
        const IndicatorResult &r = results.at(i);
        // The manager's comment stands under the wording, in the indicator's own row.
        const QString wording =
            r.indicator.comment.isEmpty()
                ? esc(r.indicator.wording)
                : esc(r.indicator.wording) +
                      u"<br><span style='font-size: 8pt; color: #555555;'>%1</span>"_s.arg(
                          esc(r.indicator.comment));
        rows.append({QString::number(i + 1), wording, esc(r.indicator.unit),
                     r.plan ? formatNumber(*r.plan) : u"—"_s,
                     u"<b>%1</b>"_s.arg(formatNumber(r.fact)),
                     r.percent ? formatNumber(*r.percent) + u" %"_s : u"—"_s,
                     esc(indicatorStatusName(r.status))});
    }
    html += table({u"№"_s, tr("Indicator"), tr("Unit"), tr("Plan"), tr("Fact"), tr("% of plan"),
                   tr("Status")},
                  rows, 3, {4, 37, 16, 9, 9, 11, 14});
    html += u"<p style='color: #555555; font-size: 8pt;'>%1</p>"_s.arg(
        esc(tr("Facts are counted by Opora from the centre's records as of %1: services and "
               "events attributed to the project within its period, both days included; "
               "cancelled events and archived records are left out.")
                .arg(formatDate(asOf))));
    // 3. Charts, painted as vectors.
    html += heading(++section, tr("Charts"));
    const auto chart = [&](QChart *c, double heightMm) {
        return u"<p align='center'>[[chart:%1]]</p>"_s.arg(
            m_document.addChart(c, QSizeF(170, heightMm)));
    };
    html += chart(ProjectDashboard::planFactChart(results), 20 + 9 * results.size());
    html += chart(ProjectDashboard::activityChart(stats.activityByMonth()), 80);
    html += chart(ProjectDashboard::servicesChart(servicesByType), 25 + 8 * servicesByType.size());
    html += chart(ProjectDashboard::attendanceChart(attendance), 25 + 9 * attendance.size());

    // 4. Events.
    html += heading(++section, tr("Events"));
    QList<QStringList> byType;
    for (const auto &[type, n] : stats.eventsByType())
        byType.append({esc(eventTypeName(type)), count(n)});
    html += table({tr("Kind of event"), tr("Held")}, byType, 1, {70, 30});
    QList<QStringList> byAudience;
    for (const auto &[audience, n] : attendance)
        byAudience.append({esc(audience == u"registered"_s ? tr("registered participants (visits)")
                                                           : audienceName(audience)),
                           count(n)});
    html += u"<p style='margin-top: 8px;'></p>"_s +
            table({tr("Who came"), tr("People")}, byAudience, 1, {70, 30});
    QList<QStringList> list;
    for (const HeldEvent &e : stats.heldEvents())
        list.append({esc(formatDate(e.date)), esc(eventTypeName(e.type)), esc(e.title),
                     count(e.participants)});
    html += newPageFor(list.size()) + table({tr("Date"), tr("Kind"), tr("Title"), tr("Came")}, list,
                                            3, {13, 30, 44, 13}, tr("Events held"));

    // 5. Services.
    html += heading(++section, tr("Services"));
    QList<QStringList> types;
    for (const auto &[type, n] : servicesByType)
        types.append({esc(serviceTypeName(type)), count(n)});
    html += table({tr("Type of service"), tr("Services")}, types, 1, {70, 30});
    QList<QStringList> forms;
    for (const auto &[form, n] : stats.servicesByForm())
        forms.append({esc(serviceFormName(form)), count(n)});
    html += u"<p style='margin-top: 8px;'></p>"_s +
            table({tr("Form of service"), tr("Services")}, forms, 1, {70, 30});

    // 6. The target group, in aggregate only.
    html += heading(++section, tr("The target group"));
    html +=
        paragraph(tr("People enrolled in the target group: %1.").arg(count(stats.enrolledCount())));
    QList<QStringList> categories;
    for (const auto &[name, n] : stats.enrolledByCategory())
        categories.append({esc(name), count(n)});
    if (!categories.isEmpty())
        html += table({tr("Category"), tr("People")}, categories, 1, {70, 30});
    QList<QStringList> ages;
    for (const auto &[band, n] : stats.enrolledByAgeBand())
        ages.append({esc(ageBandName(band)), count(n)});
    if (!ages.isEmpty())
        html += u"<p style='margin-top: 8px;'></p>"_s +
                table({tr("Age at enrolment"), tr("People")}, ages, 1, {70, 30});

    // 7. Volunteers and partners.
    html += heading(++section, tr("Volunteers and partners"));
    html +=
        paragraph(tr("Volunteers: %1; hours given: %2.")
                      .arg(count(stats.volunteerCount()), formatNumber(stats.volunteerHours())));
    if (!p.partners.isEmpty())
        html += labelled(tr("Partners"), p.partners);

    // 8–10. The manager's own words.
    for (const auto &[title, text] :
         QList<QPair<QString, QString>>{{tr("Results"), p.results},
                                        {tr("Lessons learned"), p.lessons},
                                        {tr("Proposals"), p.proposals}})
        if (!text.isEmpty())
            html += heading(++section, title) + paragraph(text);

    // The named variant only: who is in the target group.
    if (m_options.named) {
        html += heading(++section, tr("Annex: the target group by name (internal use only)"));
        Query q(db, u"SELECT DISTINCT "_s + personNameSql(u"p"_s) +
                        u", p.surname_key, p.first_name_key FROM project_enrolment e JOIN "
                        "person p ON p.id = e.person_id WHERE e.project_id = :p AND "
                        "e.archived_at IS NULL AND p.archived_at IS NULL ORDER BY "
                        "p.surname_key, p.first_name_key"_s);
        q.bind(u":p"_s, projectId).exec();
        QList<QStringList> names;
        while (q.next())
            names.append({QString::number(names.size() + 1), esc(q.text(0))});
        html += table({u"№"_s, tr("Name")}, names, 2, {8, 92});
    }
    return html;
}

} // namespace opora::ui
