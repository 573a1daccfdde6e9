#pragma once

#include "projects/indicatorengine.h"
#include "projects/project.h"

#include <QColor>
#include <QString>

namespace opora {
class Database;
}

namespace opora::ui {

// Words for indicators in the interface's language.
QString methodName(IndicatorMethod method);
QString measureName(const QString &measure);
QString indicatorStatusName(IndicatorStatus status);
// Green achieved, blue on track, red behind, grey without a plan: in the window and on slides.
QColor indicatorStatusColour(IndicatorStatus status);
QString projectStatusName(const QString &status);
// How the fact is counted, in plain words, with the indicator's own filters named.
QString describeIndicator(Database &db, const Indicator &indicator);
// A number as the locale writes it, without needless decimals.
QString formatNumber(double value);

} // namespace opora::ui
