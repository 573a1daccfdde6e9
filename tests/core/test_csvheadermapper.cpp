#include "catch_qt.h"
#include "csv/csvheadermapper.h"
#include "csv/csvreader.h"

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

QList<CsvColumn> personColumns()
{
    return {
        {u"surname"_s, u"Surname"_s, {u"Фамилия"_s, u"Прізвище"_s}, true},
        {u"first_name"_s, u"First name"_s, {u"Имя"_s, u"Ім'я"_s}, true},
        {u"birth_date"_s, u"Birth date"_s, {u"Дата рождения"_s, u"Дата народження"_s}, false},
        {u"phone"_s, u"Phone"_s, {u"Телефон"_s}, false},
    };
}

CsvRecord headerOf(const QString &line)
{
    return CsvReader::read(line.toUtf8()).header;
}

} // namespace

TEST_CASE("headings are found in English, Russian and Ukrainian", "[csv][header]")
{
    for (const QString &line : {u"surname;first_name;birth_date"_s, u"Фамилия;Имя;Дата рождения"_s,
                                u"Прізвище;Ім'я;Дата народження"_s}) {
        INFO(line.toStdString());
        const CsvHeaderMapper mapper(personColumns(), headerOf(line));
        CHECK(mapper.errors().isEmpty());
        CHECK(mapper.warnings().isEmpty());
        CHECK(mapper.hasColumn(u"surname"_s));
        CHECK(mapper.hasColumn(u"birth_date"_s));
        CHECK_FALSE(mapper.hasColumn(u"phone"_s));
        const CsvRecord row{7, {u"Ёлкина"_s, u"Анна"_s, u"01.02.2010"_s}};
        CHECK(mapper.value(row, u"surname"_s) == u"Ёлкина"_s);
        CHECK(mapper.value(row, u"first_name"_s) == u"Анна"_s);
        CHECK(mapper.value(row, u"birth_date"_s) == u"01.02.2010"_s);
        CHECK(mapper.value(row, u"phone"_s).isEmpty());
        CHECK_NOTHROW(mapper.throwIfInvalid());
    }
}

TEST_CASE("heading matching ignores case, ё, spaces and punctuation", "[csv][header]")
{
    QList<CsvColumn> columns = personColumns();
    columns.append({u"count"_s, u"Count"_s, {u"Количество человек"_s}, false});
    const CsvHeaderMapper mapper(
        columns, headerOf(u"Телефон:;PHONE;SURNAME;first name;дата_рождения;КОЛИЧЕСТВО "
                          "ЧЕЛОВЁК;Ім’я"_s));
    // Телефон and PHONE are one column twice; Ім’я with a typographic apostrophe is Ім'я.
    CHECK(mapper.hasColumn(u"surname"_s));
    CHECK(mapper.hasColumn(u"birth_date"_s));
    CHECK(mapper.hasColumn(u"count"_s));
    const CsvRecord row{2, {u"+7 1"_s, u"+7 2"_s, u"S"_s, u"F"_s, u"D"_s, u"5"_s, u"F2"_s}};
    CHECK(mapper.value(row, u"phone"_s) == u"+7 1"_s); // the first of the duplicates
    CHECK(mapper.value(row, u"count"_s) == u"5"_s);
    REQUIRE(mapper.errors().size() == 2);
    CHECK(mapper.errors()[0].contains(u"\"PHONE\""_s));
    CHECK(mapper.errors()[1].contains(u"\"Ім’я\""_s));
}

TEST_CASE("the translated title is accepted as a heading", "[csv][header]")
{
    const QList<CsvColumn> columns = {{u"surname"_s, u"Фамилия получателя"_s, {}, true}};
    const CsvHeaderMapper mapper(columns, headerOf(u"Фамилия получателя"_s));
    CHECK(mapper.hasColumn(u"surname"_s));
    CHECK(mapper.errors().isEmpty());
}

TEST_CASE("missing required and unknown columns are reported in plain words", "[csv][header]")
{
    const CsvRecord header = CsvReader::read("\n\nФамилия;Отдел;;№;Отдел\n").header;
    const CsvHeaderMapper mapper(personColumns(), header);
    CHECK(mapper.missingColumns() == QStringList{u"first_name"_s});
    CHECK(mapper.unknownHeadings() == QStringList{u"Отдел"_s}); // empty and "№" name nothing
    REQUIRE(mapper.errors().size() == 1);
    CHECK(mapper.errors()[0].contains(u"\"First name\""_s));
    CHECK(mapper.errors()[0].contains(u"Ім'я"_s)); // the user learns which headings work
    REQUIRE(mapper.warnings().size() == 1);
    CHECK(mapper.warnings()[0].contains(u"\"Отдел\""_s));

    try {
        mapper.throwIfInvalid();
        FAIL("a missing required column was accepted");
    } catch (const CsvFormatError &e) {
        CHECK(e.line() == 3);
        CHECK(e.userMessage() == mapper.errors().join(u'\n'));
    }
}

TEST_CASE("a record wider than the heading line is refused", "[csv][header]")
{
    const CsvTable table = CsvReader::read("Фамилия,Имя\n"
                                           "Иванова,Анна\n"
                                           "Петрова,Мария,\n"
                                           "Сидорова, Ольга,Ивановна\n");
    const CsvHeaderMapper mapper(personColumns(), table.header);
    CHECK_NOTHROW(mapper.checkRecord(table.rows[0]));
    CHECK_NOTHROW(mapper.checkRecord(table.rows[1])); // an empty extra cell is harmless
    try {
        mapper.checkRecord(table.rows[2]);
        FAIL("a shifted record was accepted");
    } catch (const CsvFormatError &e) {
        CHECK(e.line() == 4);
        CHECK(e.userMessage().startsWith(u"Line 4 "_s));
        CHECK_FALSE(e.detail().contains(u"Сидорова"_s));
    }
}
