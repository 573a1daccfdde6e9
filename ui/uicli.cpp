#include "uicli.h"

#include "i18n/language.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace opora {

namespace ui {
QList<CliCommand> reportCliCommands();
}

QList<CliCommand> uiCliCommands()
{
    return ui::reportCliCommands();
}

bool cliCommandNeedsGui(const QString &commandName)
{
    return commandName == u"report"_s;
}

std::unique_ptr<QCoreApplication> createCliGuiApplication(int &argc, char **argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

void installCliTranslations()
{
    ui::installTranslations(ui::savedOrSystemLanguage());
}

} // namespace opora
