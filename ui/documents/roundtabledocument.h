#pragma once

#include "documents/pageddocument.h"

#include <QCoreApplication>
#include <QDate>

namespace opora {
class Database;
}

namespace opora::ui {

struct RoundTableOptions
{
    QDate asOf;                   // the figures' date, usually the round table's
    bool named = false;           // internal variant with the target group's names
    bool hideSmallCounts = false; // counts of 1 or 2 shown as "<3"
};

// The project's information and analytical materials for a round table and its funder: title
// block, passport, indicators (the engine's own figures), charts, events, services, the target
// group in aggregate, volunteers and partners, and the manager's sections. Anonymised unless
// the named variant is asked for: no recipient's name, birth date, address, phone or case
// number appears in it.
class RoundTableDocument
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::RoundTableDocument)

public:
    RoundTableDocument(Database &db, qint64 projectId, const RoundTableOptions &options);
    PagedDocument &document() { return m_document; }
    // A file name for the PDF: the project and the date, without characters files dislike.
    QString suggestedFileName() const;

private:
    QString count(qint64 n) const;
    QString build(Database &db, qint64 projectId);
    RoundTableOptions m_options;
    PagedDocument m_document;
    QString m_projectName;
};

} // namespace opora::ui
