#include "csv/csvreader.h"

#include "csv/csvencoding.h"
#include "csv/csvsyntax.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\r' || c == u'\n';
}

// Walks the decoded text record by record and counts lines as it goes.
class Parser
{
public:
    Parser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipLine()
    {
        while (!atEnd() && !isLineBreak(m_text[m_pos]))
            ++m_pos;
        consumeLineBreak();
    }

    // Reads the record at the current position. Blank records are reported, not skipped, so
    // the caller decides; *blank is true when no cell has content and none was quoted.
    CsvRecord next(bool *blank)
    {
        CsvRecord record;
        record.line = m_line;
        bool anyContent = false;
        for (;;) {
            bool quoted = false;
            QString cell = field(&quoted);
            anyContent = anyContent || quoted || !cell.isEmpty();
            record.cells.append(csvsyntax::restoreNeutralised(cell));
            if (!atEnd() && m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            consumeLineBreak();
            break;
        }
        *blank = !anyContent;
        return record;
    }

private:
    bool isCellSpace(QChar c) const { return c != m_delimiter && csvsyntax::isSpace(c); }

    void skipSpaces()
    {
        while (!atEnd() && isCellSpace(m_text[m_pos]))
            ++m_pos;
    }

    void consumeLineBreak()
    {
        if (atEnd())
            return;
        if (m_text[m_pos] == u'\r')
            ++m_pos;
        if (!atEnd() && m_text[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
    }

    QString field(bool *quoted)
    {
        skipSpaces();
        *quoted = !atEnd() && m_text[m_pos] == u'"';
        return *quoted ? quotedField() : plainField();
    }

    QString plainField()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos]))
            ++m_pos;
        qsizetype end = m_pos;
        while (end > start && isCellSpace(m_text[end - 1]))
            --end;
        return m_text.sliced(start, end - start).toString();
    }

    QString quotedField()
    {
        const int startLine = m_line;
        ++m_pos;
        QString cell;
        for (;;) {
            if (atEnd()) {
                throw CsvFormatError(
                    startLine,
                    CsvReader::tr("Line %1: a cell starts with a quotation mark (\") that is "
                                  "never closed. A quotation mark inside a quoted cell must be "
                                  "doubled (\"\").")
                        .arg(startLine),
                    u"csv: unterminated quoted cell starting at line %1"_s.arg(startLine));
            }
            const QChar c = m_text[m_pos++];
            if (c == u'"') {
                if (atEnd() || m_text[m_pos] != u'"')
                    break;
                ++m_pos;
            } else if (c == u'\n' || (c == u'\r' && (atEnd() || m_text[m_pos] != u'\n'))) {
                ++m_line; // a CRLF pair is counted at its LF
            }
            cell.append(c);
        }
        skipSpaces();
        if (!atEnd() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos])) {
            throw CsvFormatError(
                m_line,
                CsvReader::tr("Line %1: there is text after the closing quotation mark of a "
                              "cell. Put the whole cell in quotation marks and double every "
                              "quotation mark inside it (\"\").")
                    .arg(m_line),
                u"csv: text after a closing quotation mark at line %1"_s.arg(m_line));
        }
        return cell;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

constexpr std::array<CsvDelimiter, 3> delimitersByPreference = {
    CsvDelimiter::Semicolon, CsvDelimiter::Tab, CsvDelimiter::Comma};

// Excel reads and writes "sep=;" as a first line to name the delimiter.
bool separatorHint(QStringView text, CsvDelimiter *delimiter)
{
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive))
        return false;
    if (text.size() > 5 && !isLineBreak(text[5]))
        return false;
    for (CsvDelimiter d : delimitersByPreference) {
        if (text[4] == QChar(char16_t(d))) {
            *delimiter = d;
            return true;
        }
    }
    return false;
}

// Counts the candidates outside quotes, line by line, and decides by the first line that has
// any: the heading line, unless the table has a single column. A line break inside quotes does
// not end a line.
CsvDelimiter detectDelimiter(QStringView text)
{
    std::array<qsizetype, 3> counts = {};
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineBreak(c)) {
            if (std::any_of(counts.cbegin(), counts.cend(), [](qsizetype n) { return n > 0; }))
                break;
        } else if (!inQuotes) {
            for (size_t i = 0; i < counts.size(); ++i) {
                if (c == QChar(char16_t(delimitersByPreference[i])))
                    ++counts[i];
            }
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return delimitersByPreference[best];
}

} // namespace

CsvTable CsvReader::read(const QByteArray &bytes)
{
    const CsvText decoded = decodeCsvBytes(bytes);
    QStringView text = decoded.text;

    CsvTable table;
    table.encoding = decoded.encoding;
    const bool hinted = separatorHint(text, &table.delimiter);
    if (!hinted)
        table.delimiter = detectDelimiter(text);

    Parser parser(text, QChar(char16_t(table.delimiter)));
    if (hinted)
        parser.skipLine();
    bool haveHeader = false;
    while (!parser.atEnd()) {
        bool blank = false;
        CsvRecord record = parser.next(&blank);
        if (blank)
            continue;
        if (haveHeader) {
            table.rows.append(std::move(record));
        } else {
            table.header = std::move(record);
            haveHeader = true;
        }
    }
    if (!haveHeader) {
        throw CsvFormatError(0, tr("The file is empty: it has no heading line and no data."),
                             u"csv: no records"_s);
    }
    return table;
}

CsvTable CsvReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Io,
                    tr("The file \"%1\" could not be opened: %2").arg(name, file.errorString()),
                    u"csv: open failed: "_s + file.errorString());
    }
    if (file.size() > MaxFileSize) {
        throw Error(Error::Kind::Io,
                    tr("The file \"%1\" is too large to be a table (more than %2 MB).")
                        .arg(name)
                        .arg(MaxFileSize / (1024 * 1024)),
                    u"csv: file of %1 bytes refused"_s.arg(file.size()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        throw Error(Error::Kind::Io,
                    tr("The file \"%1\" could not be read: %2").arg(name, file.errorString()),
                    u"csv: read failed: "_s + file.errorString());
    }
    return read(bytes);
}

} // namespace opora
