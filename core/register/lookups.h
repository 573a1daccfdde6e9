#pragma once

#include <QList>
#include <QString>

namespace opora {

class Database;

// An entry of a choice list in a form: an id and the name shown.
struct Choice
{
    qint64 id = 0;
    QString name;
};

// Active departments, in their order.
QList<Choice> departmentChoices(const Database &db);
// SQL for a staff member's short name ("Surname F. P.") from the staff table under alias.
QString staffShortNameSql(const QString &alias);
// Active staff ("Surname F. P."), of one department when departmentId > 0.
QList<Choice> staffChoices(const Database &db, qint64 departmentId = 0);
// Active items of a reference list (category, circumstance, closure_reason).
QList<Choice> refChoices(const Database &db, const QString &list);
// The name of any reference item, also an inactive one (empty when there is none).
QString refName(const Database &db, qint64 id);

} // namespace opora
