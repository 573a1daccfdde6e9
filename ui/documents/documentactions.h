#pragma once

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class PagedDocument;

// A document the user can look at and print, or save as PDF. Its parts are asked for when used,
// so the figures and the record are current. Printing and saving go through the same painting
// and are recorded in the audit trail as (entity, id, what).
struct DocumentSpec
{
    QString title;
    std::function<void(PagedDocument &)> make;
    std::function<QString()> fileName;
    QString entity;
    std::function<qint64()> id;
    QString what;
};

void previewDocument(Database &db, QWidget *parent, const DocumentSpec &spec);
void saveDocumentPdf(Database &db, QWidget *parent, const DocumentSpec &spec);
// Adds "Preview and print…" and "Save as PDF…" under the document's title to a menu.
void addDocumentActions(Database &db, QMenu *menu, const DocumentSpec &spec);

} // namespace opora::ui
