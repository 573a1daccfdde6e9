#include "csv/csvsyntax.h"

namespace opora::csvsyntax {

namespace {

bool hasFormulaAfterApostrophes(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i < cell.size() && isFormulaTrigger(cell[i]);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isSpace(QChar c)
{
    return c.isSpace() && c != u'\r' && c != u'\n';
}

bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isPlainNegativeNumber(QStringView cell)
{
    if (cell.size() < 2 || cell[0] != u'-')
        return false;
    qsizetype i = 1;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < cell.size() && isAsciiDigit(cell[i]))
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < cell.size() && (cell[i] == u',' || cell[i] == u'.')) {
        ++i;
        if (!digits())
            return false;
    }
    return i == cell.size();
}

QString neutraliseFormula(const QString &cell)
{
    if (!hasFormulaAfterApostrophes(cell) || isPlainNegativeNumber(cell))
        return cell;
    return u'\'' + cell;
}

QString restoreNeutralised(const QString &cell)
{
    if (cell.startsWith(u'\'') && hasFormulaAfterApostrophes(cell))
        return cell.sliced(1);
    return cell;
}

} // namespace opora::csvsyntax
