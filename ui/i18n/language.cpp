#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace opora::ui {

QStringList availableLanguages()
{
    return {u"ru"_s, u"uk"_s, u"en"_s};
}

QString savedOrSystemLanguage()
{
    const QString saved = QSettings().value(u"ui/language"_s).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return availableLanguages().contains(system) ? system : u"ru"_s;
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

QLocale localeFor(const QString &language)
{
    if (language == u"uk"_s)
        return QLocale(QLocale::Ukrainian, QLocale::Ukraine);
    if (language == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Russian, QLocale::Russia);
}

QString languageName(const QString &language)
{
    if (language == u"en"_s)
        return u"English"_s; // not "British English": the interface is simply English
    const QString name = localeFor(language).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

void installTranslations(const QString &language)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *translator : {&own, &qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset(new QTranslator);
    }
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    if (own->load(u":/i18n/opora_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(own.get());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
}

} // namespace opora::ui
