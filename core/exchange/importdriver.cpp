#include "exchange/importdriver.h"

#include "csv/csvwriter.h"
#include "error.h"

using namespace Qt::StringLiterals;

namespace opora::detail {

QString checkRecordMessage(const CsvHeaderMapper &map, const CsvRecord &row)
{
    try {
        map.checkRecord(row);
    } catch (const Error &e) {
        return e.userMessage();
    }
    return {};
}

void writeRejected(const CsvTable &table, const QList<CsvRecord> &rows, const QStringList &reasons,
                   const QString &path)
{
    CsvWriter writer;
    writer.addRow(table.header.cells + QStringList{PeopleExchange::tr("Reason")});
    for (int i = 0; i < rows.size(); ++i)
        writer.addRow(rows.at(i).cells + QStringList{reasons.at(i)});
    writer.saveFile(path);
}

} // namespace opora::detail
