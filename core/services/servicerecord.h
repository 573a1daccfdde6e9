#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace opora {

// An item of the service catalogue (seeded from the region profile, edited by the
// administrator; an item in use is deactivated, never deleted).
struct ServiceItem
{
    qint64 id = 0;
    QString code;
    QString name;
    QString type;      // RU: the types of 442-FZ art. 20; UA: the classifier group
    QString unit;      // service, hour, session
    QStringList forms; // of home, day, residential, remote
    bool active = true;
};

QStringList serviceForms(); // home, day, residential, remote

// One service delivered: a line of the journal.
struct ServiceRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0; // the person served: the case's person or a member of its family
    qint64 itemId = 0;
    QDate date;
    qint64 staffId = 0;
    double quantity = 1;
    int durationMinutes = 0; // 0: not recorded
    QString form;
    qint64 projectId = 0;
    QString note;
    bool archived = false;
    int version = 0;
};

} // namespace opora
