#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace opora {

// A person of the register: a recipient or a member of a recipient's household.
struct PersonRecord
{
    qint64 id = 0;
    QString surname;
    QString firstName;
    QString patronymic;
    QDate birthDate; // invalid when not known
    QString sex;     // "f", "m" or empty
    QString phone;
    QString address;
    QString document;
    QString notes;
    QList<qint64> categoryIds; // ref_item ids of the list "category"
    bool archived = false;
    int version = 0; // the version read; an update must carry it

    QString fullName() const;
};

// SQL for a person's full name ("Surname First Patronymic") from the person table under alias,
// written once so every list names people the same way as PersonRecord::fullName().
QString personNameSql(const QString &alias);

// The fields a conflict or an audit entry names, in the order a form shows them.
QStringList personFieldNames();

} // namespace opora
