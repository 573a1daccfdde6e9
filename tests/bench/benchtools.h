#pragma once

// What the benchmarks share: bulk SQL and timing by median and worst of several runs.

#include "db/database.h"
#include "db/query.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace opora::bench {

inline void exec(Database &db, const QString &sql)
{
    Query(db, sql).exec();
}

// Rows 1..count as a table n(value), for INSERT ... SELECT.
inline QString numbers(int count)
{
    return QStringLiteral("(WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM "
                          "n WHERE value < %1) SELECT value FROM n)")
        .arg(count);
}

struct Timing
{
    double median = 0;
    double worst = 0;
};

inline Timing time(const std::function<void()> &run, int times = 21)
{
    QList<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

} // namespace opora::bench
