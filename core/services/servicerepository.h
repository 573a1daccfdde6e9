#pragma once

#include "register/page.h"
#include "services/servicerecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

#include <optional>

namespace opora {

class Database;

struct JournalFilter
{
    QDate from;
    QDate to;
    qint64 staffId = 0;
    qint64 departmentId = 0; // the department of the case
    qint64 itemId = 0;
    QString type;
    QString form;
    qint64 projectId = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
};

struct JournalRow
{
    qint64 id = 0;
    QDate date;
    QString caseNumber;
    QString person;
    QString item;
    QString type;
    double quantity = 0;
    int durationMinutes = 0;
    QString form;
    QString staff;
};

// Totals of every row the filter selects, not only of the page shown.
struct JournalTotals
{
    qint64 records = 0;
    double quantity = 0;
    double hours = 0;
    qint64 people = 0; // distinct people served
};

// A case a service can be written to: open, of the person or of their family.
struct OpenCase
{
    qint64 id = 0;
    QString number;
    QString status;
    qint64 responsibleId = 0;
};

// The service catalogue and the journal of services delivered.
class ServiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::ServiceRepository)

public:
    explicit ServiceRepository(Database &db);

    QList<ServiceItem> catalogue(bool activeOnly = true) const;
    ServiceItem item(qint64 id) const;

    ServiceRecord get(qint64 id) const;
    qint64 create(const ServiceRecord &record);
    // "This service, these people": one record per person of the template, in one
    // transaction; nothing is saved when one of them is invalid.
    QList<qint64> createForPeople(const ServiceRecord &pattern, const QList<qint64> &personIds);
    // A day's sheet or an import: every record or, when one is refused, none; one statement
    // and one batch of audit entries for all.
    QList<qint64> createAll(const QList<ServiceRecord> &records);
    // The same for records that each passed validate() just before, as an import's rows do.
    QList<qint64> createValidated(const QList<ServiceRecord> &records);
    // The person's open cases (their own and their family's), the newest first.
    QList<OpenCase> openCasesOf(qint64 personId) const;
    void update(const ServiceRecord &record);
    void archive(qint64 id, int version);

    Page<JournalRow> journal(const JournalFilter &filter, const PageRequest &request) const;
    JournalTotals totals(const JournalFilter &filter) const;
    // The totals but people, which take longest to count (each service's person looked up
    // among those already seen): for a list that shows its rows first (people stay 0).
    JournalTotals sums(const JournalFilter &filter) const;
    static QStringList sortKeys(); // date, item, person, staff

    // Checks a record against the case, the person, the catalogue and the calendar.
    void validate(const ServiceRecord &record) const;

private:
    struct ItemRule
    {
        bool active = false;
        QStringList forms;
    };
    // Whether an item of the catalogue is offered and in which forms, read once per item for
    // this repository's checks (an import checks thousands of rows).
    std::optional<ItemRule> itemRule(qint64 itemId) const;
    mutable QHash<qint64, std::optional<ItemRule>> m_itemRules;
    // One row of aggregates (columns) over the services the filter selects.
    QVariantList aggregate(const JournalFilter &filter, const QStringList &columns) const;
    // The FROM clause of a journal page: in the order that reads the page soonest.
    QString journalTables(const QString &sortKey, qint64 rows, const QString &where,
                          const QList<QPair<QString, QVariant>> &binds) const;

    Database &m_db;
};

} // namespace opora
