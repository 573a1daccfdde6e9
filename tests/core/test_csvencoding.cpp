#include "catch_qt.h"
#include "csv/csvencoding.h"
#include "csv/csvreader.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

QByteArray bytesOf(std::initializer_list<unsigned char> values)
{
    QByteArray result;
    for (unsigned char v : values)
        result.append(char(v));
    return result;
}

} // namespace

TEST_CASE("UTF-8 is read with and without a byte order mark", "[csv][encoding]")
{
    const QByteArray body = u"Фамилия;Ім'я\r\nЁлкина;Ґалина\r\n"_s.toUtf8();

    const CsvTable plain = CsvReader::read(body);
    CHECK(plain.encoding == CsvEncoding::Utf8);
    CHECK(plain.header.cells == QStringList{u"Фамилия"_s, u"Ім'я"_s});
    REQUIRE(plain.rows.size() == 1);
    CHECK(plain.rows[0].cells == QStringList{u"Ёлкина"_s, u"Ґалина"_s});

    const CsvTable marked = CsvReader::read(QByteArray("\xEF\xBB\xBF") + body);
    CHECK(marked.encoding == CsvEncoding::Utf8Bom);
    CHECK(marked.header.cells == plain.header.cells); // the mark is not part of the first cell
    CHECK(marked.rows[0].cells == plain.rows[0].cells);
}

TEST_CASE("a second byte order mark belongs to the first cell", "[csv][encoding]")
{
    const CsvText decoded = decodeCsvBytes("\xEF\xBB\xBF\xEF\xBB\xBF"
                                           "a");
    CHECK(decoded.text == QString(QChar(0xFEFF)) + u"a"_s);
}

TEST_CASE("Windows-1251 is detected and Russian letters decoded", "[csv][encoding]")
{
    const QByteArray bytes = "\xD4\xE0\xEC\xE8\xEB\xE8\xFF;\xC8\xEC\xFF;\xC4\xE0\xF2\xE0 "
                             "\xF0\xEE\xE6\xE4\xE5\xED\xE8\xFF\r\n"
                             "\xA8\xEB\xEA\xE8\xED\xE0;\xC0\xED\xED\xE0;01.02.2010\r\n";
    REQUIRE_FALSE(isValidUtf8(bytes));
    const CsvTable table = CsvReader::read(bytes);
    CHECK(table.encoding == CsvEncoding::Windows1251);
    CHECK(table.header.cells == QStringList{u"Фамилия"_s, u"Имя"_s, u"Дата рождения"_s});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells == QStringList{u"Ёлкина"_s, u"Анна"_s, u"01.02.2010"_s});
}

TEST_CASE("Windows-1251 decodes the Ukrainian letters", "[csv][encoding]")
{
    const QByteArray bytes = "\xCF\xF0\xB3\xE7\xE2\xE8\xF9\xE5;\xB2\xEC'\xFF\r\n"
                             "\xAF\xE6\xE0\xEA\xE5\xE2\xE8\xF7;\xA5\xE0\xEB\xE8\xED\xE0\r\n"
                             "\xAA\xE2\xF2\xF3\xF8\xE5\xED\xEA\xEE;\xB2\xE2\xE0\xED\r\n";
    const CsvTable table = CsvReader::read(bytes);
    CHECK(table.encoding == CsvEncoding::Windows1251);
    CHECK(table.header.cells == QStringList{u"Прізвище"_s, u"Ім'я"_s});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells == QStringList{u"Їжакевич"_s, u"Ґалина"_s});
    CHECK(table.rows[1].cells == QStringList{u"Євтушенко"_s, u"Іван"_s});

    CHECK(decodeWindows1251("\xB3 \xBF \xBA \xB4 \xB2 \xAF \xAA \xA5 \xA8 \xB8 \xB9") ==
          u"і ї є ґ І Ї Є Ґ Ё ё №"_s);
}

TEST_CASE("the Windows-1251 table agrees with ICU for every byte", "[csv][encoding]")
{
    QStringDecoder icu("windows-1251");
    if (!icu.isValid()) {
        WARN("Qt has no windows-1251 codec here (no ICU); only the fixed letters are checked.");
        CHECK(decodeWindows1251("\xC0\xFF") == u"Ая"_s);
        return;
    }
    for (int b = 0; b < 256; ++b) {
        const char byte = char(b);
        const QByteArrayView view(&byte, 1);
        QStringDecoder decoder("windows-1251");
        const QString expected = decoder.decode(view);
        INFO("byte 0x" << QString::number(b, 16).toStdString());
        CHECK(decodeWindows1251(view) == expected);
    }
}

TEST_CASE("UTF-8 validation is strict", "[csv][encoding]")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("plain ASCII"));
    CHECK(isValidUtf8(u"Ґалина 😊"_s.toUtf8()));
    CHECK(isValidUtf8(bytesOf({0xF4, 0x8F, 0xBF, 0xBF})));       // U+10FFFF
    CHECK_FALSE(isValidUtf8(bytesOf({0xC0, 0x80})));             // overlong NUL
    CHECK_FALSE(isValidUtf8(bytesOf({0xE0, 0x80, 0x80})));       // overlong
    CHECK_FALSE(isValidUtf8(bytesOf({0xED, 0xA0, 0x80})));       // surrogate
    CHECK_FALSE(isValidUtf8(bytesOf({0xF4, 0x90, 0x80, 0x80}))); // past U+10FFFF
    CHECK_FALSE(isValidUtf8(bytesOf({0xD0})));                   // cut off
    CHECK_FALSE(isValidUtf8(bytesOf({0xD0, 0x41})));             // not a continuation
    CHECK_FALSE(isValidUtf8(bytesOf({0x80})));                   // lone continuation
    CHECK_FALSE(isValidUtf8(bytesOf({0xFF})));
}

TEST_CASE("UTF-16 with a byte order mark is read", "[csv][encoding]")
{
    const QString text = u"Фамилия\tІм'я\r\nЁлкина\tҐалина\r\n"_s;
    QByteArray little("\xFF\xFE");
    QByteArray big("\xFE\xFF");
    for (QChar c : text) {
        little.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    for (const QByteArray &bytes : {little, big}) {
        const CsvTable table = CsvReader::read(bytes);
        CHECK(table.encoding == CsvEncoding::Utf16);
        CHECK(table.delimiter == CsvDelimiter::Tab);
        CHECK(table.header.cells == QStringList{u"Фамилия"_s, u"Ім'я"_s});
        CHECK(table.rows.value(0).cells == QStringList{u"Ёлкина"_s, u"Ґалина"_s});
    }
    CHECK_THROWS_AS(decodeCsvBytes("\xFF\xFE"
                                   "a"),
                    CsvFormatError); // odd length
}

TEST_CASE("workbooks and binary files are refused with advice", "[csv][encoding]")
{
    const auto messageFor = [](const QByteArray &bytes) {
        try {
            CsvReader::read(bytes);
        } catch (const CsvFormatError &e) {
            CHECK(e.line() == 0);
            return e.userMessage();
        }
        FAIL("no error");
        return QString();
    };
    CHECK(messageFor(QByteArray("PK\x03\x04\x14\x00", 6)).contains(u".xlsx"_s));
    CHECK(messageFor("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00").contains(u".xls"_s));
    CHECK(messageFor(QByteArray("a;b\r\n\x00\x01", 7)).contains(u"not a text file"_s));
    CHECK(messageFor("\xEF\xBB\xBF\xD4\xE0").contains(u"damaged"_s)); // a mark, then no UTF-8
}
