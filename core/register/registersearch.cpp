#include "register/registersearch.h"

#include "db/database.h"
#include "db/query.h"
#include "register/recordguard.h"
#include "text/normalize.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString PersonColumns =
    u"p.id, p.surname || ' ' || p.first_name || CASE WHEN p.patronymic <> '' THEN ' ' || "
    "p.patronymic ELSE '' END, p.birth_date, p.phone, p.archived_at IS NOT NULL"_s;

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
    const QString condition =
        full ? u"c.number >= :n AND c.number < :n_end"_s : u"(c.seq = :seq OR c.number = :n)"_s;
    Query q(m_db, u"SELECT c.id, c.number, coalesce(p.surname || ' ' || p.first_name, h.name), "
                  "c.status, c.archived_at IS NOT NULL FROM case_file c LEFT JOIN person p ON "
                  "p.id = c.person_id LEFT JOIN household h ON h.id = c.household_id WHERE "_s +
                      condition + (withArchived ? QString() : u" AND c.archived_at IS NULL"_s) +
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
    const QString reversed = reversedKey(digits);
    Query q(m_db, u"SELECT "_s + PersonColumns +
                      u" FROM person p WHERE (p.phone_key >= :k AND p.phone_key < :k_end OR "
                      "p.phone_rkey >= :r AND p.phone_rkey < :r_end)"_s +
                      (withArchived ? QString() : u" AND p.archived_at IS NULL"_s) +
                      u" ORDER BY p.phone_key = :k DESC, p.surname_key, p.first_name_key "
                      "LIMIT :limit"_s);
    q.bind(u":k"_s, digits)
        .bind(u":k_end"_s, prefixUpperBound(digits))
        .bind(u":r"_s, reversed)
        .bind(u":r_end"_s, prefixUpperBound(reversed))
        .bind(u":limit"_s, limit)
        .exec();
    QList<SearchHit> hits;
    while (q.next())
        hits << personHit(q);
    return hits;
}

QList<SearchHit> RegisterSearch::findPeopleByName(const QStringList &keys, int limit,
                                                  bool withArchived) const
{
    QStringList where;
    for (int i = 0; i < keys.size(); ++i) {
        const QString ph = u":w%1"_s.arg(i);
        where << u"(%1 OR %2 OR %3)"_s.arg(prefixCondition(u"p.surname_key"_s, ph),
                                           prefixCondition(u"p.first_name_key"_s, ph),
                                           prefixCondition(u"p.patronymic_key"_s, ph));
    }
    if (!withArchived)
        where << u"p.archived_at IS NULL"_s;
    Query q(m_db, u"SELECT "_s + PersonColumns + u" FROM person p WHERE "_s +
                      where.join(u" AND "_s) +
                      u" ORDER BY p.surname_key IN (:exact0, :exact1) DESC, "
                      "(p.surname_key >= :w0 AND p.surname_key < :w0_end) DESC, "
                      "p.surname_key, p.first_name_key, p.patronymic_key, p.id LIMIT :limit"_s);
    for (int i = 0; i < keys.size(); ++i) {
        q.bind(u":w%1"_s.arg(i), keys.at(i));
        q.bind(u":w%1_end"_s.arg(i), prefixUpperBound(keys.at(i)));
    }
    q.bind(u":exact0"_s, keys.value(0)).bind(u":exact1"_s, keys.value(1, keys.value(0)));
    q.bind(u":limit"_s, limit).exec();
    QList<SearchHit> hits;
    while (q.next())
        hits << personHit(q);
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
