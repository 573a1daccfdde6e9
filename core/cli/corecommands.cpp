#include "cli/clicommand.h"
#include "db/database.h"
#include "stats/recordcounts.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

int runInit(CliContext &context)
{
    CliOptions options(context.args);
    options.addValue(u"profile"_s);
    options.parse(0, 0);
    bool ok = false;
    const Profile profile = profileFromCode(options.requiredValue(u"profile"_s), &ok);
    if (!ok)
        throw CliUsageError(Text::tr("The profile must be ru or ua."));
    Database::create(context.dbPath, profile);
    context.out << Text::tr("Created %1").arg(context.dbPath) << Qt::endl;
    return ExitOk;
}

int runCheck(CliContext &context)
{
    CliOptions options(context.args);
    options.parse(0, 0);
    const auto db = openCliDatabase(context);
    const QStringList problems = db->fullCheck();
    for (const QString &problem : problems)
        context.err << problem << Qt::endl;
    if (!problems.isEmpty())
        return ExitFailure;
    context.out << Text::tr("All checks passed.") << Qt::endl;
    return ExitOk;
}

int runStats(CliContext &context)
{
    CliOptions options(context.args);
    options.addFlag(u"json"_s);
    options.parse(0, 0);
    const auto db = openCliDatabase(context);
    const auto counts = recordCounts(*db);
    if (options.isSet(u"json"_s)) {
        QJsonObject json;
        for (const auto &[kind, count] : counts)
            json.insert(kind, count);
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))
                    << Qt::endl;
    } else {
        for (const auto &[kind, count] : counts)
            context.out << kind << u'\t' << count << Qt::endl;
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> registerCliCommands();
QList<CliCommand> backupCliCommands();
QList<CliCommand> exchangeCliCommands();
QList<CliCommand> auditCliCommands();
QList<CliCommand> projectCliCommands();

QList<CliCommand> coreCliCommands()
{
    return QList<CliCommand>{
               {u"init"_s, Text::tr("create an empty database: init --profile ru|ua"), runInit},
               {u"check"_s, Text::tr("check the database's integrity, references and schema"),
                runCheck},
               {u"stats"_s, Text::tr("count the records of each kind: stats [--json]"), runStats},
           } +
           registerCliCommands() + backupCliCommands() + exchangeCliCommands() +
           projectCliCommands() + auditCliCommands();
}

} // namespace opora
