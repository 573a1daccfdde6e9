#include "csv/csvencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(opora::CsvReader)
};

// Bytes 0x80..0xBF; 0xC0..0xFF are А..я in alphabetical order and need no table.
constexpr std::array<char16_t, 64> windows1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 0x88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 0x98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // 0xA0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // 0xA8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // 0xB8
};

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

// Decodes without dropping a byte order mark that belongs to the first cell: ours has already
// been cut off, and QString::fromUtf8 would silently remove a second one.
QString decodeKeepingBom(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *ok)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::ConvertInitialBom |
                                         QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

[[noreturn]] void throwNotText(const QString &message, const QString &detail)
{
    throw CsvFormatError(0, message, detail);
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int continuation = 0;
        // The second byte's range excludes overlong forms, surrogates and code points
        // past U+10FFFF; the later ones are always 0x80..0xBF.
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead == 0xE0) {
            continuation = 2;
            low = 0xA0;
        } else if (lead == 0xED) {
            continuation = 2;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            continuation = 2;
        } else if (lead == 0xF0) {
            continuation = 3;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            continuation = 3;
        } else if (lead == 0xF4) {
            continuation = 3;
            high = 0x8F;
        } else {
            return false;
        }
        if (n - i <= continuation)
            return false;
        for (int k = 1; k <= continuation; ++k) {
            const auto c = static_cast<unsigned char>(bytes[i + k]);
            if (c < low || c > high)
                return false;
            low = 0x80;
            high = 0xBF;
        }
        i += continuation + 1;
    }
    return true;
}

QString decodeWindows1251(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80)
            *out++ = QChar(char16_t(b));
        else if (b < 0xC0)
            *out++ = QChar(windows1251High[b - 0x80]);
        else
            *out++ = QChar(char16_t(0x0410 + (b - 0xC0)));
    }
    return text;
}

CsvText decodeCsvBytes(QByteArrayView bytes)
{
    // Choosing a workbook instead of its CSV export is the most common mistake; say so plainly
    // instead of showing a table of garbage.
    if (startsWith(bytes, "PK\x03\x04")) {
        throwNotText(Messages::tr("This is an Excel workbook (.xlsx) or another packed file, "
                                  "not a CSV file. Open it in the spreadsheet program and save "
                                  "it as \"CSV UTF-8\"."),
                     u"csv: zip archive"_s);
    }
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        throwNotText(Messages::tr("This is an old Excel workbook (.xls), not a CSV file. Open it "
                                  "in the spreadsheet program and save it as \"CSV UTF-8\"."),
                     u"csv: OLE compound file"_s);
    }

    CsvText result;
    bool ok = true;
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        // A mark says UTF-8, so invalid bytes after it mean damage, not Windows-1251.
        const QByteArrayView body = bytes.sliced(3);
        result = {decodeKeepingBom(QStringConverter::Utf8, body, &ok), CsvEncoding::Utf8Bom};
        ok = ok && isValidUtf8(body);
    } else if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF")) {
        const auto encoding =
            bytes[0] == '\xFF' ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        const QByteArrayView body = bytes.sliced(2);
        result = {decodeKeepingBom(encoding, body, &ok), CsvEncoding::Utf16};
        ok = ok && body.size() % 2 == 0;
    } else if (isValidUtf8(bytes)) {
        result = {decodeKeepingBom(QStringConverter::Utf8, bytes, &ok), CsvEncoding::Utf8};
    } else {
        result = {decodeWindows1251(bytes), CsvEncoding::Windows1251};
    }

    // Qt's UTF-16 decoder lets a lone surrogate through; it could not be written back.
    if (!ok || !QStringView(result.text).isValidUtf16()) {
        throwNotText(Messages::tr("The file is damaged: its text is not in a readable encoding. "
                                  "Save it again from the spreadsheet program as \"CSV UTF-8\"."),
                     u"csv: invalid byte sequence under a byte order mark"_s);
    }
    if (result.text.contains(QChar(0))) {
        throwNotText(Messages::tr("This is not a text file. Choose a CSV file saved from a "
                                  "spreadsheet program."),
                     u"csv: NUL character in text"_s);
    }
    return result;
}

} // namespace opora
