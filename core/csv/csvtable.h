#pragma once

#include "error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opora {

// The delimiters Opora reads and writes. Anything else would be mistaken for cell text.
enum class CsvDelimiter : char16_t {
    Semicolon = u';',
    Comma = u',',
    Tab = u'\t',
};

// How the bytes of a file were decoded; reported so an import can tell the user.
enum class CsvEncoding {
    Utf8,        // UTF-8 without a byte order mark (LibreOffice, Google Sheets)
    Utf8Bom,     // UTF-8 with a byte order mark (Excel's "CSV UTF-8", Opora's own files)
    Utf16,       // UTF-16 with a byte order mark (Excel's "Unicode text")
    Windows1251, // the Cyrillic ANSI code page (Excel's plain "CSV" on a Russian Windows)
};

// One line of a table as the user sees it in a spreadsheet.
struct CsvRecord
{
    int line = 0; // the file line the record starts on, counted from 1 like a text editor
    QStringList cells;

    // The cell at index, or an empty string when the record is shorter.
    QString cell(qsizetype index) const { return cells.value(index); }
};

struct CsvTable
{
    CsvRecord header; // the first line that is not blank
    QList<CsvRecord> rows;
    CsvDelimiter delimiter = CsvDelimiter::Semicolon;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// A file that cannot be read as a table, or a table whose columns do not fit. line() is the
// file line the problem was found on, 0 when it concerns the whole file. The user message
// already names the line; the detail never quotes the file's content.
class CsvFormatError : public Error
{
public:
    CsvFormatError(int line, QString userMessage, QString detail)
        : Error(Kind::Validation, std::move(userMessage), std::move(detail))
        , m_line(line)
    {}
    int line() const { return m_line; }

private:
    int m_line;
};

} // namespace opora
