#include "register/registersearch.h"

#include "access/permissions.h"
#include "db/database.h"
#include "db/query.h"
#include "register/person.h"
#include "register/recordguard.h"
#include "text/normalize.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString PersonColumns =
    u"p.id, "_s + personNameSql(u"p"_s) + u", p.birth_date, p.phone, p.archived_at IS NOT NULL"_s;

SearchHit personHit(const Query &q)
{
    SearchHit hit;
    hit.kind = SearchHit::Kind::Person;
    hit.id = q.integer(0);
    hit.title = q.text(1);
    QStringList detail;
    const QDate birth = QDate::fromString(q.text(2), Qt::ISODate);
    if (birth.isValid()) {
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(u"yyyy"_s))
            format.replace(u"yy"_s, u"yyyy"_s);
        detail << QLocale().toString(birth, format);
    }
    if (!q.text(3).isEmpty())
        detail << q.text(3);
    hit.detail = detail.join(u", "_s);
    hit.archived = q.value(4).toBool();
    return hit;
}

} // namespace

RegisterSearch::RegisterSearch(const Database &db)
    : m_db(db)
{}

QList<SearchHit> RegisterSearch::find(const QString &input, int limit, bool withArchived) const
{
    requirePermission(m_db, Permission::ViewRecords);
    if (input.size() > MaxQueryLength || limit <= 0)
        return {};
    QString text = input;
    text.remove(QChar(0));
    text = text.simplified();
    if (text.isEmpty())
        return {};
    limit = std::min(limit, 200);

    static const QRegularExpression caseNumber(u"^\\d{4}-\\d{0,6}$"_s);
    static const QRegularExpression digitsOnly(u"^\\d{1,4}$"_s);
    static const QRegularExpression phoneLike(u"^[+(\\d][\\d\\s()\\-.]*$"_s);
    if (caseNumber.match(text).hasMatch() || digitsOnly.match(text).hasMatch())
        return findCasesByNumber(text, limit, withArchived);
    if (phoneLike.match(text).hasMatch())
        return findPeopleByPhone(phoneKey(text), limit, withArchived);

    QStringList keys;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = searchKey(word);
        if (!key.isEmpty() && keys.size() < 5)
            keys << key;
    }
    if (keys.isEmpty())
        return {};
    QList<SearchHit> hits = findPeopleByName(keys, limit, withArchived);
    hits += casesOfPeople(hits, limit - hits.size(), withArchived);
    return hits;
}

QList<SearchHit> RegisterSearch::findCasesByNumber(const QString &text, int limit,
                                                   bool withArchived) const
{
    const bool full = text.contains(u'-');
    const QString scope = caseScopeCondition(m_db, u"c"_s);
    const QString condition =
        full ? u"c.number >= :n AND c.number < :n_end"_s : u"(c.seq = :seq OR c.number = :n)"_s;
    Query q(m_db, u"SELECT c.id, c.number, coalesce(p.surname || ' ' || p.first_name, h.name), "
                  "c.status, c.archived_at IS NOT NULL FROM case_file c LEFT JOIN person p ON "
                  "p.id = c.person_id LEFT JOIN household h ON h.id = c.household_id WHERE "_s +
                      condition + (withArchived ? QString() : u" AND c.archived_at IS NULL"_s) +
                      (scope.isEmpty() ? QString() : u" AND "_s + scope) +
                      u" ORDER BY c.year DESC, c.seq LIMIT :limit"_s);
    q.bind(u":n"_s, text);
    if (full)
        q.bind(u":n_end"_s, prefixUpperBound(text));
    else
        q.bind(u":seq"_s, text.toInt());
    q.bind(u":limit"_s, limit).exec();
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Case;
        hit.id = q.integer(0);
        hit.title = q.text(1);
        hit.detail = q.text(2);
        hit.archived = q.value(4).toBool();
        hits << hit;
    }
    return hits;
}

QList<SearchHit> RegisterSearch::findPeopleByPhone(const QString &digits, int limit,
                                                   bool withArchived) const
{
    if (digits.size() < 3)
        return {};
    // Numbers starting with the digits first, then numbers ending with them; each query walks
    // its own (partial) index.
    const QString archived = withArchived ? QString() : u" AND p.archived_at IS NULL"_s;
    const QList<QPair<QString, QString>> ways{
        {u"p.phone_key"_s, digits},
        {u"p.phone_rkey"_s, reversedKey(digits)},
    };
    QList<SearchHit> hits;
    QSet<qint64> seen;
    for (const auto &[column, key] : ways) {
        Query q(m_db, u"SELECT "_s + PersonColumns + u" FROM person p WHERE "_s + column +
                          u" <> '' AND "_s + prefixCondition(column, u":k"_s) + archived +
                          u" ORDER BY "_s + column + u", p.id LIMIT :limit"_s);
        q.bind(u":k"_s, key)
            .bind(u":k_end"_s, prefixUpperBound(key))
            .bind(u":limit"_s, limit)
            .exec();
        while (q.next() && hits.size() < limit) {
            SearchHit hit = personHit(q);
            if (!seen.contains(hit.id)) {
                seen.insert(hit.id);
                hits << hit;
            }
        }
    }
    return hits;
}

