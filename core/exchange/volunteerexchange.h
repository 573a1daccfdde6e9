#pragma once

#include "exchange/peopleexchange.h"

namespace opora {

// Volunteers from and to CSV. A volunteer already stored — the same surname, first name and
// phone, compared as the search compares them — is not imported twice. Imported volunteers
// stand on their own; the card links one to a person of the register.
class VolunteerExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::VolunteerExchange)

public:
    static QList<CsvColumn> columns();
    // The key a volunteer is matched by in every file that names one.
    static QString key(const QString &surname, const QString &firstName, const QString &phone);
    // Every volunteer by key (a linked one by the register's name); -1 for a key two share.
    static QHash<QString, qint64> idsByKey(const Database &db);
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    // Every volunteer not archived (a linked one with the register's name); returns the count.
    static int exportFile(Database &db, const QString &path);
};

} // namespace opora
