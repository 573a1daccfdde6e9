#pragma once

#include "csv/csvtable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opora {

// Writes CSV that opens by double-click in Excel and LibreOffice and reads back through
// CsvReader cell for cell:
//
// - UTF-8 with a byte order mark: without the mark Excel reads the file in the PC's ANSI code
//   page (Windows-1251 in Russia and Ukraine) and shows every Cyrillic letter as garbage;
// - CRLF line ends, as RFC 4180 and Windows programs expect;
// - semicolon as the default delimiter: Excel splits a double-clicked file by the "list
//   separator" of the Windows regional settings, which is a semicolon wherever the decimal
//   separator is a comma, as in the Russian and Ukrainian locales. With commas every line would
//   land in one column. LibreOffice asks on opening and offers the semicolon as well;
// - a cell is quoted when it holds a quotation mark, a line break, any of ; , or tab (so the
//   heading line never confuses the reader's delimiter detection), starts or ends with a space,
//   or is the only content of an otherwise empty row (the reader skips blank rows);
// - formula injection: a cell starting with = + - @ tab or carriage return gets an apostrophe in
//   front, so a spreadsheet shows it as text instead of running it. A plain negative number —
//   a minus, digits and at most one comma or dot with digits after it, like -5 or -3,5 — is
//   left as it is: it cannot be a formula, and with an apostrophe it would stop being a number
//   in sums. Anything more ("-5+1", "-1 234", "+7 903 …") is neutralised. CsvReader removes the
//   apostrophe again;
// - the character U+0000 is dropped: it has no place in text and CsvReader refuses files
//   holding it.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(opora::CsvWriter)

public:
    explicit CsvWriter(CsvDelimiter delimiter = CsvDelimiter::Semicolon);

    // An empty list is written as a row of one empty cell.
    void addRow(const QStringList &cells);
    const QByteArray &bytes() const { return m_bytes; }
    // Replaces path only once everything is written; throws opora::Error (Kind::Io).
    void saveFile(const QString &path) const;

    // One cell as it appears in the file, neutralised and quoted as needed.
    static QString encodeCell(const QString &cell);

private:
    CsvDelimiter m_delimiter;
    QByteArray m_bytes;
    bool m_firstRow = true;
};

} // namespace opora
