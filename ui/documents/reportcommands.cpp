#include "audit/auditlog.h"
#include "cli/clicommand.h"
#include "clock.h"
#include "db/database.h"
#include "documents/casedocuments.h"
#include "documents/htmlparts.h"
#include "documents/personaldatadocument.h"
#include "documents/roundtabledocument.h"
#include "error.h"
#include "i18n/language.h"
#include "projects/projectrepository.h"
#include "register/personaldata.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

// Writes the document to pdf and records it in the audit trail, or says plainly why not.
int writeDocument(CliContext &context, Database &db, PagedDocument &document, const QString &pdf,
                  const QString &entity, qint64 id, const QString &what)
{
    if (!document.writePdf(pdf))
        throw Error(Error::Kind::Io,
                    Text::tr("Could not write %1.").arg(QDir::toNativeSeparators(pdf)));
    recordDocument(db, AuditAction::Export, entity, id, {what});
    context.out << Text::tr("Wrote %1").arg(QDir::toNativeSeparators(pdf)) << Qt::endl;
    return ExitOk;
}

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
    return writeDocument(context, *db, report.document(), pdf, u"project"_s, projectId,
                         document.named ? u"roundtable_named"_s : u"roundtable"_s);
}

int runCaseDocument(CliContext &context, CliOptions &options, bool plan)
{
    const QString number = options.requiredValue(u"case"_s);
    const QString pdf = options.requiredValue(u"pdf"_s);
    const auto db = openCliDatabase(context);
    const qint64 caseId = CaseDocuments::caseByNumber(*db, number);
    if (!caseId)
        throw Error(Error::Kind::NotFound, Text::tr("There is no case %1.").arg(number));
    PagedDocument document;
    if (plan)
        CaseDocuments::planForm(*db, caseId, document);
    else
        CaseDocuments::caseFile(*db, caseId, document);
    return writeDocument(context, *db, document, pdf, u"case_file"_s, caseId,
                         plan ? u"plan"_s : u"case"_s);
}

int runAttendance(CliContext &context, CliOptions &options)
{
    bool ok = false;
    const qint64 eventId = options.requiredValue(u"event"_s).toLongLong(&ok);
    if (!ok || eventId <= 0)
        throw CliUsageError(Text::tr("--event needs the event's number."));
    const QString pdf = options.requiredValue(u"pdf"_s);
    const auto db = openCliDatabase(context);
    PagedDocument document;
    attendanceSheet(*db, eventId, document);
    return writeDocument(context, *db, document, pdf, u"event"_s, eventId, u"attendance"_s);
}

int runPersonal(CliContext &context, CliOptions &options)
{
    bool ok = false;
    const qint64 personId = options.requiredValue(u"person"_s).toLongLong(&ok);
    if (!ok || personId <= 0)
        throw CliUsageError(Text::tr("--person needs the person's number (see opora-cli search)."));
    const QString pdf = options.requiredValue(u"pdf"_s);
    const auto db = openCliDatabase(context);
    PagedDocument document;
    PersonalDataDocument::make(PersonalData::collect(*db, personId), html::centreName(*db),
                               document);
    return writeDocument(context, *db, document, pdf, u"person"_s, personId,
                         u"personal_data_pdf"_s);
}

int runPeriod(CliContext &context, CliOptions &options)
{
    const QDate from = parseIsoDate(options.requiredValue(u"from"_s));
    const QDate to = parseIsoDate(options.requiredValue(u"to"_s));
    if (!from.isValid() || !to.isValid())
        throw CliUsageError(Text::tr("The date must be written as YYYY-MM-DD."));
    if (to < from)
        throw CliUsageError(Text::tr("The period ends before it starts."));
    const QString pdf = options.requiredValue(u"pdf"_s);
    const auto db = openCliDatabase(context);
    PagedDocument document;
    periodReport(*db, from, to, document);
    return writeDocument(context, *db, document, pdf, u"centre"_s, 0,
                         u"period %1 %2"_s.arg(isoDate(from), isoDate(to)));
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
    options.addValue(u"case"_s);
    options.addValue(u"event"_s);
    options.addValue(u"person"_s);
    options.addValue(u"from"_s);
    options.addValue(u"to"_s);
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
    if (kind == u"case"_s || kind == u"plan"_s)
        return runCaseDocument(context, options, kind == u"plan"_s);
    if (kind == u"attendance"_s)
        return runAttendance(context, options);
    if (kind == u"period"_s)
        return runPeriod(context, options);
    if (kind == u"personal"_s)
        return runPersonal(context, options);
    throw CliUsageError(
        Text::tr("Unknown report: %1. Known: roundtable, case, plan, attendance, period, personal.")
            .arg(kind));
}

} // namespace

QList<CliCommand> reportCliCommands()
{
    return {{u"report"_s,
             Text::tr("write a document as PDF: report roundtable --project ID | case --case "
                      "NUMBER | plan --case NUMBER | attendance --event ID | period --from "
                      "YYYY-MM-DD --to YYYY-MM-DD | personal --person ID, then --pdf FILE "
                      "[--lang ru|uk|en]"),
             runReport}};
}

} // namespace opora::ui
