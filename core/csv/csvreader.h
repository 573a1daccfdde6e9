#pragma once

#include "csv/csvtable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace opora {

// Reads CSV files as offices really produce them (docs/csv.md, "General rules"):
//
// - encoding: see decodeCsvBytes() — UTF-8 with or without a byte order mark, UTF-16 with one,
//   otherwise Windows-1251;
// - delimiter: semicolon, comma or tab, whichever occurs most often outside quotes in the
//   heading line (a tie goes to semicolon, then tab: a comma is the likeliest to be part of a
//   heading's text); for a single column, in the first line that has any. Excel's "sep=;"
//   first line, when present, decides instead;
// - RFC 4180 quoting: a quoted cell may hold delimiters, line breaks and doubled quotes ("");
//   a quotation mark inside a cell that is not quoted is kept as text, as spreadsheets do;
// - line breaks: CRLF, LF or a lone CR; inside a quoted cell they are kept exactly as written;
// - spaces around a cell that is not quoted are trimmed; a quoted cell is kept as written;
// - blank lines, and lines of empty cells that are not quoted, are skipped wherever they are;
// - an apostrophe that CsvWriter put before a formula-like cell is removed again.
//
// The first line that is not blank is the heading line. Problems throw CsvFormatError, whose
// message names the line as a spreadsheet user counts lines.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(opora::CsvReader)

public:
    // Files larger than this are refused before they are read: no table Opora imports comes
    // near it, but a video chosen by mistake would be read into memory whole.
    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;

    static CsvTable read(const QByteArray &bytes);
    static CsvTable readFile(const QString &path); // also throws opora::Error (Kind::Io)
};

} // namespace opora
