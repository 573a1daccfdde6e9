#include "catch_qt.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

QByteArray bom()
{
    return QByteArray("\xEF\xBB\xBF");
}

} // namespace

TEST_CASE("the writer puts a BOM, semicolons, CRLF and quotes where needed", "[csv][writer]")
{
    CsvWriter writer;
    writer.addRow({u"Фамилия"_s, u"Имя"_s, u"Примечание"_s});
    writer.addRow({u"Иванова; Анна"_s, u"say \"hi\""_s, u"1,5"_s});
    writer.addRow({u"a\nb"_s, u" x"_s, QString()});
    writer.addRow({QString(), QString()});
    writer.addRow({});
    CHECK(writer.bytes() == bom() + u"Фамилия;Имя;Примечание\r\n"
                                    "\"Иванова; Анна\";\"say \"\"hi\"\"\";\"1,5\"\r\n"
                                    "\"a\nb\";\" x\";\r\n"
                                    "\"\";\r\n"
                                    "\"\"\r\n"_s.toUtf8());
}

TEST_CASE("the delimiter can be a comma or a tab", "[csv][writer]")
{
    CsvWriter comma(CsvDelimiter::Comma);
    comma.addRow({u"a"_s, u"b;c"_s, u"d\te"_s});
    CHECK(comma.bytes() == bom() + "a,\"b;c\",\"d\te\"\r\n");

    CsvWriter tab(CsvDelimiter::Tab);
    tab.addRow({u"a"_s, u"b c"_s, u"d,e"_s});
    CHECK(tab.bytes() == bom() + "a\tb c\t\"d,e\"\r\n");
}

TEST_CASE("formula-like cells are neutralised with an apostrophe", "[csv][writer]")
{
    CHECK(CsvWriter::encodeCell(u"=SUM(A1:A9)"_s) == u"'=SUM(A1:A9)"_s);
    CHECK(CsvWriter::encodeCell(u"=HYPERLINK(\"http://x\")"_s) ==
          u"\"'=HYPERLINK(\"\"http://x\"\")\""_s);
    CHECK(CsvWriter::encodeCell(u"+7 903 123-45-67"_s) == u"'+7 903 123-45-67"_s);
    CHECK(CsvWriter::encodeCell(u"+79031234567"_s) == u"'+79031234567"_s);
    CHECK(CsvWriter::encodeCell(u"@SUM(1)"_s) == u"'@SUM(1)"_s);
    CHECK(CsvWriter::encodeCell(u"-не пришла"_s) == u"'-не пришла"_s);
    CHECK(CsvWriter::encodeCell(u"\tcmd"_s) == u"\"'\tcmd\""_s);
    CHECK(CsvWriter::encodeCell(u"\rcmd"_s) == u"\"'\rcmd\""_s);
    // Apostrophes already in front are counted, so the reader's undo stays exact.
    CHECK(CsvWriter::encodeCell(u"'=x"_s) == u"''=x"_s);
    CHECK(CsvWriter::encodeCell(u"'abc"_s) == u"'abc"_s);
    CHECK(CsvWriter::encodeCell(u"a=b"_s) == u"a=b"_s);
    CHECK(CsvWriter::encodeCell(u"a"_s + QChar(0) + u"b"_s) == u"ab"_s);
}

