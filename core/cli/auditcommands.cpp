#include "audit/auditchain.h"
#include "cli/clicommand.h"
#include "db/database.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliCommands)
};

int runAudit(CliContext &context)
{
    CliOptions options(context.args);
    options.parse(1, 1);
    if (options.positionals().constFirst() != u"verify"_s)
        throw CliUsageError(Text::tr("The audit command knows: audit verify"));
    const auto db = openCliDatabase(context);
    const AuditVerification result = AuditChain::verify(*db);
    (result.intact ? context.out : context.err) << result.message << Qt::endl;
    return result.intact ? ExitOk : ExitFailure;
}

} // namespace

QList<CliCommand> auditCliCommands()
{
    return {{u"audit"_s,
             Text::tr("check that the audit trail was not changed outside Opora: audit verify"),
             runAudit}};
}

} // namespace opora
