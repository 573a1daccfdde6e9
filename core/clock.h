#pragma once

#include <QDate>
#include <QString>

namespace opora {

// Timestamps are UTC ISO-8601 text, dates ISO-8601 text (DESIGN.md).
QString nowUtc();
QDate today();
QString isoDate(const QDate &date);  // empty string for an invalid date
QDate parseIsoDate(const QString &text);

// Tests pin the clock; an invalid value returns it to the real one.
void setFixedNowForTesting(const QDateTime &utc);

} // namespace opora
