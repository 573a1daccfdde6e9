#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

#include <memory>

namespace opora {

// The opora-cli commands that need Qt Gui (documents); the rest live in core.
QList<CliCommand> uiCliCommands();
bool cliCommandNeedsGui(const QString &commandName);
std::unique_ptr<QCoreApplication> createCliGuiApplication(int &argc, char **argv);

// Loads the translations for the command line: the saved language, else the system's.
void installCliTranslations();

} // namespace opora
