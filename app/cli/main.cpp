// opora-cli: the headless entry point. It parses the global options, picks the command and
// runs it; the commands themselves live in the libraries.
#include "appinfo.h"
#include "cli/clicommand.h"
#include "db/database.h"
#include "error.h"
#include "uicli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::CliMain)
};

// The global options may stand anywhere on the line; they are taken out here.
struct GlobalOptions
{
    QString db;
    QString user;
    bool help = false;
    bool version = false;
    QStringList rest;
};

GlobalOptions takeGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto takeValue = [&](const QString &name, QString &target) {
            if (arg == name) {
                if (i + 1 >= arguments.size())
                    throw opora::CliUsageError(Text::tr("The option %1 needs a value.").arg(name));
                target = arguments.at(++i);
                return true;
            }
            if (arg.startsWith(name + u'=')) {
                target = arg.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (takeValue(u"--db"_s, options.db) || takeValue(u"--user"_s, options.user))
            continue;
        if (arg == u"--help"_s || arg == u"-h"_s)
            options.help = true;
        else if (arg == u"--version"_s)
            options.version = true;
        else
            options.rest << arg;
    }
    return options;
}

void printHelp(QTextStream &out, const QList<opora::CliCommand> &commands)
{
    out << Text::tr("Usage: opora-cli [--db PATH] [--user NAME] COMMAND [OPTIONS]") << Qt::endl
        << Qt::endl
        << Text::tr("Commands:") << Qt::endl;
    qsizetype width = 0;
    for (const opora::CliCommand &command : commands)
        width = std::max(width, command.name.size() + 2);
    for (const opora::CliCommand &command : commands)
        out << u"  "_s << command.name.leftJustified(width) << command.summary << Qt::endl;
    out << Qt::endl << Text::tr("Exit codes: 0 success, 1 failure, 2 usage error.") << Qt::endl;
}

bool argumentsNeedGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (opora::cliCommandNeedsGui(QString::fromLocal8Bit(argv[i])))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // Documents are painted with Qt Gui; without a display they still render off screen.
    const bool needsGui = argumentsNeedGui(argc, argv);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = opora::createCliGuiApplication(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    opora::setApplicationIdentity();
    opora::installCliTranslations();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<opora::CliCommand> commands = opora::coreCliCommands() + opora::uiCliCommands();

    try {
        const GlobalOptions global = takeGlobalOptions(QCoreApplication::arguments());
        if (global.version) {
            out << u"opora-cli "_s << QString::fromLatin1(opora::Version) << Qt::endl;
            return opora::ExitOk;
        }
        if (global.help || global.rest.isEmpty()) {
            printHelp(global.help ? out : err, commands);
            return global.help ? opora::ExitOk : opora::ExitUsage;
        }
        const QString name = global.rest.first();
        const auto command =
            std::find_if(commands.cbegin(), commands.cend(),
                         [&](const opora::CliCommand &c) { return c.name == name; });
        if (command == commands.cend())
            throw opora::CliUsageError(Text::tr("Unknown command: %1").arg(name));
        opora::CliContext context{global.db.isEmpty() ? opora::Database::defaultPath() : global.db,
                                  global.user, global.rest, out, err};
        return command->run(context);
    } catch (const opora::CliUsageError &e) {
        err << u"opora-cli: "_s << e.message() << u' ' << Text::tr("(see opora-cli --help)")
            << Qt::endl;
        return opora::ExitUsage;
    } catch (const opora::Error &e) {
        err << u"opora-cli: "_s << e.userMessage() << Qt::endl;
        // The detail names the failing statement, never bound values: no personal data.
        if (qEnvironmentVariableIsSet("OPORA_VERBOSE") && !e.detail().isEmpty())
            err << u"opora-cli: "_s << e.detail() << Qt::endl;
        return opora::ExitFailure;
    }
}
