#pragma once

#include <QString>

namespace opora::ui {

// Names of the codes of services and events, in the user's language.
QString serviceTypeName(const QString &type);
QString serviceFormName(const QString &form);
QString serviceUnitName(const QString &unit);
QString eventTypeName(const QString &type);
QString eventStatusName(const QString &status);
QString audienceName(const QString &audience);
QString attendanceName(const QString &mark);
QString planFrequencyName(const QString &frequency); // once, daily, weekly, monthly, as_needed

} // namespace opora::ui
