#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// Cell values as people type them in a Russian or Ukrainian spreadsheet. Each parser trims the
// text, returns std::nullopt for anything it cannot read with certainty and then puts a plain,
// translated reason into *error. An empty cell is an error too: whether a field may be left
// empty is the caller's decision, made before parsing.
namespace opora {

// 25.03.2024, 5.3.2024 or 2024-03-25. Two-digit years are refused rather than guessed, and so
// are dates that do not exist (31.02.2024).
std::optional<QDate> parseCsvDate(QStringView text, QString *error = nullptr);

// Whole numbers: "1234", "-12", "1 234 567" (space, no-break or thin space between groups of
// three). "12,00" and "12.0" are accepted, because spreadsheets format counts that way;
// "1,000" and "1.000" are refused, because English-formatted files mean one thousand by them.
std::optional<qint64> parseCsvInteger(QStringView text, QString *error = nullptr);

// Decimals: "1234,5", "1 234.50", "-3,5". The comma and the dot are both decimal separators and
// only spaces group thousands, so "1,234" is 1.234; a number with both ("1,234.5") is refused as
// ambiguous. Exponent notation ("1,2E+10"), which a spreadsheet writes when digits are already
// lost, is refused, and so are numbers with more than 15 significant digits, which a double
// cannot hold exactly.
std::optional<double> parseCsvDecimal(QStringView text, QString *error = nullptr);

// yes/no, да/нет, так/ні, true/false, 1/0, in any case.
std::optional<bool> parseCsvBoolean(QStringView text, QString *error = nullptr);

// The forms Opora writes: they read back through the parsers above and are taken as dates and
// numbers by a spreadsheet with Russian or Ukrainian regional settings.
QString formatCsvDate(const QDate &date); // 25.03.2024; empty for an invalid date
// -1234,5: a comma, no grouping, no exponent, at most 15 significant digits; empty for
// infinity and NaN.
QString formatCsvDecimal(double value);

} // namespace opora
