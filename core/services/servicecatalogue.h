#pragma once

#include "services/servicerecord.h"

#include <QCoreApplication>

namespace opora {

class Database;

// An item of the catalogue as the administrator edits it.
struct CatalogueItem
{
    ServiceItem item;
    bool inUse = false; // services or plans refer to it: it can be deactivated, not deleted
    int version = 0;
};

// The service catalogue, seeded from the region profile and edited by the administrator
// (Permission::ManageReference, checked in core). An item in use is deactivated, never deleted,
// and keeps its code, which CSV files refer to.
class ServiceCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(opora::ServiceCatalogue)

public:
    explicit ServiceCatalogue(Database &db);

    QList<CatalogueItem> items() const;
    CatalogueItem get(qint64 id) const;
    // The types of the region profile's catalogue (RU: art. 20 of 442-FZ; UA: classifier groups).
    QStringList types() const;
    static QStringList units(); // service, hour, session

    qint64 create(const ServiceItem &item);
    void update(const ServiceItem &item, int version);
    void setActive(qint64 id, int version, bool active);
    void remove(qint64 id); // only an item nothing refers to

private:
    void validate(const ServiceItem &item) const;
    bool inUse(qint64 id) const;
    Database &m_db;
};

} // namespace opora
