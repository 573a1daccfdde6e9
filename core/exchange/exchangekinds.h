#pragma once

#include "exchange/peopleexchange.h"

#include <QList>

namespace opora {

// The kinds of record that travel through CSV, each with its import and export, in the order a
// new database takes them (each kind names records of the kinds before it).
struct ExchangeKind
{
    QString name; // staff, projects, people, households, cases, case-notes, consents, services,
                  // events, attendance, volunteers, mentoring, volunteer-hours
    ImportReport (*import)(Database &, const CsvTable &, const ImportOptions &);
    int (*exportFile)(Database &, const QString &);
};

const QList<ExchangeKind> &exchangeKinds();

} // namespace opora
