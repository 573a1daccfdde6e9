#pragma once

#include <QList>
#include <QString>

namespace opora {

// What a list window asks for: a window of rows in a whitelisted order.
struct PageRequest
{
    QString sortKey; // one of the list's sort keys; unknown keys fall back to the default
    bool descending = false;
    int offset = 0;
    int limit = 100;
    // How many rows the filter holds, when the caller already knows (a later page of the same
    // list, or totals just counted); -1: the list counts them.
    qint64 knownTotal = -1;
};

// One page of a list plus the number of rows all pages hold together.
template <typename Row>
struct Page
{
    QList<Row> rows;
    qint64 total = 0;
};

} // namespace opora
