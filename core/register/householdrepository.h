#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opora {

class Database;

struct HouseholdMember
{
    qint64 personId = 0;
    QString relation; // mother, father, child, grandparent, guardian, partner, other
    QString name;     // filled when read
};

// A family (household) with its members.
struct HouseholdRecord
{
    qint64 id = 0;
    QString name;
    QString address;
    QString notes;
    QList<HouseholdMember> members;
    bool archived = false;
    int version = 0;
};

QStringList householdRelations();

class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::HouseholdRepository)

public:
    explicit HouseholdRepository(Database &db);

    HouseholdRecord get(qint64 id) const;
    qint64 create(const HouseholdRecord &household);
    void update(const HouseholdRecord &household);
    // The families of an imported file in one transaction: new ones (id 0) with their members,
    // and for families already stored (id set) the members to add to them. One audit entry per
    // family, in two batches.
    void importFamilies(const QList<HouseholdRecord> &families);
    void archive(qint64 id, int version);
    void restore(qint64 id, int version);
    // The households a person belongs to.
    QList<qint64> householdsOf(qint64 personId) const;

    static void validate(const HouseholdRecord &household);

private:
    qint64 insertRow(const HouseholdRecord &household, const QString &now);
    void insertMembers(qint64 id, const QList<HouseholdMember> &members);
    void writeMembers(qint64 id, const QList<HouseholdMember> &members);
    Database &m_db;
};

} // namespace opora
