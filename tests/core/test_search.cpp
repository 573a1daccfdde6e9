#include "catch_qt.h"
#include "error.h"
#include "register/caserepository.h"
#include "register/personrepository.h"
#include "register/registersearch.h"
#include "tempdatabase.h"
#include "text/normalize.h"
#include "volunteers/volunteerrepository.h"

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

struct Register
{
    TempDatabase t;
    qint64 add(const QString &surname, const QString &first, const QString &patronymic,
               const QString &phone = {})
    {
        PersonRecord p;
        p.surname = surname;
        p.firstName = first;
        p.patronymic = patronymic;
        p.phone = phone;
        return PersonRepository(t.db()).create(p);
    }
    QStringList titles(const QString &text, bool withArchived = false)
    {
        QStringList list;
        for (const SearchHit &hit : RegisterSearch(t.db()).find(text, 20, withArchived))
            list << hit.title;
        return list;
    }
};

} // namespace

TEST_CASE("search finds people by prefixes of their names in any order and case")
{
    Register r;
    r.add(u"Ковалёва"_s, u"Алёна"_s, u"Петровна"_s);
    r.add(u"Ковальчук"_s, u"Ирина"_s, u"Ивановна"_s);
    r.add(u"Smith"_s, u"Anna"_s, {});
    r.add(u"Петрова"_s, u"Мария"_s, u"Олеговна"_s);

    CHECK(r.titles(u"кова"_s) ==
          QStringList{u"Ковалёва Алёна Петровна"_s, u"Ковальчук Ирина Ивановна"_s});
    CHECK(r.titles(u"КОВАЛЕВА"_s) == QStringList{u"Ковалёва Алёна Петровна"_s});
    CHECK(r.titles(u"алена ковал"_s) == QStringList{u"Ковалёва Алёна Петровна"_s});
    CHECK(r.titles(u"ир ков"_s) == QStringList{u"Ковальчук Ирина Ивановна"_s});
    CHECK(r.titles(u"sMiTh"_s) == QStringList{u"Smith Anna"_s});
    CHECK(r.titles(u"ковал мария"_s).isEmpty());
}

TEST_CASE("an exact surname comes before longer surnames with the same beginning")
{
    Register r;
    r.add(u"Иванченко"_s, u"Анна"_s, {});
    r.add(u"Андреева"_s, u"Софья"_s, u"Ивановна"_s);
    r.add(u"Иван"_s, u"Ольга"_s, {});
    const QStringList titles = r.titles(u"иван"_s);
    REQUIRE(titles.size() == 3);
    CHECK(titles.at(0) == u"Иван Ольга"_s);
    CHECK(titles.at(1) == u"Иванченко Анна"_s); // surname before patronymic matches
}

TEST_CASE("search finds people by phone in any spelling and by its last digits")
{
    Register r;
    r.add(u"Орлова"_s, u"Анна"_s, {}, u"+7 (903) 123-45-67"_s);
    r.add(u"Котова"_s, u"Вера"_s, {}, u"8 916 765 43 21"_s);
    const QString anna = u"Орлова Анна"_s;
    CHECK(r.titles(u"89031234567"_s) == QStringList{anna});
    CHECK(r.titles(u"+7 903 123 45 67"_s) == QStringList{anna});
    CHECK(r.titles(u"(903) 123-45"_s) == QStringList{anna});
    CHECK(r.titles(u"45-67"_s) == QStringList{anna});
    CHECK(r.titles(u"4321"_s).isEmpty()); // four digits are a case number
    CHECK(r.titles(u"5 43 21"_s) == QStringList{u"Котова Вера"_s});
}

TEST_CASE("search finds cases by full or partial number and lists a person's cases")
{
    Register r;
    const qint64 person = r.add(u"Орлова"_s, u"Анна"_s, {});
    CaseRepository cases(r.t.db());
    CaseRecord c;
    c.personId = person;
    c.openedOn = QDate(2025, 4, 1);
    for (int i = 0; i < 12; ++i)
        cases.create(c);
    CHECK(r.titles(u"2025-0012"_s) == QStringList{u"2025-0012"_s});
    CHECK(r.titles(u"2025-001"_s).size() == 3); // 0010, 0011, 0012
    CHECK(r.titles(u"0007"_s) == QStringList{u"2025-0007"_s});
    CHECK(r.titles(u"7"_s) == QStringList{u"2025-0007"_s});
    const auto hits = RegisterSearch(r.t.db()).find(u"орлова"_s);
    REQUIRE(hits.size() == 13);
    CHECK(hits.at(0).kind == SearchHit::Kind::Person);
    CHECK(hits.at(1).kind == SearchHit::Kind::Case);
}

