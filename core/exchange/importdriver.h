#pragma once

#include "csv/csvheadermapper.h"
#include "db/transaction.h"
#include "error.h"
#include "exchange/peopleexchange.h"

#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace opora {

class Database;

// What one kind of record needs to come in from CSV; the driver does the rest the same way for
// every kind: headings, every bad row with its line and reasons, duplicates within the file
// and against the database, nothing stored unless the whole file is good (or skipInvalid),
// one transaction, and the file of rejected rows.
template <typename Record>
struct ImportKind
{
    QList<CsvColumn> columns;
    // Reads a row into a record, appending what is wrong with it to reasons.
    std::function<Record(const CsvHeaderMapper &, const CsvRecord &, QStringList &reasons)> parse;
    // Records with the same key are the same record (the documented matching rule).
    std::function<QString(const Record &)> key;
    // Keys of the records already stored, at least of those among the file's good records
    // (a kind may read only what could match them, or everything).
    std::function<QSet<QString>(const QList<Record> &)> storedKeys;
    // Or, for kinds where two identical rows are two records (two services alike on one day,
    // two notes alike), how many of each key are stored: a row matches one stored record and
    // uses it up, so a file imported twice adds nothing and a copy of a database keeps every
    // record.
    std::function<QHash<QString, int>(const QList<Record> &)> storedCounts;
    // Stores one record; runs inside the import's transaction.
    std::function<void(const Record &)> store;
    // Or, when set, stores them all at once (a kind with a bulk path).
    std::function<void(const QList<Record> &)> storeAll;
};

// Runs a repository's check of a record read from a row, adding what it finds wrong to the
// row's reasons instead of stopping the import.
template <typename Check>
void collectReasons(QStringList &reasons, Check check)
{
    try {
        check();
    } catch (const ValidationError &e) {
        reasons << e.userMessage().split(u'\n');
    }
}

// A date cell of a row: an invalid date when the cell is empty (with a reason too when the
// date is required), "label: what is wrong" in reasons when it is not a date.
QDate readDateCell(const CsvHeaderMapper &map, const CsvRecord &row, const QString &key,
                   const QString &label, QStringList &reasons, bool required = false);

// An export of one kind: the headings (the columns' titles in the interface language), the
// rows, then the file and its entry in the audit trail. Named data: needs ExportNamed.
class CsvExport
{
public:
    CsvExport(Database &db, const QList<CsvColumn> &columns);
    ~CsvExport();
    void addRow(const QStringList &cells);
    // Writes the file, records the export of entity and returns the number of rows.
    int save(const QString &path, const QString &entity);
    // A stored ISO date as a cell (dd.mm.yyyy); empty when there is none.
    static QString date(const QString &iso);

private:
    Database &m_db;
    std::unique_ptr<class CsvWriter> m_writer;
    int m_rows = 0;
};

namespace detail {
// The untyped parts of the driver, in importdriver.cpp.
void writeRejected(const CsvTable &table, const QList<CsvRecord> &rows, const QStringList &reasons,
                   const QString &path);
QString checkRecordMessage(const CsvHeaderMapper &map, const CsvRecord &row);
} // namespace detail

template <typename Record>
ImportReport importTable(Database &db, const CsvTable &table, const ImportOptions &options,
                         const ImportKind<Record> &kind)
{
    CsvHeaderMapper map(kind.columns, table.header);
    map.throwIfInvalid();
    ImportReport report;
    QList<CsvRecord> rejected;
    QStringList rejectedReasons;
    QList<Record> candidates;
    // The rows are checked against the register they are then stored in: the transaction starts
    // before the first row is read. A dry run only reads, in one snapshot.
    std::optional<WriteTransaction> write;
    std::optional<ReadTransaction> read;
    if (options.dryRun)
        read.emplace(db);
    else
        write.emplace(db);
    for (const CsvRecord &row : table.rows) {
        ++report.rows;
        QStringList reasons;
        if (const QString shape = detail::checkRecordMessage(map, row); !shape.isEmpty())
            reasons << shape;
        Record record = kind.parse(map, row, reasons);
        if (!reasons.isEmpty()) {
            for (const QString &r : std::as_const(reasons))
                report.problems.append({row.line, r});
            rejected << row;
            rejectedReasons << reasons.join(u' ');
            ++report.rejected;
            continue;
        }
        candidates << std::move(record);
    }
    QList<Record> good;
    if (kind.storedCounts) {
        QHash<QString, int> stored = kind.storedCounts(candidates);
        for (Record &record : candidates) {
            const auto it = stored.find(kind.key(record));
            if (it != stored.end() && *it > 0) {
                --*it;
                ++report.alreadyPresent;
                continue;
            }
            good << std::move(record);
        }
    } else {
        QSet<QString> seen = kind.storedKeys(candidates);
        for (Record &record : candidates) {
            const QString key = kind.key(record);
            if (seen.contains(key)) {
                ++report.alreadyPresent;
                continue;
            }
            seen.insert(key);
            good << std::move(record);
        }
    }
    report.valid = static_cast<int>(good.size());
    if (!options.dryRun && (report.problems.isEmpty() || options.skipInvalid)) {
        if (kind.storeAll)
            kind.storeAll(good);
        else
            for (const Record &record : std::as_const(good))
                kind.store(record);
        write->commit();
        report.stored = true;
        report.imported = report.valid;
    }
    if (options.skipInvalid && !options.rejectedPath.isEmpty() && !rejected.isEmpty())
        detail::writeRejected(table, rejected, rejectedReasons, options.rejectedPath);
    return report;
}

} // namespace opora
