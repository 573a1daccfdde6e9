#pragma once

#include <QString>

namespace opora {

// Search keys are stored normalised and queries are normalised the same way, because SQLite's
// own case folding covers ASCII only (DESIGN.md).

// Case-folded letters and digits only; 'ё' becomes 'е', 'й' is kept; spaces, hyphens,
// apostrophes and other punctuation are dropped.
QString searchKey(QStringView text);

// The digits of a phone number without the country prefix: "+7 (903) 123-45-67" and
// "8 903 1234567" both give "9031234567"; "+380 67 123 4567" gives "0671234567".
QString phoneKey(QStringView phone);

// The same digits reversed, so a suffix search ("the last four digits") can use an index.
QString reversedKey(QStringView key);

// The smallest string greater than every string that starts with prefix, for index range
// scans: key >= prefix AND key < prefixUpperBound(prefix).
QString prefixUpperBound(const QString &prefix);

} // namespace opora
