#include "db/bulk.h"

#include "db/database.h"
#include "db/query.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

// ":v0", ":v1", ...: named places bind faster through Qt than "?", whose number Qt writes out as
// text for every value.
const QStringList &placeNames(qsizetype count)
{
    thread_local QStringList names;
    while (names.size() < count)
        names << u":v"_s + QString::number(names.size());
    return names;
}

} // namespace

void insertMany(Database &db, const QString &statement, const QList<QVariantList> &rows,
                const QVariantMap &shared)
{
    if (rows.isEmpty())
        return;
    const qsizetype perRow = rows.constFirst().size();
    // At most 64 rows (longer statements take longer to prepare than they save), and within the
    // 999 values old SQLite builds allow in one statement.
    const qsizetype chunk = std::clamp<qsizetype>(999 / std::max<qsizetype>(perRow, 1), 1, 64);
    const QStringList &names = placeNames(chunk * perRow);
    const auto text = [&](qsizetype count) {
        QStringList tuples;
        for (qsizetype r = 0; r < count; ++r)
            tuples << u'(' + names.mid(r * perRow, perRow).join(u", "_s) + u')';
        return statement.arg(tuples.join(u", "_s));
    };
    // Full parts, then what is left one row at a time: two texts in all, each prepared once.
    const QString full = rows.size() >= chunk ? text(chunk) : QString();
    const QString one = text(1);
    for (qsizetype first = 0; first < rows.size();) {
        const qsizetype count = rows.size() - first >= chunk ? chunk : 1;
        Query q(db, count == chunk ? full : one);
        qsizetype place = 0;
        for (qsizetype r = first; r < first + count; ++r) {
            const QVariantList &row = rows.at(r);
            Q_ASSERT(row.size() == perRow);
            for (const QVariant &value : row)
                q.bind(names.at(place++), value);
        }
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            q.bind(it.key(), it.value());
        q.exec();
        first += count;
    }
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

qint64 nextId(Database &db, const QString &table)
{
    return Query(db, u"SELECT coalesce(max(rowid), 0) + 1 FROM "_s + table).scalar().toLongLong();
}

} // namespace opora
