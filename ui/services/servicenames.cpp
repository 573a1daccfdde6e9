#include "services/servicenames.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
struct Names
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::ServiceNames)
};

QString lookup(const QHash<QString, QString> &names, const QString &code)
{
    return names.value(code, code);
}
} // namespace

QString serviceTypeName(const QString &type)
{
    return lookup({{u"social_domestic"_s, Names::tr("social and domestic")},
                   {u"social_medical"_s, Names::tr("social and medical")},
                   {u"psychological"_s, Names::tr("psychological")},
                   {u"pedagogical"_s, Names::tr("pedagogical")},
                   {u"employment"_s, Names::tr("employment")},
                   {u"legal"_s, Names::tr("legal")},
                   {u"communication"_s, Names::tr("communication skills")},
                   {u"urgent"_s, Names::tr("urgent")},
                   {u"consulting"_s, Names::tr("consulting")},
                   {u"support"_s, Names::tr("social support")},
                   {u"prevention"_s, Names::tr("prevention")},
                   {u"integration"_s, Names::tr("adaptation and integration")},
                   {u"crisis"_s, Names::tr("crisis intervention")},
                   {u"care"_s, Names::tr("care")},
                   {u"rehabilitation"_s, Names::tr("rehabilitation")},
                   {u"representation"_s, Names::tr("representation")},
                   {u"mediation"_s, Names::tr("mediation")},
                   {u"information"_s, Names::tr("information")},
                   {u"natural"_s, Names::tr("aid in kind")}},
                  type);
}

QString serviceFormName(const QString &form)
{
    return lookup({{u"home"_s, Names::tr("at home")},
                   {u"day"_s, Names::tr("day care")},
                   {u"residential"_s, Names::tr("residential")},
                   {u"remote"_s, Names::tr("remote")}},
                  form);
}

QString serviceUnitName(const QString &unit)
{
    return lookup({{u"service"_s, Names::tr("service")},
                   {u"hour"_s, Names::tr("hour")},
                   {u"session"_s, Names::tr("session")}},
                  unit);
}

QString eventTypeName(const QString &type)
{
    return lookup({{u"class"_s, Names::tr("class or lecture")},
                   {u"parents_school"_s, Names::tr("school of motherhood / parents")},
                   {u"training"_s, Names::tr("training for specialists")},
                   {u"seminar"_s, Names::tr("seminar or conference")},
                   {u"round_table"_s, Names::tr("round table")},
                   {u"club"_s, Names::tr("club or leisure")},
                   {u"webinar"_s, Names::tr("webinar or supervision")},
                   {u"outreach"_s, Names::tr("mobile brigade visit")},
                   {u"other"_s, Names::tr("other")}},
                  type);
}

QString eventStatusName(const QString &status)
{
    return lookup({{u"planned"_s, Names::tr("planned")},
                   {u"held"_s, Names::tr("held")},
                   {u"cancelled"_s, Names::tr("cancelled")}},
                  status);
}

QString audienceName(const QString &audience)
{
    return lookup({{u"women"_s, Names::tr("women")},
                   {u"men"_s, Names::tr("men")},
                   {u"teenagers"_s, Names::tr("teenagers")},
                   {u"children"_s, Names::tr("children")},
                   {u"parents"_s, Names::tr("parents")},
                   {u"specialists"_s, Names::tr("specialists")},
                   {u"volunteers"_s, Names::tr("volunteers")},
                   {u"other"_s, Names::tr("others")}},
                  audience);
}

QString attendanceName(const QString &mark)
{
    return lookup({{u"present"_s, Names::tr("present")},
                   {u"excused"_s, Names::tr("excused")},
                   {u"absent"_s, Names::tr("absent")}},
                  mark);
}

QString planFrequencyName(const QString &frequency)
{
    return lookup({{u"once"_s, Names::tr("once")},
                   {u"daily"_s, Names::tr("daily")},
                   {u"weekly"_s, Names::tr("weekly")},
                   {u"monthly"_s, Names::tr("monthly")},
                   {u"as_needed"_s, Names::tr("as needed")}},
                  frequency);
}

} // namespace opora::ui
