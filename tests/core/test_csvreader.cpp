#include "catch_qt.h"
#include "csv/csvreader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

CsvTable readText(const QString &text)
{
    return CsvReader::read(text.toUtf8());
}

// The error a malformed text gives; fails the test when there is none.
CsvFormatError errorFor(const QString &text)
{
    try {
        readText(text);
    } catch (const CsvFormatError &e) {
        return e;
    }
    FAIL("the text was read without an error");
    throw;
}

} // namespace

TEST_CASE("the delimiter is detected from the heading line", "[csv][reader]")
{
    const CsvTable semicolon = readText(u"a;b;c\n1;2,5;3\n"_s);
    CHECK(semicolon.delimiter == CsvDelimiter::Semicolon);
    CHECK(semicolon.rows[0].cells == QStringList{u"1"_s, u"2,5"_s, u"3"_s});

    const CsvTable comma = readText(u"a,b,c\n1,\"2,5\",3\n"_s);
    CHECK(comma.delimiter == CsvDelimiter::Comma);
    CHECK(comma.rows[0].cells == QStringList{u"1"_s, u"2,5"_s, u"3"_s});

    const CsvTable tab = readText(u"a\tb\n1\t2\n"_s);
    CHECK(tab.delimiter == CsvDelimiter::Tab);
    CHECK(tab.rows[0].cells == QStringList{u"1"_s, u"2"_s});

    // Only delimiters outside quotes count: the heading holds three quoted commas.
    const CsvTable quoted = readText(u"\"Фамилия, имя, отчество\";\"a,b\"\nx;y\n"_s);
    CHECK(quoted.delimiter == CsvDelimiter::Semicolon);
    CHECK(quoted.header.cells == QStringList{u"Фамилия, имя, отчество"_s, u"a,b"_s});

    // A tie goes to the semicolon: the comma is more likely part of a heading.
    CHECK(readText(u"Фамилия, имя;Дата\n"_s).delimiter == CsvDelimiter::Semicolon);

    // A single column: the first line with a delimiter decides.
    const CsvTable single = readText(u"Фамилия\nИванова,Анна\n"_s);
    CHECK(single.delimiter == CsvDelimiter::Comma);
    CHECK(single.rows[0].cells == QStringList{u"Иванова"_s, u"Анна"_s});
}

TEST_CASE("Excel's sep= line decides the delimiter", "[csv][reader]")
{
    const CsvTable table = readText(u"sep=,\r\na;b,c\r\n1;2,3\r\n"_s);
    CHECK(table.delimiter == CsvDelimiter::Comma);
    CHECK(table.header.line == 2);
    CHECK(table.header.cells == QStringList{u"a;b"_s, u"c"_s});
    CHECK(table.rows[0].line == 3);
    // Not a hint: another character, or more text on the line.
    CHECK(readText(u"sep=|\na;b\n"_s).header.cells == QStringList{u"sep=|"_s});
    CHECK(readText(u"sep=;x\n"_s).header.cells == QStringList{u"sep="_s, u"x"_s});
}

TEST_CASE("quoted cells hold delimiters, doubled quotes and line breaks", "[csv][reader]")
{
    const CsvTable table = readText(u"name;note;n\r\n"
                                    "\"Иванова; Анна\";\"Сказала \"\"да\"\"\";1\r\n"
                                    "\"Петров\";\"первая строка\r\nвторая\nтретья\";2\r\n"
                                    "Сидорова;\"\";3\r\n"_s);
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].cells == QStringList{u"Иванова; Анна"_s, u"Сказала \"да\""_s, u"1"_s});
    CHECK(table.rows[1].cells ==
          QStringList{u"Петров"_s, u"первая строка\r\nвторая\nтретья"_s, u"2"_s});
    CHECK(table.rows[2].cells == QStringList{u"Сидорова"_s, QString(), u"3"_s});
    CHECK(table.header.line == 1);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[1].line == 3);
    CHECK(table.rows[2].line == 6); // the cell above spans lines 3 to 5
}

