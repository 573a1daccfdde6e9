#pragma once

#include "register/page.h"

#include <QDate>
#include <QList>
#include <QString>

namespace opora {

class Database;

struct AuditFilter
{
    qint64 userId = 0; // 0: anyone
    QString entity;    // empty: any kind of record
    qint64 entityId = 0;
    QDate from; // by the UTC day of the entry; invalid: open
    QDate to;
};

struct AuditEntry
{
    qint64 id = 0;
    QString at; // UTC, ISO-8601
    QString user;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString fields;
};

struct AuditUser
{
    qint64 id = 0;
    QString name;
};

// Reading the audit trail for the administrator's viewer, newest first, a page at a time.
class AuditQuery
{
public:
    explicit AuditQuery(const Database &db);
    Page<AuditEntry> entries(const AuditFilter &filter, const PageRequest &request) const;
    QList<AuditUser> users() const;
    QStringList entities() const; // the kinds of record the trail names

private:
    const Database &m_db;
};

} // namespace opora
