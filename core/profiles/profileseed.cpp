#include "profiles/profileseed.h"

#include "clock.h"
#include "db/query.h"
#include "error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

QJsonObject loadProfile(Profile profile)
{
    QFile file(u":/opora/profiles/%1.json"_s.arg(profileCode(profile)));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("opora::Database",
                                                "The program is incomplete: "
                                                "the region profile is missing."),
                    file.fileName());
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void seedProfile(Database &db, Profile profile)
{
    const QJsonObject json = loadProfile(profile);
    const QString now = nowUtc();

    Query user(db, u"INSERT INTO users(login, display_name, role, created_at, updated_at) "
                   "VALUES('admin', :name, 'admin', :now, :now)"_s);
    user.bind(u":name"_s, json.value(u"administrator"_s).toString()).bind(u":now"_s, now).exec();
    db.setActorId(user.lastInsertId());

    Query department(db, u"INSERT INTO department(name, created_at, updated_at, created_by, "
                         "updated_by) VALUES(:name, :now, :now, :actor, :actor)"_s);
    for (const QJsonValue &name : json.value(u"departments"_s).toArray())
        department.bind(u":name"_s, name.toString())
            .bind(u":now"_s, now)
            .bind(u":actor"_s, db.actorId())
            .exec();

    Query item(db, u"INSERT INTO ref_item(list, code, name, sort_order, created_at, updated_at, "
                   "created_by, updated_by) VALUES(:list, :code, :name, :sort, :now, :now, "
                   ":actor, :actor)"_s);
    const QJsonObject lists = json.value(u"lists"_s).toObject();
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it) {
        int sort = 0;
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonArray pair = entry.toArray();
            item.bind(u":list"_s, it.key())
                .bind(u":code"_s, pair.at(0).toString())
                .bind(u":name"_s, pair.at(1).toString())
                .bind(u":sort"_s, sort += 10)
                .bind(u":now"_s, now)
                .bind(u":actor"_s, db.actorId())
                .exec();
        }
    }

    // The service catalogue: code, type, name, unit, allowed forms.
    Query service(db, u"INSERT INTO service_item(code, type, name, unit, forms, sort_order, "
                      "created_at, updated_at) VALUES(:code, :type, :name, :unit, :forms, :sort, "
                      ":now, :now)"_s);
    int sort = 0;
    for (const QJsonValue &entry : json.value(u"services"_s).toArray()) {
        const QJsonArray fields = entry.toArray();
        service.bind(u":code"_s, fields.at(0).toString())
            .bind(u":type"_s, fields.at(1).toString())
            .bind(u":name"_s, fields.at(2).toString())
            .bind(u":unit"_s, fields.at(3).toString())
            .bind(u":forms"_s, fields.at(4).toString())
            .bind(u":sort"_s, sort += 10)
            .bind(u":now"_s, now)
            .exec();
    }
}

} // namespace opora