// People whose names match every word, in tiers so that each query walks an index in its
// own order and stops at the limit instead of sorting every match: exact surnames first, then
// surnames starting with a word, then first names, then patronymics.
QList<SearchHit> RegisterSearch::findPeopleByName(const QStringList &keys, int limit,
                                                  bool withArchived) const
{
    QStringList allWords;
    for (int i = 0; i < keys.size(); ++i) {
        const QString ph = u":w%1"_s.arg(i);
        allWords << u"(%1 OR %2 OR %3)"_s.arg(prefixCondition(u"p.surname_key"_s, ph),
                                              prefixCondition(u"p.first_name_key"_s, ph),
                                              prefixCondition(u"p.patronymic_key"_s, ph));
    }
    if (!withArchived)
        allWords << u"p.archived_at IS NULL"_s;
    const QString matches = allWords.join(u" AND "_s);

    struct Tier
    {
        QString condition; // on word :t
        QString order;
    };
    const QList<Tier> tiers{
        {u"p.surname_key = :t"_s, u"p.surname_key, p.first_name_key, p.patronymic_key, p.id"_s},
        {prefixCondition(u"p.surname_key"_s, u":t"_s),
         u"p.surname_key, p.first_name_key, p.patronymic_key, p.id"_s},
        {prefixCondition(u"p.first_name_key"_s, u":t"_s), u"p.first_name_key, p.id"_s},
        {prefixCondition(u"p.patronymic_key"_s, u":t"_s), u"p.patronymic_key, p.id"_s},
    };
    QList<SearchHit> hits;
    QSet<qint64> seen;
    if (keys.size() > 1) {
        // Several words narrow the matches down enough for one query sorted as a whole.
        Query q(m_db, u"SELECT "_s + PersonColumns + u" FROM person p WHERE "_s + matches +
                          u" ORDER BY p.surname_key IN (:exact0, :exact1) DESC, "
                          "(p.surname_key >= :w0 AND p.surname_key < :w0_end) DESC, "
                          "p.surname_key, p.first_name_key, p.patronymic_key, p.id "
                          "LIMIT :limit"_s);
        for (int i = 0; i < keys.size(); ++i) {
            q.bind(u":w%1"_s.arg(i), keys.at(i));
            q.bind(u":w%1_end"_s.arg(i), prefixUpperBound(keys.at(i)));
        }
        q.bind(u":exact0"_s, keys.at(0)).bind(u":exact1"_s, keys.at(1));
        q.bind(u":limit"_s, limit).exec();
        while (q.next())
            hits << personHit(q);
        return hits;
    }
    for (const Tier &tier : tiers) {
        for (const QString &driver : keys) {
            if (hits.size() >= limit)
                return hits;
            Query q(m_db, u"SELECT "_s + PersonColumns + u" FROM person p WHERE "_s +
                              tier.condition + u" AND "_s + matches + u" ORDER BY "_s + tier.order +
                              u" LIMIT :limit"_s);
            q.bind(u":t"_s, driver).bind(u":t_end"_s, prefixUpperBound(driver));
            for (int i = 0; i < keys.size(); ++i) {
                q.bind(u":w%1"_s.arg(i), keys.at(i));
                q.bind(u":w%1_end"_s.arg(i), prefixUpperBound(keys.at(i)));
            }
            // Rows already found in an earlier tier come again: ask for enough to skip them.
            q.bind(u":limit"_s, limit + static_cast<int>(seen.size())).exec();
            while (q.next() && hits.size() < limit) {
                SearchHit hit = personHit(q);
                if (!seen.contains(hit.id)) {
                    seen.insert(hit.id);
                    hits << hit;
                }
            }
        }
    }
    return hits;
}

QList<SearchHit> RegisterSearch::casesOfPeople(const QList<SearchHit> &people, int limit,
                                               bool withArchived) const
{
    QList<SearchHit> hits;
    for (const SearchHit &person : people) {
        if (hits.size() >= limit)
            break;
        Query q(m_db, u"SELECT c.id, c.number, c.status, c.archived_at IS NOT NULL FROM "
                      "case_file c WHERE (c.person_id = :p OR c.household_id IN (SELECT "
                      "household_id FROM household_member WHERE person_id = :p))"_s +
                          (withArchived ? QString() : u" AND c.archived_at IS NULL"_s) +
                          u" ORDER BY c.status = 'closed', c.opened_on DESC LIMIT :limit"_s);
        q.bind(u":p"_s, person.id).bind(u":limit"_s, limit - hits.size()).exec();
        while (q.next()) {
            SearchHit hit;
            hit.kind = SearchHit::Kind::Case;
            hit.id = q.integer(0);
            hit.title = q.text(1);
            hit.detail = person.title;
            hit.archived = q.value(3).toBool();
            hits << hit;
        }
    }
    return hits;
}

} // namespace opora
