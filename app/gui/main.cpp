// opora: the window. Parses the command line, opens the database and shows the main window.
#include "appicon.h"
#include "appinfo.h"
#include "db/database.h"
#include "error.h"
#include "i18n/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>

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

QCommandLineOption addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Opora: case management for a social-service centre"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QCoreApplication::translate("main", "Open the database at PATH."), u"PATH"_s);
    parser.addOption(dbOption);
    return dbOption;
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
    const QCommandLineOption dbOption = addOptions(parser);
    parser.process(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : opora::Database::defaultPath();
    try {
        auto db = QFile::exists(path) ? opora::Database::open(path)
                                      : opora::Database::create(path, opora::Profile::Ru);
        opora::ui::MainWindow window(*db);
        window.show();
        return app.exec();
    } catch (const opora::Error &e) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Opora"),
                              e.userMessage());
        return 1;
    }
}
