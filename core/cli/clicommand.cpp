#include "cli/clicommand.h"

#include "access/accounts.h"
#include "cli/terminalpassword.h"
#include "db/database.h"

using namespace Qt::StringLiterals;

namespace opora {

CliOptions::CliOptions(const QStringList &args)
    : m_args(args.mid(1))
{}

void CliOptions::addFlag(const QString &name)
{
    m_flags << name;
}

void CliOptions::addValue(const QString &name)
{
    m_valueNames << name;
}

void CliOptions::parse(int minPositionals, int maxPositionals)
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args.at(i);
        if (!arg.startsWith(u"--"_s) || arg == u"--"_s) {
            m_positionals << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool hasInlineValue = eq >= 0;
        if (hasInlineValue) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (m_flags.contains(name) && !hasInlineValue) {
            m_set << name;
        } else if (m_valueNames.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= m_args.size())
                    throw CliUsageError(tr("The option --%1 needs a value.").arg(name));
                value = m_args.at(++i);
            }
            m_set << name;
            m_values.insert(name, value);
        } else {
            throw CliUsageError(tr("Unknown option: %1").arg(arg));
        }
    }
    if (m_positionals.size() < minPositionals)
        throw CliUsageError(tr("Missing argument."));
    if (m_positionals.size() > maxPositionals)
        throw CliUsageError(tr("Unexpected argument: %1").arg(m_positionals.at(maxPositionals)));
}

bool CliOptions::isSet(const QString &name) const
{
    return m_set.contains(name);
}

QString CliOptions::value(const QString &name, const QString &def) const
{
    return m_values.value(name, def);
}

QString CliOptions::requiredValue(const QString &name) const
{
    if (!m_values.contains(name))
        throw CliUsageError(tr("The option --%1 is required.").arg(name));
    return m_values.value(name);
}

int CliOptions::intValue(const QString &name, int def) const
{
    if (!m_values.contains(name))
        return def;
    bool ok = false;
    const int v = m_values.value(name).toInt(&ok);
    if (!ok)
        throw CliUsageError(tr("The option --%1 needs a whole number.").arg(name));
    return v;
}

std::unique_ptr<Database> openCliDatabase(const CliContext &context)
{
    auto db = Database::open(context.dbPath);
    // --user signs in with the password from OPORA_PASSWORD, or typed on the terminal;
    // changes are then made in that account's name and with its role.
    if (!context.user.isEmpty()) {
        std::optional<QString> password;
        if (qEnvironmentVariableIsSet("OPORA_PASSWORD"))
            password = qEnvironmentVariable("OPORA_PASSWORD");
        else
            password =
                readPasswordFromTerminal(CliOptions::tr("Password for %1: ").arg(context.user));
        if (!password)
            throw CliUsageError(CliOptions::tr("--user needs the password: type it when asked, "
                                               "or put it in the environment variable "
                                               "OPORA_PASSWORD."));
        Accounts(*db).signIn(context.user, *password);
    }
    return db;
}

} // namespace opora
