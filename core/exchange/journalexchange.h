#pragma once

#include "exchange/peopleexchange.h"

namespace opora {

// Services delivered from and to CSV. A row names the person served (who must be in the
// register), the service by its catalogue code, the date and the form; the case by its number,
// or, without one, the case of that person or their family open on that date. A row identical
// in every column to a stored service is already present.
class ServiceExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::ServiceExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

// Group events from and to CSV, with the anonymous headcounts by audience group as columns.
// An event is matched on its type, date, start time and title.
class EventExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::EventExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

// Named attendance from and to CSV: one row per person of the register at an event (found by
// its title and date, and start time when two share them). A person is marked once per event.
class AttendanceExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::AttendanceExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

} // namespace opora
