#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace opora {

class Database;

// Everything Opora holds about one person, for the person's own request (the right of access
// to one's personal data): their details, categories, consents, the families they belong to
// (without the other members), the cases about them with status history, plan and general
// notes, the family cases they are part of (number and period only), the services they
// received, the events they attended, project enrolments and a volunteer's record. Nothing
// about other family members; psychologists' notes stay out, as in the printed case file.
// Needs the ExportNamed permission; every export is recorded in the audit trail.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(opora::PersonalData)

public:
    static QJsonObject collect(Database &db, qint64 personId);
    // Writes collect() as indented UTF-8 JSON to path and records the export.
    static void writeJson(Database &db, qint64 personId, const QString &path);
};

} // namespace opora
