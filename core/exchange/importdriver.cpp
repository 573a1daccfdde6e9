#include "exchange/importdriver.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "csv/csvvalues.h"
#include "csv/csvwriter.h"
#include "error.h"

using namespace Qt::StringLiterals;

namespace opora {

QDate readDateCell(const CsvHeaderMapper &map, const CsvRecord &row, const QString &key,
                   const QString &label, QStringList &reasons, bool required)
{
    const QString text = map.value(row, key);
    if (text.isEmpty() && !required)
        return {};
    QString error;
    if (const auto date = parseCsvDate(text, &error))
        return *date;
    reasons << u"%1: %2"_s.arg(label, error);
    return {};
}

CsvExport::CsvExport(Database &db, const QList<CsvColumn> &columns)
    : m_db(db)
    , m_writer(std::make_unique<CsvWriter>())
{
    requirePermission(db, Permission::ExportNamed);
    QStringList titles;
    for (const CsvColumn &c : columns)
        titles << c.title;
    m_writer->addRow(titles);
}

CsvExport::~CsvExport() = default;

void CsvExport::addRow(const QStringList &cells)
{
    m_writer->addRow(cells);
    ++m_rows;
}

int CsvExport::save(const QString &path, const QString &entity)
{
    m_writer->saveFile(path);
    recordDocument(m_db, AuditAction::Export, entity, 0, {u"csv"_s, QString::number(m_rows)});
    return m_rows;
}

QString CsvExport::date(const QString &iso)
{
    return formatCsvDate(QDate::fromString(iso, Qt::ISODate));
}

} // namespace opora

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
