#include "text/normalize.h"

#include <algorithm>

namespace opora {

QString searchKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    const QString folded = text.toString().toCaseFolded();
    for (QChar c : folded) {
        if (c == QChar(0x0451))  // ё
            c = QChar(0x0435);   // е
        // The Ukrainian apostrophe is written as ', ’ or ʼ (a modifier letter): all are dropped.
        if (c.isLetterOrNumber() && c.category() != QChar::Letter_Modifier)
            key.append(c);
    }
    return key;
}

QString phoneKey(QStringView phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    if (digits.size() == 11 && (digits.startsWith(u'7') || digits.startsWith(u'8')))
        digits.remove(0, 1);
    else if (digits.size() == 12 && digits.startsWith(QStringLiteral("380")))
        digits.remove(0, 2);
    return digits;
}

QString reversedKey(QStringView key)
{
    QString result = key.toString();
    std::reverse(result.begin(), result.end());
    return result;
}

QString prefixUpperBound(const QString &prefix)
{
    return prefix + QChar(0xffff);
}

} // namespace opora
