#include "register/caserecord.h"

using namespace Qt::StringLiterals;

namespace opora {

QStringList CaseStatus::all()
{
    return {New, Assessment, Active, Review, Closed};
}

QStringList CaseStatus::next(const QString &from)
{
    if (from == New)
        return {Assessment, Active, Closed};
    if (from == Assessment)
        return {Active, Closed};
    if (from == Active)
        return {Review, Closed};
    if (from == Review)
        return {Active, Closed};
    if (from == Closed)
        return {Active};
    return {};
}

QStringList caseOutcomes()
{
    return {u"improved"_s, u"partly_improved"_s, u"unchanged"_s, u"worsened"_s, u"not_assessed"_s};
}

} // namespace opora
