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
// The language's own name, capitalised: "Русский", "Українська", "English".
QString languageName(const QString &language);

// The short date format of the current locale with a four-digit year (Ukrainian and English
// short formats use two digits, which is ambiguous for birth dates).
QString dateFormat();
// A date in that format; empty for an invalid date.
QString formatDate(const QDate &date);

} // namespace opora::ui
