#include "clock.h"

#include <QDateTime>

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
    return fixedNow().isValid() ? fixedNow().toLocalTime().date() : QDate::currentDate();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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
