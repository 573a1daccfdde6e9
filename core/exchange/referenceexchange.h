#pragma once

#include "exchange/peopleexchange.h"

namespace opora {

// Staff from and to CSV, so services, events and cases can name their specialists in a new
// database. A member of staff already stored — the same surname, first name and patronymic, as
// the search compares them — is not imported twice. The department must exist.
class StaffExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::StaffExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    // Every member of staff, those no longer active too; returns the count.
    static int exportFile(Database &db, const QString &path);
};

// Projects (their card, not indicators or enrolments) from and to CSV, so services, events and
// volunteer hours can name their project in a new database. A project is matched on its name.
class ProjectExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::ProjectExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    // Every project not archived; returns the count.
    static int exportFile(Database &db, const QString &path);
};

} // namespace opora
