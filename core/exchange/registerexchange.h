#pragma once

#include "exchange/peopleexchange.h"

namespace opora {

// Families from and to CSV: one row per member (the family's name and address repeated), a
// family without members as one row without a person. A family already stored — the same name
// and address, as the search compares them — is not created again; a member already in it is
// not added twice. Members must be in the register (import people first).
class HouseholdExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::HouseholdExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

// Cases from and to CSV, with their status and closing details. A case is matched on its
// number; a row without a number on the person or family it is about and its opening date.
// The person or family must be in the register (import people and families first); a number
// given is kept.
class CaseExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::CaseExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    static int exportFile(Database &db, const QString &path);
};

} // namespace opora
