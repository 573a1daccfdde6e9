#pragma once

#include <QString>
#include <QStringView>

// Rules shared by CsvReader and CsvWriter. They live together because each writer rule has a
// reader rule that undoes it, and the round trip only holds while the two agree.
namespace opora::csvsyntax {

// Spaces the reader trims around a cell that is not quoted; the writer quotes a cell that starts
// or ends with one. Line breaks are not among them: they end a record.
bool isSpace(QChar c);

// Spreadsheets run a cell as a formula when it starts with = + - or @; tab and carriage return
// are on the same list because some programs skip them before deciding (OWASP, "CSV injection").
bool isFormulaTrigger(QChar c);

// "-5", "-3,5", "-0.25": a minus sign, digits, and at most one comma or dot followed by digits.
// Such a cell can only ever be a number, so it is written unchanged and stays usable in sums.
bool isPlainNegativeNumber(QStringView cell);

// The writer's side: an apostrophe before any cell that, after its leading apostrophes, starts
// with a formula trigger, unless it is a plain negative number. Spreadsheets show such a cell as
// text. Counting the apostrophes already there keeps the reader's undo exact.
QString neutraliseFormula(const QString &cell);

// The reader's side: one apostrophe is removed from a cell that, after its leading apostrophes,
// starts with a formula trigger. A spreadsheet never writes such an apostrophe into a CSV file
// (for it the apostrophe is a "text" mark, not content), so it came from a neutralising writer.
QString restoreNeutralised(const QString &cell);

} // namespace opora::csvsyntax
