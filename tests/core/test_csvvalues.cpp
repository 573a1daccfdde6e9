#include "catch_qt.h"
#include "csv/csvvalues.h"

using namespace Qt::StringLiterals;
using namespace opora;

TEST_CASE("dates in Russian and ISO form", "[csv][values]")
{
    CHECK(parseCsvDate(u"25.03.2024") == QDate(2024, 3, 25));
    CHECK(parseCsvDate(u"5.3.2024") == QDate(2024, 3, 5));
    CHECK(parseCsvDate(u" 05.03.2024 ") == QDate(2024, 3, 5));
    CHECK(parseCsvDate(u"2024-03-25") == QDate(2024, 3, 25));
    CHECK(parseCsvDate(u"29.02.2024") == QDate(2024, 2, 29));

    QString error;
    CHECK_FALSE(parseCsvDate(u"29.02.2023", &error));
    CHECK(error.contains(u"not a real date"_s));
    CHECK_FALSE(parseCsvDate(u"31.04.2024"));
    CHECK_FALSE(parseCsvDate(u"2024-13-01"));
    CHECK_FALSE(parseCsvDate(u"00.01.2024"));
    CHECK_FALSE(parseCsvDate(u"01.01.0999"));

    error.clear();
    CHECK_FALSE(parseCsvDate(u"01.02.24", &error));
    CHECK(error.contains(u"four digits"_s));
    for (QStringView wrong : {u"2024/03/25", u"03/25/2024", u"25.03.2024 10:00", u"25 марта",
                              u"25..03.2024", u"١٢.٠٣.٢٠٢٤"}) {
        error.clear();
        CHECK_FALSE(parseCsvDate(wrong, &error));
        CHECK(error.contains(u"not a date"_s));
    }
    CHECK_FALSE(parseCsvDate(u"  ", &error));
    CHECK(error == u"The value is empty."_s);
}

TEST_CASE("whole numbers with spaces between thousands", "[csv][values]")
{
    CHECK(parseCsvInteger(u"0") == 0);
    CHECK(parseCsvInteger(u"1234") == 1234);
    CHECK(parseCsvInteger(u"-12") == -12);
    CHECK(parseCsvInteger(u"+12") == 12);
    CHECK(parseCsvInteger(u"\u221212") == -12); // the typographic minus
    CHECK(parseCsvInteger(u"1 234 567") == 1234567);
    CHECK(parseCsvInteger(u"1\u00A0234") == 1234);
    CHECK(parseCsvInteger(u"1\u202F234") == 1234);
    CHECK(parseCsvInteger(u"12,00") == 12);
    CHECK(parseCsvInteger(u"12.0") == 12);
    CHECK(parseCsvInteger(u"9223372036854775807") == std::numeric_limits<qint64>::max());

    QString error;
    CHECK_FALSE(parseCsvInteger(u"12,5", &error));
    CHECK(error.contains(u"not a whole number"_s));
    CHECK_FALSE(parseCsvInteger(u"1,000", &error));
    CHECK(error.contains(u"thousands"_s));
    CHECK_FALSE(parseCsvInteger(u"12.000"));
    CHECK_FALSE(parseCsvInteger(u"9223372036854775808", &error));
    CHECK(error.contains(u"too large"_s));
    for (QStringView wrong : {u"1 23", u"1234 567", u"12a", u"a12", u"1,", u",5", u"--1", u"½"}) {
        INFO(wrong.toString().toStdString());
        CHECK_FALSE(parseCsvInteger(wrong));
    }
}

