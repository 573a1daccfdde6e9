#pragma once

#include "csv/csvtable.h"

#include <QByteArrayView>
#include <QString>

namespace opora {

struct CsvText
{
    QString text;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// Decodes a CSV file as offices produce it. A byte order mark decides (UTF-8 or UTF-16);
// without one, bytes that are valid UTF-8 are UTF-8 and anything else is Windows-1251, the only
// other encoding a Russian or Ukrainian office PC writes. Plain ASCII reads the same either way.
// A workbook or other binary file throws CsvFormatError with advice on saving it as CSV.
CsvText decodeCsvBytes(QByteArrayView bytes);

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF, no sequence
// cut off at the end.
bool isValidUtf8(QByteArrayView bytes);

// Windows-1251 through a table of our own: Qt on Windows ships without ICU, so
// QStringDecoder("windows-1251") is not available everywhere. The unassigned byte 0x98 becomes
// U+0098, as ICU and the WHATWG encoding standard map it.
QString decodeWindows1251(QByteArrayView bytes);

} // namespace opora
