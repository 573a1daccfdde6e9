#pragma once

#include "csv/csvheadermapper.h"

#include <QCoreApplication>

namespace opora {

class Database;

struct ImportOptions
{
    bool dryRun = false;      // check everything, store nothing
    bool skipInvalid = false; // store the good rows, list the bad ones
    QString rejectedPath;     // with skipInvalid: the bad rows with a reason column
};

struct ImportProblem
{
    int line = 0;
    QString message;
};

struct ImportReport
{
    int rows = 0;
    int valid = 0;          // new people the file holds without problems
    int rejected = 0;       // rows with a problem
    int imported = 0;       // stored now (0 for a dry run or a refused file)
    int alreadyPresent = 0; // matched a record already stored (or an earlier row)
    QList<ImportProblem> problems;
    bool stored = false; // false: nothing was written
};

// People from and to CSV. A person already in the register — the same surname, first name,
// patronymic and birth date, compared as the search compares them — is not imported twice.
// By default a file with any bad row imports nothing.
class PeopleExchange
{
    Q_DECLARE_TR_FUNCTIONS(opora::PeopleExchange)

public:
    static QList<CsvColumn> columns();
    static ImportReport importFile(Database &db, const QString &path, const ImportOptions &options);
    static ImportReport import(Database &db, const CsvTable &table, const ImportOptions &options);
    // Every person not archived, with the headings of the interface language; returns the count.
    static int exportFile(Database &db, const QString &path);
};

} // namespace opora
