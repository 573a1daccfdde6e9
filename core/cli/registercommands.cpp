#include "cli/clicommand.h"
#include "clock.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "register/caserepository.h"
#include "register/personaldata.h"
#include "register/registersearch.h"
#include "register/retention.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

int runDemo(CliContext &context)
{
    CliOptions options(context.args);
    options.addValue(u"profile"_s);
    options.addValue(u"size"_s);
    options.addValue(u"seed"_s);
    options.parse(0, 0);
    demo::DemoOptions demo;
    bool ok = false;
    demo.profile = profileFromCode(options.value(u"profile"_s, u"ru"_s), &ok);
    if (!ok)
        throw CliUsageError(Text::tr("The profile must be ru or ua."));
    demo.size = options.intValue(u"size"_s, 1);
    if (demo.size < 1 || demo.size > 1000)
        throw CliUsageError(Text::tr("The size must be a whole number from 1 to 1000."));
    bool seedOk = true;
    if (options.isSet(u"seed"_s))
        demo.seed = options.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        throw CliUsageError(Text::tr("The seed must be a whole number."));
    if (QFileInfo::exists(context.dbPath))
        throw CliUsageError(Text::tr("%1 already exists. Choose a new file for the demo database.")
                                .arg(context.dbPath));
    demo::createDemoDatabase(context.dbPath, demo);
    context.out << Text::tr("Created the demo database %1").arg(context.dbPath) << Qt::endl;
    return ExitOk;
}

QString kindName(SearchHit::Kind kind)
{
    return kind == SearchHit::Kind::Case ? u"case"_s : u"person"_s;
}

int runSearch(CliContext &context)
{
    CliOptions options(context.args);
    options.addFlag(u"json"_s);
    options.addFlag(u"archived"_s);
    options.addValue(u"limit"_s);
    options.parse(1, 1);
    const QString text = options.positionals().constFirst();
    if (text.size() > RegisterSearch::MaxQueryLength)
        throw CliUsageError(Text::tr("The search text is too long (at most %1 characters).")
                                .arg(RegisterSearch::MaxQueryLength));
    const auto db = openCliDatabase(context);
    const auto hits = RegisterSearch(*db).find(text, options.intValue(u"limit"_s, 20),
                                               options.isSet(u"archived"_s));
    if (options.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(QJsonObject{{u"kind"_s, kindName(hit.kind)},
                                     {u"id"_s, hit.id},
                                     {u"title"_s, hit.title},
                                     {u"detail"_s, hit.detail},
                                     {u"archived"_s, hit.archived}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                    << Qt::endl;
        return ExitOk;
    }
    for (const SearchHit &hit : hits)
        context.out << kindName(hit.kind) << u'\t' << hit.id << u'\t' << hit.title << u'\t'
                    << hit.detail << Qt::endl;
    if (hits.isEmpty())
        context.err << Text::tr("Nothing found.") << Qt::endl;
    return ExitOk;
}

int runPersonalData(CliContext &context)
{
    CliOptions options(context.args);
    options.parse(2, 2);
    bool ok = false;
    const qint64 personId = options.positionals().at(0).toLongLong(&ok);
    if (!ok || personId <= 0)
        throw CliUsageError(Text::tr("Give the person's number (as opora-cli search shows it)."));
    const QString path = options.positionals().at(1);
    const auto db = openCliDatabase(context);
    PersonalData::writeJson(*db, personId, path);
    context.out << Text::tr("Everything held about person %1 is in %2.").arg(personId).arg(path)
                << Qt::endl;
    return ExitOk;
}

int runRetention(CliContext &context)
{
    CliOptions options(context.args);
    options.addValue(u"years"_s);
    options.addFlag(u"apply"_s);
    options.parse(0, 0);
    const auto db = openCliDatabase(context);
    const int years = options.intValue(u"years"_s, Retention::years(*db));
    if (years < Retention::MinYears || years > Retention::MaxYears)
        throw CliUsageError(Text::tr("The retention period is from %1 to %2 years.")
                                .arg(Retention::MinYears)
                                .arg(Retention::MaxYears));
    const bool apply = options.isSet(u"apply"_s);
    const RetentionPlan plan =
        apply ? Retention::apply(*db, today(), years) : Retention::plan(*db, today(), years);
    context.out << (apply ? Text::tr("Anonymised (support ended before %1): %2 people, %3 "
                                     "families, %4 cases.")
                          : Text::tr("Support ended before %1: %2 people, %3 families and %4 "
                                     "cases would be anonymised. Run with --apply to do it."))
                       .arg(isoDate(plan.cutoff))
                       .arg(plan.people.size())
                       .arg(plan.households.size())
                       .arg(plan.cases.size())
                << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> registerCliCommands()
{
    return {
        {u"demo"_s,
         Text::tr("create a fictional demo database: demo [--profile ru|ua] [--size N] "
                  "[--seed S]"),
         runDemo},
        {u"search"_s,
         Text::tr("find people and cases: search TEXT [--json] [--archived] [--limit N]"),
         runSearch},
        {u"personal-data"_s,
         Text::tr("write everything held about one person as JSON: personal-data PERSON_ID "
                  "FILE"),
         runPersonalData},
        {u"retention"_s,
         Text::tr("anonymise people whose support ended longer ago than the retention period: "
                  "retention [--years N] [--apply]"),
         runRetention},
    };
}

} // namespace opora
