#include "stats/recordcounts.h"

#include "db/query.h"

using namespace Qt::StringLiterals;

namespace opora {

QList<QPair<QString, qint64>> recordCounts(const Database &db)
{
    // kind -> table; later areas add their kinds here.
    static const QList<QPair<QString, QString>> kinds = {
        {u"people"_s, u"person"_s},
        {u"households"_s, u"household"_s},
        {u"household_members"_s, u"household_member"_s},
        {u"cases"_s, u"case_file"_s},
        {u"case_notes"_s, u"case_note"_s},
        {u"consents"_s, u"consent"_s},
        {u"staff"_s, u"staff"_s},
        {u"departments"_s, u"department"_s},
    };
    QList<QPair<QString, qint64>> counts;
    for (const auto &[kind, table] : kinds)
        counts.append({kind, Query(db, u"SELECT count(*) FROM "_s + table).scalar(0).toLongLong()});
    return counts;
}

} // namespace opora
