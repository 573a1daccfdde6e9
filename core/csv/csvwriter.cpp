#include "csv/csvwriter.h"

#include "csv/csvsyntax.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

QString quote(const QString &text)
{
    QString result = text;
    result.replace(u'"', u"\"\""_s);
    return u'"' + result + u'"';
}

bool needsQuotes(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    for (QChar c : cell) {
        if (c == u'"' || c == u'\r' || c == u'\n' || c == u';' || c == u',' || c == u'\t')
            return true;
    }
    return csvsyntax::isSpace(cell.front()) || csvsyntax::isSpace(cell.back());
}

} // namespace

CsvWriter::CsvWriter(CsvDelimiter delimiter)
    : m_delimiter(delimiter)
    , m_bytes("\xEF\xBB\xBF")
{}

QString CsvWriter::encodeCell(const QString &cell)
{
    QString text = cell;
    text.remove(QChar(0));
    text = csvsyntax::neutraliseFormula(text);
    return needsQuotes(text) ? quote(text) : text;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    bool blank = true;
    for (const QString &cell : cells) {
        encoded.append(encodeCell(cell));
        blank = blank && encoded.last().isEmpty();
    }
    if (encoded.isEmpty())
        encoded.append(QString());
    // Quotes keep a row of empty cells from being skipped as blank, and keep a first cell
    // "sep=…" from being taken for Excel's delimiter line.
    const bool sepLike = m_firstRow && encoded.first().startsWith(u"sep="_s, Qt::CaseInsensitive);
    if (blank || sepLike)
        encoded.first() = quote(encoded.first());
    m_firstRow = false;
    m_bytes += encoded.join(QChar(char16_t(m_delimiter))).toUtf8();
    m_bytes += "\r\n";
}

void CsvWriter::saveFile(const QString &path) const
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() ||
        !file.commit()) {
        throw Error(Error::Kind::Io,
                    tr("The file \"%1\" could not be saved: %2").arg(name, file.errorString()),
                    u"csv: save failed: "_s + file.errorString());
    }
}

} // namespace opora
