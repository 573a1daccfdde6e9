#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace opora {

class Database;

// What a command of opora-cli gets: its own arguments and the global options.
struct CliContext
{
    QString dbPath;       // --db, or the default database
    QString user;         // --user, empty when not given
    QStringList args;     // the command's name followed by its own arguments
    QTextStream &out;
    QTextStream &err;
};

// Exit codes of opora-cli, a contract other tools rely on.
enum CliExit { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct CliCommand
{
    QString name;
    QString summary;  // one line for --help
    std::function<int(CliContext &)> run;
};

// Thrown by a command for a wrong argument; main prints it and exits with ExitUsage.
class CliUsageError : public std::exception
{
public:
    explicit CliUsageError(QString message)
        : m_message(std::move(message))
    {
    }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "usage"; }

private:
    QString m_message;
};

// Parses a command's own arguments; throws CliUsageError on unknown options or positionals
// beyond maxPositionals.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliOptions)

public:
    explicit CliOptions(const QStringList &args);
    void addFlag(const QString &name);
    void addValue(const QString &name);
    void parse(int minPositionals, int maxPositionals);

    bool isSet(const QString &name) const;
    QString value(const QString &name, const QString &def = {}) const;
    QString requiredValue(const QString &name) const;
    int intValue(const QString &name, int def) const;
    const QStringList &positionals() const { return m_positionals; }

private:
    QStringList m_args;
    QStringList m_flags;
    QStringList m_valueNames;
    QStringList m_set;
    QHash<QString, QString> m_values;
    QStringList m_positionals;
};

// Opens the --db database for a command (refusing a missing file with a clear error).
std::unique_ptr<Database> openCliDatabase(const CliContext &context);

// The commands implemented in core: init, demo, stats, search, check, and more as they come.
QList<CliCommand> coreCliCommands();

} // namespace opora
