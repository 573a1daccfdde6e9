#pragma once

#include "csv/csvheadermapper.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace opora {

class Database;

// What the rows of one CSV file refer to — people, staff, departments, closure reasons — read
// once per import and looked up by the names people write, as the search compares them.
class ExchangeIndex
{
    Q_DECLARE_TR_FUNCTIONS(opora::ExchangeIndex)

public:
    // Reads the people who share a surname with a row of table (its person columns), so the
    // time follows the file, not the size of the register.
    ExchangeIndex(const Database &db, const CsvTable &table);

    // The columns that name a person of the register in a file of another kind.
    static QList<CsvColumn> personColumns(bool required);
    // The key a person is matched by: surname, first name, patronymic and birth date.
    static QString personKey(const QString &surname, const QString &firstName,
                             const QString &patronymic, const QString &isoBirthDate);

    // The person the row names (its surname, first_name, patronymic and birth_date); without a
    // birth date the name must be unique. 0, with a reason, when there is no such person or
    // several; 0 without a reason when the row names nobody.
    qint64 person(const CsvHeaderMapper &map, const CsvRecord &row, QStringList &reasons) const;
    // A member of staff by "Surname First Patronymic" or "Surname First"; empty text is 0.
    qint64 staff(const QString &name, QStringList &reasons) const;
    qint64 department(const QString &name, QStringList &reasons) const;
    qint64 closureReason(const QString &name, QStringList &reasons) const;
    // A project not archived, by name; empty text is 0.
    qint64 project(const QString &name, QStringList &reasons) const;
    // Looks up at once the case numbers a file gives in its column key, for caseByNumber.
    void loadCases(const CsvTable &table, const QList<CsvColumn> &columns, const QString &key);
    // A case by its number: from loadCases, else looked up as rows name them (a file names few
    // of the register's cases); empty text is 0.
    qint64 caseByNumber(const QString &number, QStringList &reasons) const;
    // An event not archived by its title (compared as the search compares names) and date, and
    // its start time when given: its id, -1 when several match, 0 when none does. The events
    // are read at the first call.
    qint64 event(const QString &title, const QDate &date, const QString &startsAt = {}) const;

    // The code a cell means: choices are lists of accepted spellings, the code first; a
    // constant that lives as long as the program.
    static QString choice(const QString &text, const QList<QStringList> &choices, bool *ok);

private:
    // The id name stands for in index; 0 for an empty name, or with a reason (several, when
    // given, for a name two records share; missing otherwise), written only when needed.
    using Message = std::function<QString()>;
    qint64 find(const QHash<QString, qint64> &index, const QString &name, QStringList &reasons,
                const Message &missing, const Message &several = {}) const;
    // searchKey of a name, kept: the rows of a file repeat names (staff, departments, first
    // names).
    QString keyOf(const QString &text) const;
    mutable QHash<QString, QString> m_keys;
    QHash<QString, qint64> m_people; // full key, and name-only key (-1 when not unique)
    QHash<QString, qint64> m_staff;  // -1 when two share the name
    QHash<QString, qint64> m_departments;
    QHash<QString, qint64> m_reasons;
    QHash<QString, qint64> m_projects;
    const Database &m_db;
    mutable QHash<QString, qint64> m_cases;                 // number -> id, 0 when there is none
    mutable std::optional<QHash<QString, qint64>> m_events; // title|date[|start] -> id, -1
};

} // namespace opora
