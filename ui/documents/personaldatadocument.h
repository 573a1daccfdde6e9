#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace opora::ui {

class PagedDocument;

// The PDF of everything held about one person (PersonalData::collect), for the person's own
// request: the same sections as the JSON, in the interface language.
class PersonalDataDocument
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::PersonalDataDocument)

public:
    static void make(const QJsonObject &data, const QString &centre, PagedDocument &document);
};

} // namespace opora::ui
