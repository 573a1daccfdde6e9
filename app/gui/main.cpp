// opora: the window. Parses the command line, opens the database and shows the main window.
#include "appinfo.h"
#include "db/database.h"
#include "error.h"
#include "i18n/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    opora::setApplicationIdentity();
    opora::ui::installTranslations(opora::ui::savedOrSystemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Opora: case management for a social-service centre"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QCoreApplication::translate("main", "Open the database at PATH."), u"PATH"_s);
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : opora::Database::defaultPath();
    try {
        auto db = QFile::exists(path) ? opora::Database::open(path)
                                      : opora::Database::create(path, opora::Profile::Ru);
        opora::ui::MainWindow window(*db);
        window.show();
        return app.exec();
    } catch (const opora::Error &e) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Opora"), e.userMessage());
        return 1;
    }
}
