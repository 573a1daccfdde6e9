#include "projects/indicatortext.h"

#include "db/query.h"
#include "services/servicenames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::IndicatorText)
};

QString nameById(Database &db, const QString &sql, qint64 id)
{
    return Query(db, sql).bind(u":id"_s, id).scalar().toString();
}

QString joined(const QJsonArray &codes, QString (*name)(const QString &))
{
    QStringList names;
    for (const QJsonValue &code : codes)
        names << name(code.toString());
    return names.join(u", "_s);
}

} // namespace

QString methodName(IndicatorMethod method)
{
    switch (method) {
    case IndicatorMethod::Enrolled:
        return Text::tr("People enrolled in the target group");
    case IndicatorMethod::PeopleServed:
        return Text::tr("People who received services");
    case IndicatorMethod::FamiliesServed:
        return Text::tr("Families who received services");
    case IndicatorMethod::Services:
        return Text::tr("Services delivered");
    case IndicatorMethod::EventsHeld:
        return Text::tr("Events held");
    case IndicatorMethod::Participants:
        return Text::tr("Event participants");
    case IndicatorMethod::SpecialistsTrained:
        return Text::tr("Specialists trained");
    case IndicatorMethod::Volunteers:
        return Text::tr("Volunteers");
    case IndicatorMethod::ImprovedShare:
        return Text::tr("Share of closed cases with improvement");
    case IndicatorMethod::SupportLength:
        return Text::tr("Average length of support");
    case IndicatorMethod::Manual:
        return Text::tr("Counted by hand");
    }
    return {};
}

QString measureName(const QString &measure)
{
    if (measure == u"count"_s)
        return Text::tr("number");
    if (measure == u"quantity"_s)
        return Text::tr("quantity");
    if (measure == u"hours"_s)
        return Text::tr("hours");
    if (measure == u"people"_s)
        return Text::tr("different people");
    if (measure == u"visits"_s)
        return Text::tr("visits of registered people");
    if (measure == u"headcount"_s)
        return Text::tr("headcount of unregistered people");
    if (measure == u"total"_s)
        return Text::tr("visits and headcount together");
    return measure;
}

QString indicatorStatusName(IndicatorStatus status)
{
    return statusName(status);
}

QColor indicatorStatusColour(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Achieved:
        return QColor(0x1b, 0x6e, 0x3a);
    case IndicatorStatus::OnTrack:
        return QColor(0x1f, 0x4e, 0x79);
    case IndicatorStatus::Behind:
        return QColor(0x9b, 0x22, 0x26);
    case IndicatorStatus::NotPlanned:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

QString projectStatusName(const QString &status)
{
    if (status == u"planned"_s)
        return Text::tr("planned");
    if (status == u"active"_s)
        return Text::tr("under way");
    if (status == u"completed"_s)
        return Text::tr("completed");
    if (status == u"cancelled"_s)
        return Text::tr("cancelled");
    return status;
}

QString formatNumber(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

QString describeIndicator(Database &db, const Indicator &i)
{
    const QJsonObject &p = i.params;
    QStringList filters;
    if (p.contains(u"item_id"_s))
        filters << Text::tr("service: %1")
                       .arg(nameById(db, u"SELECT name FROM service_item WHERE id = :id"_s,
                                     p.value(u"item_id"_s).toInteger()));
    if (p.contains(u"type"_s))
        filters << Text::tr("type: %1").arg(serviceTypeName(p.value(u"type"_s).toString()));
    if (p.contains(u"form"_s))
        filters << Text::tr("form: %1").arg(serviceFormName(p.value(u"form"_s).toString()));
    if (p.contains(u"event_types"_s))
        filters << Text::tr("events: %1")
                       .arg(joined(p.value(u"event_types"_s).toArray(), eventTypeName));
    if (p.contains(u"series_id"_s))
        filters << Text::tr("course: %1")
                       .arg(nameById(db, u"SELECT title FROM event_series WHERE id = :id"_s,
                                     p.value(u"series_id"_s).toInteger()));
    if (p.contains(u"audiences"_s))
        filters
            << Text::tr("groups: %1").arg(joined(p.value(u"audiences"_s).toArray(), audienceName));
    if (p.contains(u"category_id"_s))
        filters << Text::tr("category: %1")
                       .arg(nameById(db, u"SELECT name FROM ref_item WHERE id = :id"_s,
                                     p.value(u"category_id"_s).toInteger()));
    if (p.contains(u"age_min"_s) || p.contains(u"age_max"_s))
        filters << Text::tr("aged %1 to %2 at enrolment")
                       .arg(p.value(u"age_min"_s).toInt(0))
                       .arg(p.contains(u"age_max"_s)
                                ? QString::number(p.value(u"age_max"_s).toInt())
                                : u"…"_s);
    const QString measure = p.value(u"measure"_s).toString(indicatorMeasures(i.method).value(0));
    QString what;
    switch (i.method) {
    case IndicatorMethod::Enrolled:
        what = Text::tr("Different people in the project's target group at any time of the "
                        "period.");
        break;
    case IndicatorMethod::PeopleServed:
        what = Text::tr("Different people who received at least one service of the project; "
                        "each person counts once.");
        break;
    case IndicatorMethod::FamiliesServed:
        what = Text::tr("Different families of the people who received services of the "
                        "project; a person without a family counts as one.");
        break;
    case IndicatorMethod::Services:
        what = measure == u"hours"_s ? Text::tr("Hours of services of the project.")
               : measure == u"quantity"_s
                   ? Text::tr("Services of the project, by the quantity recorded.")
                   : Text::tr("Services of the project, each record once.");
        break;
    case IndicatorMethod::EventsHeld:
        what = Text::tr("Events of the project that were held; planned and cancelled ones do "
                        "not count.");
        break;
    case IndicatorMethod::Participants:
        what = measure == u"people"_s
                   ? Text::tr("Different registered people present at held events; each "
                              "counts once.")
               : measure == u"visits"_s ? Text::tr("Visits of registered people to held events.")
               : measure == u"headcount"_s
                   ? Text::tr("People counted by headcount at held events (not in the "
                              "register).")
                   : Text::tr("Everyone present at held events: visits of registered people "
                              "plus headcounts; nobody is counted twice.");
        break;
    case IndicatorMethod::SpecialistsTrained:
        what = Text::tr("Registered people present at held trainings, seminars and webinars, "
                        "plus the specialists counted there by headcount.");
        break;
    case IndicatorMethod::Volunteers:
        what = measure == u"hours"_s
                   ? Text::tr("Hours logged by volunteers for the project.")
                   : Text::tr("Different volunteers who logged hours for the project.");
        break;
    case IndicatorMethod::ImprovedShare:
        what = p.value(u"include_partly"_s).toBool(true)
                   ? Text::tr("Percent of the project's cases closed in the period whose "
                              "situation improved or partly improved.")
                   : Text::tr("Percent of the project's cases closed in the period whose "
                              "situation improved.");
        break;
    case IndicatorMethod::SupportLength:
        what = Text::tr("Average days from opening to closing of the project's cases closed in "
                        "the period.");
        break;
    case IndicatorMethod::Manual:
        what = Text::tr("The sum of the values entered by hand, dated within the period.");
        break;
    }
    const QString period = Text::tr("From the project's start to the report date, both days "
                                    "included; archived records are left out.");
    QStringList sentences{what};
    if (!filters.isEmpty())
        sentences << Text::tr("Only %1.").arg(filters.join(u"; "_s));
    sentences << period;
    return sentences.join(u' ');
}

} // namespace opora::ui
