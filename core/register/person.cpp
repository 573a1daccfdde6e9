#include "register/person.h"

using namespace Qt::StringLiterals;

namespace opora {

QString personNameSql(const QString &alias)
{
    return u"%1.surname || ' ' || %1.first_name || CASE WHEN %1.patronymic <> '' THEN ' ' || "
           "%1.patronymic ELSE '' END"_s.arg(alias);
}

QString PersonRecord::fullName() const
{
    QStringList parts{surname, firstName};
    if (!patronymic.isEmpty())
        parts << patronymic;
    return parts.join(u' ');
}

QStringList personFieldNames()
{
    return {u"surname"_s, u"first_name"_s, u"patronymic"_s, u"birth_date"_s, u"sex"_s,
            u"phone"_s,   u"address"_s,    u"document"_s,   u"notes"_s,      u"categories"_s};
}

} // namespace opora
