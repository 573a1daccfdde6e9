#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opora {

class Database;

// A member of the centre's staff: the specialist of a service, the person responsible for a
// case, an organiser of an event. Staff are deactivated, never deleted: old records keep them.
struct StaffMember
{
    qint64 id = 0;
    QString surname;
    QString firstName;
    QString patronymic;
    QString position;
    qint64 departmentId = 0;
    QString department; // filled when read
    QString phone;
    QString email;
    bool active = true;
    int version = 0;
};

// Staff, managed by the administrator (Permission::ManageReference, checked in core).
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::StaffRepository)

public:
    explicit StaffRepository(Database &db);

    QList<StaffMember> list(bool includeInactive = true) const;
    StaffMember get(qint64 id) const;
    qint64 create(const StaffMember &member);
    void update(const StaffMember &member);
    void setActive(qint64 id, int version, bool active);

    void validate(const StaffMember &member) const;

private:
    Database &m_db;
};

} // namespace opora
