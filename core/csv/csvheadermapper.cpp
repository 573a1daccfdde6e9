#include "csv/csvheadermapper.h"

#include "text/normalize.h"

using namespace Qt::StringLiterals;

namespace opora {

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString displayTitle(const CsvColumn &column)
{
    return column.title.isEmpty() ? column.key : column.title;
}

} // namespace

CsvHeaderMapper::CsvHeaderMapper(QList<CsvColumn> columns, const CsvRecord &header)
    : m_columns(std::move(columns))
    , m_headerLine(header.line)
    , m_headerWidth(header.cells.size())
{
    // searchKey() folds exactly what the class comment promises: case, ё, spaces, punctuation.
    QHash<QString, qsizetype> columnByName;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const CsvColumn &col = m_columns.at(c);
        for (const QString &name : QStringList{col.key, col.title} + col.headings) {
            const QString key = searchKey(name);
            if (key.isEmpty())
                continue;
            Q_ASSERT_X(!columnByName.contains(key) || columnByName.value(key) == c,
                       "CsvHeaderMapper", "two columns accept the same heading");
            columnByName.insert(key, c);
        }
    }

    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        const QString &heading = header.cells.at(i);
        const QString name = searchKey(heading);
        if (name.isEmpty())
            continue; // an empty or punctuation-only heading ("№") names nothing
        const auto found = columnByName.constFind(name);
        if (found == columnByName.cend()) {
            if (!m_unknownHeadings.contains(heading))
                m_unknownHeadings.append(heading);
            continue;
        }
        const CsvColumn &col = m_columns.at(*found);
        if (m_indexByKey.contains(col.key)) {
            const QString first = header.cells.at(m_indexByKey.value(col.key));
            m_errors.append(tr("The columns %1 and %2 both mean %3. Keep only one of them.")
                                .arg(quoted(first), quoted(heading), quoted(displayTitle(col))));
            continue;
        }
        m_indexByKey.insert(col.key, i);
    }

    for (const CsvColumn &col : std::as_const(m_columns)) {
        if (!col.required || m_indexByKey.contains(col.key))
            continue;
        m_missingKeys.append(col.key);
        QStringList accepted;
        for (const QString &name : QStringList{col.title, col.key} + col.headings) {
            if (!name.isEmpty() && !accepted.contains(name))
                accepted.append(name);
        }
        m_errors.append(tr("The column %1 is missing. Its heading can be any of: %2.")
                            .arg(quoted(displayTitle(col)), accepted.join(u", "_s)));
    }
}

QString CsvHeaderMapper::value(const CsvRecord &record, const QString &key) const
{
    Q_ASSERT_X(column(key), "CsvHeaderMapper::value", "the key names no declared column");
    const auto found = m_indexByKey.constFind(key);
    return found == m_indexByKey.cend() ? QString() : record.cell(*found);
}

QStringList CsvHeaderMapper::warnings() const
{
    QStringList result;
    for (const QString &heading : m_unknownHeadings)
        result.append(tr("The column %1 is not known and will be ignored.").arg(quoted(heading)));
    return result;
}

void CsvHeaderMapper::throwIfInvalid() const
{
    if (m_errors.isEmpty())
        return;
    throw CsvFormatError(m_headerLine, m_errors.join(u'\n'),
                         u"csv: %1 column problem(s) in the heading line %2"_s.arg(m_errors.size())
                             .arg(m_headerLine));
}

void CsvHeaderMapper::checkRecord(const CsvRecord &record) const
{
    for (qsizetype i = m_headerWidth; i < record.cells.size(); ++i) {
        if (record.cells.at(i).isEmpty())
            continue;
        throw CsvFormatError(
            record.line,
            tr("Line %1 has more cells than there are headings. Perhaps a value contains a "
               "semicolon or a comma and is not in quotation marks.")
                .arg(record.line),
            u"csv: %1 cells under %2 headings at line %3"_s.arg(record.cells.size())
                .arg(m_headerWidth)
                .arg(record.line));
    }
}

const CsvColumn *CsvHeaderMapper::column(const QString &key) const
{
    for (const CsvColumn &col : m_columns) {
        if (col.key == key)
            return &col;
    }
    return nullptr;
}

} // namespace opora
