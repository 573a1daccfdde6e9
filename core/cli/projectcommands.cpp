#include "cli/clicommand.h"
#include "clock.h"
#include "db/database.h"
#include "projects/indicatorengine.h"
#include "projects/projectrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

QJsonObject projectJson(const Project &p)
{
    return {{u"id"_s, p.id},
            {u"name"_s, p.name},
            {u"funder"_s, p.funder},
            {u"starts_on"_s, isoDate(p.startsOn)},
            {u"ends_on"_s, isoDate(p.endsOn)},
            {u"status"_s, p.status}};
}

// Facts are sums of quantities and hours: two decimals say all there is.
QJsonValue number(std::optional<double> value, int decimals = 2)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

void printJson(CliContext &context, const QJsonDocument &doc)
{
    context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
}

int runProjects(CliContext &context)
{
    CliOptions options(context.args);
    options.addFlag(u"json"_s);
    options.addFlag(u"archived"_s);
    options.parse(0, 0);
    const auto db = openCliDatabase(context);
    const QList<Project> projects = ProjectRepository(*db).list(options.isSet(u"archived"_s));
    if (options.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Project &p : projects)
            array.append(projectJson(p));
        printJson(context, QJsonDocument(array));
        return ExitOk;
    }
    for (const Project &p : projects)
        context.out << p.id << u'\t' << isoDate(p.startsOn) << u'\t' << isoDate(p.endsOn) << u'\t'
                    << p.name << Qt::endl;
    if (projects.isEmpty())
        context.err << Text::tr("There are no projects in this database.") << Qt::endl;
    return ExitOk;
}

int runIndicators(CliContext &context)
{
    CliOptions options(context.args);
    options.addValue(u"project"_s);
    options.addValue(u"as-of"_s);
    options.addFlag(u"json"_s);
    options.parse(0, 0);
    bool ok = false;
    const qint64 projectId = options.requiredValue(u"project"_s).toLongLong(&ok);
    if (!ok || projectId <= 0)
        throw CliUsageError(Text::tr("--project needs the project's number (see opora-cli "
                                     "projects)."));
    const QDate asOf =
        options.isSet(u"as-of"_s) ? parseIsoDate(options.value(u"as-of"_s)) : today();
    if (!asOf.isValid())
        throw CliUsageError(Text::tr("The date must be written as YYYY-MM-DD."));
    const auto db = openCliDatabase(context);
    const Project project = ProjectRepository(*db).get(projectId);
    const QList<IndicatorResult> results = IndicatorEngine(*db).evaluateProject(projectId, asOf);
    if (options.isSet(u"json"_s)) {
        QJsonArray indicators;
        for (const IndicatorResult &r : results)
            indicators.append(QJsonObject{{u"id"_s, r.indicator.id},
                                          {u"name"_s, r.indicator.wording},
                                          {u"unit"_s, r.indicator.unit},
                                          {u"method"_s, methodKey(r.indicator.method)},
                                          {u"plan"_s, number(r.plan)},
                                          {u"expected"_s, number(r.expected)},
                                          {u"fact"_s, number(r.fact)},
                                          {u"percent"_s, number(r.percent, 1)},
                                          {u"status"_s, statusKey(r.status)}});
        printJson(context, QJsonDocument(QJsonObject{{u"project"_s, projectJson(project)},
                                                     {u"as_of"_s, isoDate(asOf)},
                                                     {u"indicators"_s, indicators}}));
        return ExitOk;
    }
    context.out << project.name << u" — "_s << Text::tr("as of %1").arg(isoDate(asOf)) << Qt::endl;
    for (const IndicatorResult &r : results) {
        const QString plan = r.plan ? QString::number(*r.plan, 'g', 10) : u"—"_s;
        const QString percent = r.percent ? QString::number(*r.percent, 'f', 0) + u'%' : u"—"_s;
        context.out << QString::number(r.fact, 'g', 10) << u" / "_s << plan << u'\t' << percent
                    << u'\t' << statusName(r.status) << u'\t' << r.indicator.wording << Qt::endl;
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> projectCliCommands()
{
    return {
        {u"projects"_s, Text::tr("list the projects: projects [--json] [--archived]"), runProjects},
        {u"indicators"_s,
         Text::tr("plan against fact of a project's indicators: indicators --project ID "
                  "[--as-of YYYY-MM-DD] [--json]"),
         runIndicators},
    };
}

} // namespace opora
