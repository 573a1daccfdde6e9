// opora: the window. Parses the command line, opens the database and shows the main window.
#include "appicon.h"
#include "appinfo.h"
#include "db/database.h"
#include "error.h"
#include "i18n/language.h"
#include "shell/session.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// QApplication cannot start without a display, yet --help and --version must answer on a
// server or in a terminal without one: those are answered by a QCoreApplication instead.
bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void startApplication()
{
    opora::setApplicationIdentity();
    opora::ui::installTranslations(opora::ui::savedOrSystemLanguage());
}

struct Options
{
    QCommandLineOption db;
    QCommandLineOption demo;
};

Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Opora: case management for a social-service centre"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QCoreApplication::translate("main", "Open the database at PATH."), u"PATH"_s);
    parser.addOption(dbOption);
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate(
                       "main", "Open a fresh demo database with fictional data (nothing done "
                               "in it touches the real database)."));
    parser.addOption(demoOption);
    return {dbOption, demoOption};
}

} // namespace

int main(int argc, char **argv)
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        startApplication();
        QCommandLineParser parser;
        addOptions(parser);
        // Qt's own options (-platform, -style) are not errors here: QApplication takes them.
        parser.parse(QCoreApplication::arguments());
        if (parser.isSet(u"version"_s))
            parser.showVersion();
        if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s))
            parser.showHelp();
    }

    QApplication app(argc, argv);
    startApplication();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(opora::DesktopFileName));
    QApplication::setWindowIcon(opora::ui::applicationIcon());

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    const QString path =
        parser.isSet(options.db) ? parser.value(options.db) : opora::Database::defaultPath();
    opora::ui::Session session;
    if (!session.start(path, parser.isSet(options.demo)))
        return 1;
    return app.exec();
}
