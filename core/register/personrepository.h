#pragma once

#include "register/page.h"
#include "register/person.h"

#include <QCoreApplication>

namespace opora {

class Database;

// Filters of the people list; empty members do not filter.
struct PersonFilter
{
    QString text;          // words matched against surname, first name and patronymic
    qint64 categoryId = 0; // only people of this category
    bool withArchived = false;
};

// A row of the people list.
struct PersonRow
{
    qint64 id = 0;
    QString name; // "Surname First Patronymic"
    QDate birthDate;
    QString phone;
    QString categories; // category names, comma separated
    int openCases = 0;
    bool archived = false;
};

// People of the register: read, create, update, archive and restore. Every change is checked,
// versioned and written to the audit trail in the same transaction.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::PersonRepository)

public:
    explicit PersonRepository(Database &db);

    // Throws Error(NotFound) when there is no such person.
    PersonRecord get(qint64 id) const;
    // Returns the new id; throws ValidationError.
    qint64 create(const PersonRecord &person);
    // Many people in one transaction (an import): the same rows and audit entries as create()
    // for each, with every statement prepared once. All or nothing.
    void createMany(const QList<PersonRecord> &people);
    // Saves person over the stored record of the same version; throws ValidationError or, when
    // someone saved in between, ConflictError naming the fields that now differ.
    void update(const PersonRecord &person);
    void archive(qint64 id, int version);
    void restore(qint64 id, int version);

    Page<PersonRow> list(const PersonFilter &filter, const PageRequest &request) const;
    static QStringList sortKeys(); // name, birth_date, updated

    // Checks a record without saving it.
    static void validate(const PersonRecord &person);

private:
    void writeCategories(qint64 id, const QList<qint64> &categoryIds);
    void setArchived(qint64 id, int version, bool archived);
    Database &m_db;
};

// Names the fields in which two versions of a record differ.
QStringList changedPersonFields(const PersonRecord &a, const PersonRecord &b);

} // namespace opora
