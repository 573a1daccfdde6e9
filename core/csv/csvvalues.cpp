#include "csv/csvvalues.h"

#include "text/normalize.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(opora::CsvValues)
};

// The cell as the message quotes it; a long cell would drown the message.
QString shown(QStringView text)
{
    constexpr qsizetype limit = 40;
    return u'"' + (text.size() > limit ? text.first(limit) + u"…"_s : text.toString()) + u'"';
}

template <typename T>
std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString emptyMessage()
{
    return Messages::tr("The value is empty.");
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Space, no-break space, thin space and narrow no-break space: what spreadsheets and word
// processors put between groups of thousands in Russian and Ukrainian.
bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x2009) || c == QChar(0x202F);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

struct Number
{
    bool negative = false;
    QString integer;  // digits
    QString fraction; // digits, possibly none
};

enum class NumberProblem { None, NotNumber, BothSeparators, Exponent, TooManyDigits };

NumberProblem splitNumber(QStringView text, Number *number)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
        return text.sliced(start, i - start);
    };

    if (i < text.size() && (isMinus(text[i]) || text[i] == u'+')) {
        number->negative = isMinus(text[i]);
        ++i;
    }
    const QStringView first = digits();
    if (first.isEmpty())
        return NumberProblem::NotNumber;
    number->integer = first.toString();
    if (i < text.size() && isGroupSeparator(text[i]) && first.size() > 3)
        return NumberProblem::NotNumber;
    while (i < text.size() && isGroupSeparator(text[i])) {
        ++i;
        const QStringView group = digits();
        if (group.size() != 3)
            return NumberProblem::NotNumber; // "1 5" is two numbers, not fifteen
        number->integer += group;
    }
    QChar separator;
    if (i < text.size() && (text[i] == u',' || text[i] == u'.')) {
        separator = text[i++];
        number->fraction = digits().toString();
        if (number->fraction.isEmpty())
            return NumberProblem::NotNumber;
    }
    if (i < text.size()) {
        static const QRegularExpression exponent(u"^[eE][-+]?[0-9]+$"_s);
        if (exponent.match(text.sliced(i)).hasMatch())
            return NumberProblem::Exponent;
        if (!separator.isNull() && (text[i] == u',' || text[i] == u'.') && text[i] != separator)
            return NumberProblem::BothSeparators;
        return NumberProblem::NotNumber;
    }

    // Zeros at either end only place the decimal point; 15 digits survive a trip through a
    // double and back unchanged.
    QString significant = number->integer + number->fraction;
    while (significant.endsWith(u'0'))
        significant.chop(1);
    qsizetype leadingZeros = 0;
    while (leadingZeros < significant.size() && significant[leadingZeros] == u'0')
        ++leadingZeros;
    if (significant.size() - leadingZeros > 15)
        return NumberProblem::TooManyDigits;
    return NumberProblem::None;
}

QString numberMessage(NumberProblem problem, QStringView text)
{
    switch (problem) {
    case NumberProblem::BothSeparators:
        return Messages::tr("%1 has both a comma and a dot. Use one of them for the decimal part "
                            "and spaces between thousands, like 1 234,5.")
            .arg(shown(text));
    case NumberProblem::Exponent:
        return Messages::tr("%1 is written in exponent form, in which digits are lost. In the "
                            "spreadsheet, format the column as numbers and save the file again.")
            .arg(shown(text));
    case NumberProblem::TooManyDigits:
        return Messages::tr("%1 has too many digits to be stored exactly.").arg(shown(text));
    case NumberProblem::None:
    case NumberProblem::NotNumber:
        break;
    }
    return Messages::tr("%1 is not a number. Write numbers like 1234,5 or 1 234.5.")
        .arg(shown(text));
}

} // namespace