TEST_CASE("decimals with a comma or a dot", "[csv][values]")
{
    CHECK(parseCsvDecimal(u"1234,5") == 1234.5);
    CHECK(parseCsvDecimal(u"1234.5") == 1234.5);
    CHECK(parseCsvDecimal(u"1 234,50") == 1234.5);
    CHECK(parseCsvDecimal(u"-3,5") == -3.5);
    CHECK(parseCsvDecimal(u"0,25") == 0.25);
    CHECK(parseCsvDecimal(u"1,234") == 1.234); // a comma is always decimal
    CHECK(parseCsvDecimal(u"42") == 42.0);
    CHECK(parseCsvDecimal(u"123456789012,345") == 123456789012.345);
    const auto zero = parseCsvDecimal(u"-0,0");
    REQUIRE(zero);
    CHECK_FALSE(std::signbit(*zero));

    QString error;
    CHECK_FALSE(parseCsvDecimal(u"1,234.5", &error));
    CHECK(error.contains(u"both a comma and a dot"_s));
    CHECK_FALSE(parseCsvDecimal(u"1.234,5"));
    CHECK_FALSE(parseCsvDecimal(u"9,03E+09", &error));
    CHECK(error.contains(u"exponent"_s));
    CHECK_FALSE(parseCsvDecimal(u"1234567890123456", &error));
    CHECK(error.contains(u"too many digits"_s));
    CHECK(parseCsvDecimal(u"0,000000000000001234567")); // leading zeros are not significant
    CHECK(parseCsvDecimal(u"100 000 000 000 000 000 000") == 1e20); // nor are trailing ones
    CHECK_FALSE(parseCsvDecimal(QString(u"1"_s + QString(400, u'0'))));
    CHECK_FALSE(parseCsvDecimal(u"1,2,3", &error));
    CHECK(error.contains(u"not a number"_s));
    CHECK_FALSE(parseCsvDecimal(u"inf"));
    CHECK_FALSE(parseCsvDecimal(u"nan"));
    CHECK_FALSE(parseCsvDecimal(u"12 %"));
}

TEST_CASE("yes and no in three languages", "[csv][values]")
{
    for (QStringView yes : {u"yes", u"YES", u"Да", u"да", u"так", u"Так", u"true", u"1", u" да. "})
        CHECK(parseCsvBoolean(yes) == true);
    for (QStringView no : {u"no", u"No", u"нет", u"НЕТ", u"ні", u"Ні", u"нi", u"false", u"0"})
        CHECK(parseCsvBoolean(no) == false);

    QString error;
    CHECK_FALSE(parseCsvBoolean(u"может быть", &error));
    CHECK(error.contains(u"\"может быть\""_s));
    CHECK_FALSE(parseCsvBoolean(u"2"));
    CHECK_FALSE(parseCsvBoolean(u""));
}

TEST_CASE("messages quote at most 40 characters of the cell", "[csv][values]")
{
    QString error;
    CHECK_FALSE(parseCsvDate(QString(200, u'x'), &error));
    CHECK(error.contains(QString(40, u'x') + u"…"_s));
    CHECK_FALSE(error.contains(QString(41, u'x')));
}

TEST_CASE("dates and decimals are written in the form they are read", "[csv][values]")
{
    CHECK(formatCsvDate(QDate(2024, 3, 5)) == u"05.03.2024"_s);
    CHECK(formatCsvDate(QDate()).isEmpty());
    CHECK(formatCsvDecimal(-1234.5) == u"-1234,5"_s);
    CHECK(formatCsvDecimal(42) == u"42"_s);
    CHECK(formatCsvDecimal(-0.0) == u"0"_s);
    CHECK(formatCsvDecimal(1e15) == u"1000000000000000"_s);
    CHECK(formatCsvDecimal(0.1 + 0.2) == u"0,3"_s);
    CHECK(formatCsvDecimal(2.0 / 3.0) == u"0,666666666666667"_s);
    CHECK(formatCsvDecimal(std::numeric_limits<double>::quiet_NaN()).isEmpty());

    for (const QDate date : {QDate(1900, 1, 1), QDate(2024, 2, 29), QDate(9999, 12, 31)})
        CHECK(parseCsvDate(formatCsvDate(date)) == date);
    for (double value : {0.0, 1.5, -3.25, 1234567.875, -0.001, 123456789012.345, 1e300})
        CHECK(parseCsvDecimal(formatCsvDecimal(value)) == value);
}
