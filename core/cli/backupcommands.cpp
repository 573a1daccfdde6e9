#include "backup/backup.h"
#include "cli/clicommand.h"
#include "db/database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

void printInfo(CliContext &context, const BackupInfo &info)
{
    context.out << Text::tr("Backup: %1").arg(QDir::toNativeSeparators(info.path)) << Qt::endl
                << Text::tr("Made: %1 UTC").arg(info.madeAt.toString(u"yyyy-MM-dd HH:mm"_s))
                << Qt::endl
                << Text::tr("Schema version: %1").arg(info.schemaVersion) << Qt::endl;
    for (const auto &[kind, count] : info.counts)
        context.out << kind << u'\t' << count << Qt::endl;
}

int runBackup(CliContext &context)
{
    CliOptions options(context.args);
    options.addValue(u"to"_s);
    options.parse(0, 0);
    const auto db = openCliDatabase(context);
    Backups backups(context.dbPath);
    const QString target = options.value(u"to"_s);
    const BackupInfo info = backups.make(*db, target);
    if (target.isEmpty())
        backups.rotate();
    printInfo(context, info);
    return ExitOk;
}

int runRestore(CliContext &context)
{
    CliOptions options(context.args);
    options.parse(1, 1);
    const QString source = options.positionals().constFirst();
    printInfo(context, Backups::describe(source));
    const QString safety = Backups(context.dbPath).restore(source);
    context.out << Text::tr("Restored %1.").arg(QDir::toNativeSeparators(context.dbPath))
                << Qt::endl;
    if (!safety.isEmpty())
        context.out << Text::tr("The previous database was kept in %1.")
                           .arg(QDir::toNativeSeparators(safety))
                    << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> backupCliCommands()
{
    return {
        {u"backup"_s,
         Text::tr("make a checked backup now: backup [--to FILE] (default: the backups folder, "
                  "rotated)"),
         runBackup},
        {u"restore"_s,
         Text::tr("replace the database with a backup, keeping the current one: restore FILE"),
         runRestore},
    };
}

} // namespace opora
