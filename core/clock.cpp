#include "clock.h"

#include <QDateTime>

#include <chrono>

namespace opora {

namespace {
QDateTime &fixedNow()
{
    static QDateTime value;
    return value;
}
} // namespace

QString nowUtc()
{
    const QDateTime now = fixedNow().isValid() ? fixedNow() : QDateTime::currentDateTimeUtc();
    return now.toUTC().toString(Qt::ISODate);
}

QDate today()
{
    if (fixedNow().isValid())
        return fixedNow().toLocalTime().date();
    // The local date costs a look at the time zone each time; the checks of an import ask for
    // it for every row, so the answer is kept for a second.
    thread_local QDate date;
    thread_local std::chrono::steady_clock::time_point asked;
    const auto now = std::chrono::steady_clock::now();
    if (!date.isValid() || now - asked >= std::chrono::seconds(1)) {
        date = QDate::currentDate();
        asked = now;
    }
    return date;
}

QString isoDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    // Written digit by digit: QDate::toString formats through printf, and imports write a date
    // or two for every row.
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QDate parseIsoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void setFixedNowForTesting(const QDateTime &utc)
{
    fixedNow() = utc;
}

} // namespace opora
