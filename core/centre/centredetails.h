#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace opora {

class Database;

// The centre's own name and logo, for the title blocks of its documents.
struct CentreDetails
{
    QString name;
    QByteArray logoPng; // empty when there is none

    static CentreDetails load(const Database &db);
    // Saves both and records the change in the audit trail.
    void save(Database &db) const;
};

// At most this many bytes of logo: it lives in the database file.
inline constexpr qsizetype MaxLogoBytes = 512 * 1024;

class CentreDetailsText
{
    Q_DECLARE_TR_FUNCTIONS(opora::CentreDetails)
};

} // namespace opora