TEST_CASE("archived people are found only when asked")
{
    Register r;
    const qint64 id = r.add(u"Орлова"_s, u"Анна"_s, {});
    PersonRepository(r.t.db()).archive(id, 1);
    CHECK(r.titles(u"орл"_s).isEmpty());
    CHECK(r.titles(u"орл"_s, true) == QStringList{u"Орлова Анна"_s});
}

TEST_CASE("hostile search input is data: no SQL error and no false hits")
{
    Register r;
    r.add(u"O'Brien"_s, u"Anna"_s, {});
    r.add(u"Орлова"_s, u"Анна"_s, {});
    RegisterSearch search(r.t.db());
    const QStringList hostile{u"'"_s,
                              u"%"_s,
                              u"_"_s,
                              u"\"; DROP TABLE person; --"_s,
                              u"' OR 1=1 --"_s,
                              u"%а%"_s,
                              QString(u"ор"_s) + QChar(0) + u"л"_s,
                              QString::fromUtf8("\xff\xfe\xc3"),
                              u"\\"_s,
                              u"   "_s};
    for (const QString &text : hostile) {
        INFO(text.toStdString());
        CHECK_NOTHROW(search.find(text));
    }
    CHECK(r.titles(u"%"_s).isEmpty());
    CHECK(r.titles(u"' OR 1=1 --"_s).isEmpty());
    CHECK(r.titles(u"o'brien"_s) == QStringList{u"O'Brien Anna"_s});
    CHECK(r.titles(u"obri"_s) == QStringList{u"O'Brien Anna"_s});
    CHECK(r.titles(QString(10 * 1024 * 1024, u'a')).isEmpty());
    CHECK(r.titles(u"Орлова"_s) == QStringList{u"Орлова Анна"_s});
}

TEST_CASE("every list's filter takes hostile text as data, also 10 MB of it")
{
    Register r;
    const qint64 anna = r.add(u"Орлова"_s, u"Анна"_s, {}, u"+7 903 111-22-33"_s);
    CaseRecord c;
    c.personId = anna;
    c.openedOn = QDate(2026, 1, 10);
    CaseRepository(r.t.db()).create(c);
    Volunteer v;
    v.surname = u"Белова"_s;
    v.skills = u"психолог"_s;
    VolunteerRepository(r.t.db()).create(v);

    QString words; // five million one-letter words: more than SQLite takes as parameters
    for (int i = 0; i < 5'000'000; ++i)
        words += u"я "_s;
    // Each input with the rows it must give: punctuation alone filters nothing (as an empty
    // box), like the search it is ignored; a NUL is dropped; the rest finds no one.
    const QList<QPair<QString, qint64>> hostile{
        {u"'"_s, 1},
        {u"%"_s, 1},
        {u"_"_s, 1},
        {QString::fromUtf8("\xff\xfe\xc3\x28"), 1},
        {u"' OR 1=1 --"_s, 0},
        {u"\"; DROP TABLE person; --"_s, 0},
        {QString(u"ор"_s) + QChar(0) + u"л"_s, 1},
        {QString(10 * 1024 * 1024, u'a'), 0},
        {words, 0},
    };
    PersonRepository people(r.t.db());
    CaseRepository cases(r.t.db());
    VolunteerRepository volunteers(r.t.db());
    for (const auto &[text, rows] : hostile) {
        INFO(text.left(40).toStdString() << " (" << text.size() << " characters)");
        PersonFilter pf;
        pf.text = text;
        CaseFilter cf;
        cf.text = text;
        // The rows expected, or a plain refusal: never an SQL error.
        try {
            CHECK(people.list(pf, {}).total == rows);
            CHECK(cases.list(cf, {}).total == rows);
        } catch (const Error &e) {
            CHECK_FALSE(e.userMessage().contains(u"SQL"_s, Qt::CaseInsensitive));
            CHECK_FALSE(e.userMessage().isEmpty());
        }
        // Белова is found by nothing here but the empty filters.
        const bool empty = searchKey(text).isEmpty();
        CHECK(volunteers.list({text, true}, {}).total == (empty ? 1 : 0));
    }
    // The database is untouched and the ordinary filters still find their rows.
    PersonFilter pf;
    pf.text = u"орл ан"_s;
    CHECK(people.list(pf, {}).total == 1);
    CaseFilter cf;
    cf.text = u"Орлова"_s;
    CHECK(cases.list(cf, {}).total == 1);
    CHECK(volunteers.list({u"ПСИХ"_s, false}, {}).total == 1);
}
