#pragma once

#include "clock.h"

#include <QDateTime>

namespace opora::test {

// Pins "now" at 15 June 2026, 10:00 UTC, for the life of the object.
struct PinnedClock
{
    PinnedClock() { setFixedNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC)); }
    ~PinnedClock() { setFixedNowForTesting({}); }
};

} // namespace opora::test