TEST_CASE("CRLF, LF and lone CR end lines alike", "[csv][reader]")
{
    for (const QString &br : {u"\r\n"_s, u"\n"_s, u"\r"_s}) {
        const CsvTable table = readText(u"a;b"_s + br + u"1;2"_s + br + u"3;4"_s);
        CHECK(table.header.cells == QStringList{u"a"_s, u"b"_s});
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[1].cells == QStringList{u"3"_s, u"4"_s});
        CHECK(table.rows[1].line == 3);
    }
}

TEST_CASE("blank lines are skipped and cells trimmed outside quotes", "[csv][reader]")
{
    const CsvTable table = readText(u"\n  \na ; b \n1;2\n\n;;\n  ;  \n\" \";\n3; \" x \" \n\n\n"_s);
    CHECK(table.header.line == 3);
    CHECK(table.header.cells == QStringList{u"a"_s, u"b"_s});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].line == 4);
    CHECK(table.rows[1].cells == QStringList{u" "_s, QString()}); // quoted: kept
    CHECK(table.rows[1].line == 8);
    CHECK(table.rows[2].cells == QStringList{u"3"_s, u" x "_s});
    CHECK(table.rows[2].line == 9);

    // A tab is trimmed like a space, unless it is the delimiter.
    CHECK(readText(u"a;b\n\t1\u00A0;2\t\n"_s).rows[0].cells == QStringList{u"1"_s, u"2"_s});
    CHECK(readText(u"a\tb\n1\t\t2\n"_s).rows[0].cells == QStringList{u"1"_s, QString(), u"2"_s});
}

TEST_CASE("a quotation mark inside a cell that is not quoted is text", "[csv][reader]")
{
    const CsvTable table = readText(u"org;size\nООО \"Ромашка\";5\"\n"_s);
    CHECK(table.rows[0].cells == QStringList{u"ООО \"Ромашка\""_s, u"5\""_s});
}

TEST_CASE("ragged rows are kept as written", "[csv][reader]")
{
    const CsvTable table = readText(u"a;b;c\n1\n1;2;3;4\n1;\n"_s);
    CHECK(table.rows[0].cells == QStringList{u"1"_s});
    CHECK(table.rows[0].cell(2).isEmpty());
    CHECK(table.rows[1].cells.size() == 4);
    CHECK(table.rows[2].cells == QStringList{u"1"_s, QString()});
}

TEST_CASE("malformed files name the line", "[csv][reader]")
{
    const CsvFormatError open = errorFor(u"a;b\n1;2\n3;\"never\nclosed;4\n5;6\n"_s);
    CHECK(open.line() == 3);
    CHECK(open.userMessage().startsWith(u"Line 3:"_s));
    CHECK(open.kind() == Error::Kind::Validation);
    CHECK_FALSE(open.detail().contains(u"never"_s)); // no content in the log

    const CsvFormatError after = errorFor(u"a;b\n\"x\ny\"z;2\n"_s);
    CHECK(after.line() == 3);
    CHECK(after.userMessage().startsWith(u"Line 3:"_s));

    CHECK(errorFor(u""_s).line() == 0);
    CHECK(errorFor(u"\r\n  \r\n;;\r\n"_s).userMessage().contains(u"empty"_s));
}

TEST_CASE("an apostrophe before a formula-like cell is removed", "[csv][reader]")
{
    const CsvTable table = readText(u"a;b;c;d;e\n'=1+1;'-5;''@x;'abc;\"'+7 903\"\n"_s);
    CHECK(table.rows[0].cells == QStringList{u"=1+1"_s, u"-5"_s, u"'@x"_s, u"'abc"_s, u"+7 903"_s});
}

TEST_CASE("files are read from disk", "[csv][reader]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFsurname;name\r\n\xD0\x9B\xD0\xB8;x\r\n");
    file.close();
    const CsvTable table = CsvReader::readFile(path);
    CHECK(table.rows[0].cells == QStringList{u"Ли"_s, u"x"_s});

    try {
        CsvReader::readFile(dir.filePath(u"missing.csv"_s));
        FAIL("a missing file was read");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Io);
        CHECK(e.userMessage().contains(u"missing.csv"_s));
    }
}
