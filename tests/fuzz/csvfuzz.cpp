// libFuzzer target for the CSV layer: any bytes must read or fail with opora::Error, and what
// was read must write back and read again unchanged. How to run it: docs/development.md.
#include "csv/csvheadermapper.h"
#include "csv/csvreader.h"
#include "csv/csvvalues.h"
#include "csv/csvwriter.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

QList<QStringList> cellsOf(const CsvTable &table)
{
    QList<QStringList> result{table.header.cells};
    for (const CsvRecord &row : table.rows)
        result.append(row.cells);
    return result;
}

void parseEverything(const CsvTable &table)
{
    const CsvHeaderMapper mapper({{u"date"_s, u"Дата"_s, {u"Дата народження"_s}, true},
                                  {u"count"_s, u"Количество"_s, {}, false}},
                                 table.header);
    for (const CsvRecord &row : table.rows) {
        try {
            mapper.checkRecord(row);
        } catch (const CsvFormatError &) {
        }
        (void)mapper.value(row, u"date"_s);
        for (const QString &cell : row.cells) {
            (void)parseCsvDate(cell);
            (void)parseCsvInteger(cell);
            (void)parseCsvDecimal(cell);
            (void)parseCsvBoolean(cell);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvTable table;
    try {
        table = CsvReader::read(bytes);
    } catch (const Error &) {
        return 0;
    }
    parseEverything(table);

    CsvWriter writer(table.delimiter);
    for (const QStringList &row : cellsOf(table))
        writer.addRow(row);
    // Throws (and so aborts the run) if the writer produced something unreadable.
    if (cellsOf(CsvReader::read(writer.bytes())) != cellsOf(table))
        std::abort();
    return 0;
}
