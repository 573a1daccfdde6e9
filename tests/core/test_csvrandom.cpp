// Randomised inputs with fixed seeds: every run sees the same cases, and a failure names the
// case number to rerun it under a debugger.
#include "catch_qt.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <random>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

using Rng = std::mt19937;

int uniform(Rng &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// Bytes that steer the parser into its corners, mixed with any byte at all.
QByteArray randomBytes(Rng &rng)
{
    static const QList<QByteArray> pieces = {"\"",       "\"\"",
                                             ";",        ",",
                                             "\t",       "\r",
                                             "\n",       "\r\n",
                                             " ",        "'",
                                             "=",        "-",
                                             "a",        "0",
                                             "\xD0\xAF", "\xD1\x97",
                                             "\xB3",     "\xFF",
                                             "\x98",     "sep=",
                                             "\xE2\x80", "\xF0\x9F\x98\x8A"};
    static const QList<QByteArray> prefixes = {"",         "",         "",        "\xEF\xBB\xBF",
                                               "\xFF\xFE", "\xFE\xFF", "sep=;\n", "sep=,\r\n"};
    QByteArray bytes = prefixes.at(uniform(rng, 0, int(prefixes.size()) - 1));
    const int count = uniform(rng, 0, 120);
    for (int i = 0; i < count; ++i) {
        if (uniform(rng, 0, 1) == 0)
            bytes += pieces.at(uniform(rng, 0, int(pieces.size()) - 1));
        else
            bytes += char(uniform(rng, 0, 255));
    }
    return bytes;
}

QString randomCell(Rng &rng)
{
    static const QStringList pieces = {
        u"a"_s,      u"Я"_s,      u"ї"_s, u"Ґ"_s,    u"ё"_s,      u" "_s,     u"\t"_s,
        u"\u00A0"_s, u";"_s,      u","_s, u"\""_s,   u"'"_s,      u"\r"_s,    u"\n"_s,
        u"\r\n"_s,   u"="_s,      u"+"_s, u"-"_s,    u"@"_s,      u"5"_s,     u"0"_s,
        u"."_s,      u"\uFEFF"_s, u"😊"_s, u"sep="_s, u"\u2028"_s, u"\u0085"_s};
    QString cell;
    const int count = uniform(rng, 0, 3) == 0 ? 0 : uniform(rng, 1, 10);
    for (int i = 0; i < count; ++i)
        cell += pieces.at(uniform(rng, 0, int(pieces.size()) - 1));
    return cell;
}

// Line breaks as CsvReader counts them: CRLF, LF or a lone CR.
int lineBreaks(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' ||
            (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++count;
    }
    return count;
}

QList<QStringList> cellsOf(const CsvTable &table)
{
    QList<QStringList> result{table.header.cells};
    for (const CsvRecord &row : table.rows)
        result.append(row.cells);
    return result;
}

CsvTable writeAndRead(const QList<QStringList> &rows, CsvDelimiter delimiter)
{
    CsvWriter writer(delimiter);
    for (const QStringList &row : rows)
        writer.addRow(row);
    return CsvReader::read(writer.bytes());
}

} // namespace

TEST_CASE("random bytes never crash, and whatever is read writes back the same", "[csv][random]")
{
    Rng rng(20240325);
    int readable = 0;
    for (int n = 0; n < 20000; ++n) {
        INFO("case " << n);
        const QByteArray bytes = randomBytes(rng);
        CsvTable table;
        try {
            table = CsvReader::read(bytes);
        } catch (const Error &e) {
            CHECK_FALSE(e.userMessage().isEmpty());
            continue;
        }
        ++readable;
        REQUIRE(table.header.line >= 1);
        int previous = table.header.line;
        for (const CsvRecord &row : table.rows) {
            REQUIRE(row.line > previous);
            previous = row.line;
        }
        REQUIRE(cellsOf(writeAndRead(cellsOf(table), table.delimiter)) == cellsOf(table));
    }
    // Both paths must have been taken many times, or the generator has gone stale.
    CHECK(readable > 4000);
    CHECK(readable < 19600);
}

TEST_CASE("random tables round-trip exactly with line numbers", "[csv][random]")
{
    Rng rng(442);
    const CsvDelimiter delimiters[] = {CsvDelimiter::Semicolon, CsvDelimiter::Comma,
                                       CsvDelimiter::Tab};
    for (int n = 0; n < 5000; ++n) {
        INFO("case " << n);
        const int width = uniform(rng, 1, 6);
        QList<QStringList> rows(uniform(rng, 1, 10));
        for (QStringList &row : rows) {
            for (int c = 0; c < width; ++c)
                row.append(randomCell(rng));
        }
        const CsvDelimiter delimiter = delimiters[uniform(rng, 0, 2)];

        const CsvTable table = writeAndRead(rows, delimiter);
        REQUIRE(cellsOf(table) == rows);
        if (width > 1)
            CHECK(table.delimiter == delimiter);
        int line = 1;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const CsvRecord &record = r == 0 ? table.header : table.rows[r - 1];
            REQUIRE(record.line == line);
            line += 1;
            for (const QString &cell : std::as_const(rows[r]))
                line += lineBreaks(cell);
        }
    }
}
