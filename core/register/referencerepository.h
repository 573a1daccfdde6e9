#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace opora {

class Database;
class Validator;

// An entry of an editable reference list: a ref_item (category, circumstance,
// closure_reason) or a department.
struct ReferenceItem
{
    qint64 id = 0;
    QString code; // stable code of a ref_item; empty for departments and new items
    QString name;
    bool active = true;
    bool inUse = false; // records refer to it: it can be deactivated, not deleted
    int version = 0;
};

// The administrator's editing of reference lists and departments. Items are renamed,
// added, deactivated and activated again; nothing that records use is ever deleted.
class ReferenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::ReferenceRepository)

public:
    explicit ReferenceRepository(Database &db);

    // list: "category", "circumstance", "closure_reason" or "department".
    static QStringList lists();
    QList<ReferenceItem> items(const QString &list) const;
    qint64 add(const QString &list, const QString &name);
    void rename(const QString &list, qint64 id, int version, const QString &name);
    void setActive(const QString &list, qint64 id, int version, bool active);
    // Deletes an item no record uses; throws Error(Validation) for one in use.
    void remove(const QString &list, qint64 id);

private:
    bool inUse(const QString &list, qint64 id) const;
    Database &m_db;
};

// One consent to the processing of personal data.
struct ConsentRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate givenOn;
    QString signedBy; // the person, or their legal representative for a minor
    QString scope;
    QDate withdrawnOn;
    int version = 0;
};

class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::ConsentRepository)

public:
    explicit ConsentRepository(Database &db);
    QList<ConsentRecord> forPerson(qint64 personId) const;
    qint64 give(const ConsentRecord &consent);
    // Consents of a file, given and perhaps withdrawn since: all checked, then stored in one
    // transaction with one batch of audit entries.
    QList<qint64> giveMany(const QList<ConsentRecord> &consents);
    void withdraw(qint64 id, int version, const QDate &on);

private:
    static void checkWithdrawal(Validator &v, const QDate &given, const QDate &on, bool required);
    Database &m_db;
};

} // namespace opora
