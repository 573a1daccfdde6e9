#pragma once

#include "db/database.h"

#include <QStringList>

namespace opora::demo {

// Fictional names and texts in the profile's language.
struct DemoNames
{
    QStringList femaleFirst;
    QStringList maleFirst;
    QStringList surnamesMale; // the female form is derived where the language needs it
    QStringList patronymics;  // "male|female" pairs, e.g. "Сергеевич|Сергеевна"
    QStringList streets;
    QString city;
    QString addressFormat; // city, street, house, flat
    QStringList notes;     // case notes a specialist would write
    QStringList statusComments;
    QString representative; // "legal representative: %1"
    QString consentScope;
};

const DemoNames &demoNames(Profile profile);

QString femaleSurname(Profile profile, const QString &male);
// The family's name: "Семья Поповых", "Сім'я Шевченків".
QString familyName(Profile profile, const QString &maleSurname);
QString patronymic(Profile profile, const QString &pair, bool female);

} // namespace opora::demo
