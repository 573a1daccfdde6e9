#include "centre/centredetails.h"

#include "audit/auditlog.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"

using namespace Qt::StringLiterals;

namespace opora {

CentreDetails CentreDetails::load(const Database &db)
{
    CentreDetails d;
    d.name = db.setting(u"centre_name"_s);
    d.logoPng = QByteArray::fromBase64(db.setting(u"centre_logo"_s).toLatin1());
    return d;
}

void CentreDetails::save(Database &db) const
{
    Validator v;
    v.require(name.trimmed().size() <= 300, u"name"_s,
              CentreDetailsText::tr("The centre's name is too long."));
    v.require(logoPng.size() <= MaxLogoBytes, u"logo"_s,
              CentreDetailsText::tr("The logo is too large: choose a smaller picture."));
    v.throwIfInvalid();
    WriteTransaction tx(db);
    for (const auto &[key, value] :
         {std::pair{u"centre_name"_s, name.trimmed()},
          std::pair{u"centre_logo"_s, QString::fromLatin1(logoPng.toBase64())}})
        Query(db, u"INSERT INTO settings(key, value) VALUES(:key, :value) ON CONFLICT(key) DO "
                  "UPDATE SET value = excluded.value"_s)
            .bind(u":key"_s, key)
            .bind(u":value"_s, value)
            .exec();
    recordAudit(db, AuditAction::Update, u"settings"_s, 0, {u"centre_name"_s, u"centre_logo"_s});
    tx.commit();
}

} // namespace opora
