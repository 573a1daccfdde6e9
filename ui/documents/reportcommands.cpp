#include "audit/auditlog.h"
#include "cli/clicommand.h"
#include "clock.h"
#include "db/database.h"
#include "documents/roundtabledocument.h"
#include "error.h"
#include "i18n/language.h"
#include "projects/projectrepository.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

int runRoundTable(CliContext &context, CliOptions &options)
{
    bool ok = false;
    const qint64 projectId = options.requiredValue(u"project"_s).toLongLong(&ok);
    if (!ok || projectId <= 0)
        throw CliUsageError(Text::tr("--project needs the project's number (see opora-cli "
                                     "projects)."));
    RoundTableOptions document;
    document.asOf = options.isSet(u"as-of"_s) ? parseIsoDate(options.value(u"as-of"_s)) : today();
    if (!document.asOf.isValid())
        throw CliUsageError(Text::tr("The date must be written as YYYY-MM-DD."));
    document.named = options.isSet(u"named"_s);
    document.hideSmallCounts = options.isSet(u"hide-small"_s);
    const QString pdf = options.requiredValue(u"pdf"_s);
    const auto db = openCliDatabase(context);
    RoundTableDocument report(*db, projectId, document);
    if (!report.document().writePdf(pdf))
        throw Error(Error::Kind::Io,
                    Text::tr("Could not write %1.").arg(QDir::toNativeSeparators(pdf)));
    recordDocument(*db, AuditAction::Export, u"project"_s, projectId,
                   {document.named ? u"roundtable_named"_s : u"roundtable"_s});
    context.out << Text::tr("Wrote %1").arg(QDir::toNativeSeparators(pdf)) << Qt::endl;
    return ExitOk;
}

int runReport(CliContext &context)
{
    CliOptions options(context.args);
    options.addValue(u"project"_s);
    options.addValue(u"pdf"_s);
    options.addValue(u"lang"_s);
    options.addValue(u"as-of"_s);
    options.addFlag(u"named"_s);
    options.addFlag(u"hide-small"_s);
    options.parse(1, 1);
    if (options.isSet(u"lang"_s)) {
        const QString language = options.value(u"lang"_s);
        if (!availableLanguages().contains(language))
            throw CliUsageError(Text::tr("The language must be ru, uk or en."));
        installTranslations(language);
    }
    const QString kind = options.positionals().constFirst();
    if (kind == u"roundtable"_s)
        return runRoundTable(context, options);
    throw CliUsageError(Text::tr("Unknown report: %1. Known: roundtable.").arg(kind));
}

} // namespace

QList<CliCommand> reportCliCommands()
{
    return {{u"report"_s,
             Text::tr("write a document as PDF: report roundtable --project ID --pdf FILE "
                      "[--lang ru|uk|en] [--as-of YYYY-MM-DD] [--named] [--hide-small]"),
             runReport}};
}

} // namespace opora::ui
