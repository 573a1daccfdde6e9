#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace opora {

class Database;

// One result of the type-ahead search over people and cases.
struct SearchHit
{
    enum class Kind { Person, Case };
    Kind kind = Kind::Person;
    qint64 id = 0;
    QString title;  // the person's full name, or the case number
    QString detail; // birth date and phone of a person; subject and status of a case
    bool archived = false;
};

// The search behind the window's search field and `opora-cli search`:
// - words: prefixes of surname, first name and patronymic, in any order, each narrowing;
//   case-insensitive for Cyrillic and Latin, ё = е; exact surnames first;
// - a case number, full or partial ("2025-00", "0042");
// - phone digits in any spelling, also the last digits of a number.
// Archived records only when asked. Input is data only: it never reaches SQL as text.
class RegisterSearch
{
    Q_DECLARE_TR_FUNCTIONS(opora::RegisterSearch)

public:
    explicit RegisterSearch(const Database &db);
    QList<SearchHit> find(const QString &text, int limit = 20, bool withArchived = false) const;

    static constexpr int MaxQueryLength = 200;

private:
    QList<SearchHit> findCasesByNumber(const QString &text, int limit, bool withArchived) const;
    QList<SearchHit> findPeopleByPhone(const QString &digits, int limit, bool withArchived) const;
    QList<SearchHit> findPeopleByName(const QStringList &keys, int limit, bool withArchived) const;
    QList<SearchHit> casesOfPeople(const QList<SearchHit> &people, int limit,
                                   bool withArchived) const;
    const Database &m_db;
};

} // namespace opora