std::optional<QDate> parseCsvDate(QStringView text, QString *error)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail<QDate>(error, emptyMessage());

    // d.m.yyyy or yyyy-m-d, 1 or 2 digits for the day and month; read without regular
    // expressions, as an import reads a date or two in every row.
    const auto digits = [](QStringView part, qsizetype min, qsizetype max) {
        if (part.size() < min || part.size() > max)
            return -1;
        int value = 0;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c.unicode() - u'0');
        }
        return value;
    };
    const QList<QStringView> dotted = text.split(u'.');
    const QList<QStringView> dashed = text.split(u'-');
    int year = -1, month = -1, day = -1;
    if (dotted.size() == 3) {
        day = digits(dotted.at(0), 1, 2);
        month = digits(dotted.at(1), 1, 2);
        year = digits(dotted.at(2), 4, 4);
        if (day >= 0 && month >= 0 && year < 0 && digits(dotted.at(2), 2, 2) >= 0)
            return fail<QDate>(error, Messages::tr("%1 has a two-digit year. Write the year with "
                                                   "four digits, like 25.03.2024.")
                                          .arg(shown(text)));
    } else if (dashed.size() == 3) {
        year = digits(dashed.at(0), 4, 4);
        month = digits(dashed.at(1), 1, 2);
        day = digits(dashed.at(2), 1, 2);
    }
    if (year < 0 || month < 0 || day < 0)
        return fail<QDate>(error, Messages::tr("%1 is not a date. Write dates like 25.03.2024 or "
                                               "2024-03-25.")
                                      .arg(shown(text)));

    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000) {
        return fail<QDate>(error, Messages::tr("%1 is not a real date: check the day and the "
                                               "month.")
                                      .arg(shown(text)));
    }
    return date;
}

std::optional<qint64> parseCsvInteger(QStringView text, QString *error)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail<qint64>(error, emptyMessage());
    Number number;
    const NumberProblem problem = splitNumber(text, &number);
    if (problem != NumberProblem::None && problem != NumberProblem::TooManyDigits)
        return fail<qint64>(error, numberMessage(problem, text));
    for (QChar c : std::as_const(number.fraction)) {
        if (c != u'0')
            return fail<qint64>(error, Messages::tr("%1 is not a whole number.").arg(shown(text)));
    }
    // "1,000" is one with zero decimals here, but one thousand in English-formatted files; a
    // count read a thousand times too small would go unnoticed, so it is refused.
    if (number.fraction.size() == 3) {
        return fail<qint64>(error, Messages::tr("%1 could mean thousands or decimals. Write the "
                                                "number without the comma or dot, like 1000 or "
                                                "1 000.")
                                       .arg(shown(text)));
    }
    bool ok = false;
    const QString digits = (number.negative ? u"-"_s : QString()) + number.integer;
    const qint64 result = digits.toLongLong(&ok);
    if (!ok)
        return fail<qint64>(error, Messages::tr("%1 is too large.").arg(shown(text)));
    return result;
}

std::optional<double> parseCsvDecimal(QStringView text, QString *error)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail<double>(error, emptyMessage());
    Number number;
    const NumberProblem problem = splitNumber(text, &number);
    if (problem != NumberProblem::None)
        return fail<double>(error, numberMessage(problem, text));
    QString plain = number.integer;
    if (!number.fraction.isEmpty())
        plain += u'.' + number.fraction;
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail<double>(error, numberMessage(NumberProblem::NotNumber, text));
    // No "-0": a value that prints as "-0" in a report looks like a mistake.
    return number.negative && value != 0.0 ? -value : value;
}

std::optional<bool> parseCsvBoolean(QStringView text, QString *error)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail<bool>(error, emptyMessage());
    // searchKey() folds case and drops stray punctuation ("Да.", "YES!").
    const QString key = searchKey(text);
    static const QStringList yes = {u"yes"_s, u"да"_s, u"так"_s, u"true"_s, u"1"_s};
    // "нi" with a Latin i: Ukrainian keyboards in Latin mode type it that way.
    static const QStringList no = {u"no"_s, u"нет"_s, u"ні"_s, u"нi"_s, u"false"_s, u"0"_s};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return fail<bool>(error, Messages::tr("%1 is not yes or no. Write yes or no (да or нет, так "
                                          "or ні, 1 or 0).")
                                 .arg(shown(text)));
}

QString formatCsvDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
}

QString formatCsvDecimal(double value)
{
    if (!std::isfinite(value))
        return QString();
    // Rounded to the 15 significant digits parseCsvDecimal() accepts, so 0.1 + 0.2 is "0,3".
    value = QString::number(value, 'g', 15).toDouble();
    if (value == 0.0)
        value = 0.0; // no "-0"
    QString text = QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
    text.replace(u'.', u',');
    return text;
}

} // namespace opora
