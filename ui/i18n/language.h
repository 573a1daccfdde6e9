#pragma once

#include <QLocale>
#include <QString>

namespace opora::ui {

// The interface languages: "ru", "uk", "en".
QStringList availableLanguages();
// The language saved in the settings, or the system's when it is one of ours, else Russian.
QString savedOrSystemLanguage();
void saveLanguage(const QString &language);
// Replaces the installed translators (Opora's own and Qt's) with those of language and sets
// the default QLocale, so dates and numbers follow.
void installTranslations(const QString &language);
QLocale localeFor(const QString &language);

} // namespace opora::ui
