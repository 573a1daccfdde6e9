#include "cli/clicommand.h"
#include "csv/csvreader.h"
#include "db/database.h"
#include "exchange/exchangekinds.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

const ExchangeKind &requireKind(const QString &name)
{
    QStringList names;
    for (const ExchangeKind &kind : exchangeKinds()) {
        if (kind.name == name)
            return kind;
        names << kind.name;
    }
    throw CliUsageError(Text::tr("Unknown kind: %1. This version imports and exports: %2.")
                            .arg(name, names.join(u", "_s)));
}

int runImport(CliContext &context)
{
    CliOptions options(context.args);
    options.addFlag(u"dry-run"_s);
    options.addFlag(u"skip-invalid"_s);
    options.addValue(u"rejected"_s);
    options.parse(2, 2);
    const ExchangeKind &kind = requireKind(options.positionals().at(0));
    const QString file = options.positionals().at(1);
    ImportOptions import;
    import.dryRun = options.isSet(u"dry-run"_s);
    import.skipInvalid = options.isSet(u"skip-invalid"_s);
    import.rejectedPath = options.value(u"rejected"_s, file + u".rejected.csv"_s);
    const auto db = openCliDatabase(context);
    const ImportReport report = kind.import(*db, CsvReader::readFile(file), import);
    for (const ImportProblem &p : report.problems)
        context.err << Text::tr("Line %1: %2").arg(p.line).arg(p.message) << Qt::endl;
    context.out << Text::tr("Rows: %1, new and correct: %2, already stored: %3, "
                            "with problems: %4, imported: %5.")
                       .arg(report.rows)
                       .arg(report.valid)
                       .arg(report.alreadyPresent)
                       .arg(report.rejected)
                       .arg(report.imported)
                << Qt::endl;
    if (import.dryRun)
        context.out << Text::tr("Dry run: nothing was stored.") << Qt::endl;
    else if (!report.stored)
        context.out << Text::tr("Nothing was stored: correct the rows above, or import the "
                                "good rows with --skip-invalid.")
                    << Qt::endl;
    else if (import.skipInvalid && !report.problems.isEmpty())
        context.out << Text::tr("The rows with problems are in %1.").arg(import.rejectedPath)
                    << Qt::endl;
    return report.problems.isEmpty() || (report.stored && import.skipInvalid) ? ExitOk
                                                                              : ExitFailure;
}

int runExport(CliContext &context)
{
    CliOptions options(context.args);
    options.parse(2, 2);
    const ExchangeKind &kind = requireKind(options.positionals().at(0));
    const auto db = openCliDatabase(context);
    const int count = kind.exportFile(*db, options.positionals().at(1));
    context.out << Text::tr("Exported %1 rows to %2.").arg(count).arg(options.positionals().at(1))
                << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> exchangeCliCommands()
{
    QStringList names;
    for (const ExchangeKind &kind : exchangeKinds())
        names << kind.name;
    const QString kinds = names.join(u'|');
    return {
        {u"import"_s,
         Text::tr("import a CSV file: import %1 FILE [--dry-run] [--skip-invalid] "
                  "[--rejected FILE]")
             .arg(kinds),
         runImport},
        {u"export"_s, Text::tr("export as CSV: export %1 FILE").arg(kinds), runExport},
    };
}

} // namespace opora