TEST_CASE("plain negative numbers stay numbers, anything more is neutralised", "[csv][writer]")
{
    // The rule: a minus, digits, and at most one comma or dot followed by digits.
    CHECK(CsvWriter::encodeCell(u"-5"_s) == u"-5"_s);
    CHECK(CsvWriter::encodeCell(u"-3.5"_s) == u"-3.5"_s);
    CHECK(CsvWriter::encodeCell(u"-3,5"_s) == u"\"-3,5\""_s); // quoted for the comma only
    CHECK(CsvWriter::encodeCell(u"-0,25"_s) == u"\"-0,25\""_s);

    CHECK(CsvWriter::encodeCell(u"-5+1"_s) == u"'-5+1"_s);
    CHECK(CsvWriter::encodeCell(u"-1 234"_s) == u"'-1 234"_s);
    CHECK(CsvWriter::encodeCell(u"-5e3"_s) == u"'-5e3"_s);
    CHECK(CsvWriter::encodeCell(u"--5"_s) == u"'--5"_s);
    CHECK(CsvWriter::encodeCell(u"-"_s) == u"'-"_s);
    CHECK(CsvWriter::encodeCell(u"-5."_s) == u"'-5."_s);
    CHECK(CsvWriter::encodeCell(u"-.5"_s) == u"'-.5"_s);
    CHECK(CsvWriter::encodeCell(u"-1.2.3"_s) == u"'-1.2.3"_s);
    CHECK(CsvWriter::encodeCell(u"+5"_s) == u"'+5"_s); // a plus could be a phone number

    CsvWriter writer;
    writer.addRow({u"n"_s});
    writer.addRow({u"-5"_s});
    writer.addRow({u"-3,5"_s});
    writer.addRow({u"=1-2"_s});
    const CsvTable table = CsvReader::read(writer.bytes());
    CHECK(table.rows[0].cells == QStringList{u"-5"_s});
    CHECK(table.rows[1].cells == QStringList{u"-3,5"_s});
    CHECK(table.rows[2].cells == QStringList{u"=1-2"_s});
}

TEST_CASE("a first cell like Excel's sep= line is quoted", "[csv][writer]")
{
    CsvWriter writer(CsvDelimiter::Comma);
    writer.addRow({u"sep=;"_s});
    writer.addRow({u"sep=;"_s});
    CHECK(writer.bytes() == bom() + "\"sep=;\"\r\n\"sep=;\"\r\n");
    CsvWriter plain;
    plain.addRow({u"SEP=|"_s});
    plain.addRow({u"sep=|"_s});
    CHECK(plain.bytes() == bom() + "\"SEP=|\"\r\nsep=|\r\n");
    const CsvTable table = CsvReader::read(plain.bytes());
    CHECK(table.header.cells == QStringList{u"SEP=|"_s});
}

TEST_CASE("what is written reads back cell for cell", "[csv][writer]")
{
    const QList<QStringList> rows = {
        {u"Фамилия"_s, u"Ім'я"_s, u"Примечание"_s, u"Сумма"_s},
        {u"Ёлкина"_s, u"Ґалина"_s, u"Сказала \"да\";\r\nпотом ушла"_s, u"-3,5"_s},
        {u"  пробелы  "_s, u"\t"_s, u"=1+1"_s, u"'=1+1"_s},
        {QString(), QString(), QString(), QString()},
        {u"\"\""_s, u"'"_s, u"@"_s, u"sep=;"_s},
    };
    for (CsvDelimiter delimiter :
         {CsvDelimiter::Semicolon, CsvDelimiter::Comma, CsvDelimiter::Tab}) {
        CsvWriter writer(delimiter);
        for (const QStringList &row : rows)
            writer.addRow(row);
        const CsvTable table = CsvReader::read(writer.bytes());
        CHECK(table.delimiter == delimiter);
        CHECK(table.encoding == CsvEncoding::Utf8Bom);
        CHECK(table.header.cells == rows[0]);
        REQUIRE(table.rows.size() == rows.size() - 1);
        for (qsizetype i = 1; i < rows.size(); ++i)
            CHECK(table.rows[i - 1].cells == rows[i]);
        CHECK(table.rows[1].line == 4); // the note above spans two lines
    }
}

TEST_CASE("files are saved whole or not at all", "[csv][writer]")
{
    QTemporaryDir dir;
    CsvWriter writer;
    writer.addRow({u"a"_s, u"b"_s});
    writer.addRow({u"1"_s, u"Ґ"_s});
    const QString path = dir.filePath(u"out.csv"_s);
    writer.saveFile(path);
    CHECK(CsvReader::readFile(path).rows[0].cells == QStringList{u"1"_s, u"Ґ"_s});

    try {
        writer.saveFile(dir.filePath(u"no/such/folder/out.csv"_s));
        FAIL("a file was saved into a missing folder");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Io);
        CHECK(e.userMessage().contains(u"out.csv"_s));
    }
}
