#include "documents/documentactions.h"

#include "audit/auditlog.h"
#include "documents/pageddocument.h"
#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::DocumentActions)
};

} // namespace

namespace {

// Builds the document; a refusal (a role without the permission, a record gone) is shown to
// the user and nothing is printed or saved.
bool make(QWidget *parent, const DocumentSpec &spec, PagedDocument &document)
{
    try {
        spec.make(document);
    } catch (const Error &e) {
        QMessageBox::warning(parent, spec.title, e.userMessage());
        return false;
    }
    return true;
}

} // namespace

void previewDocument(Database &db, QWidget *parent, const DocumentSpec &spec)
{
    PagedDocument document;
    if (!make(parent, spec, document))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { document.paint(target); });
    dialog.resize(1000, 760);
    if (dialog.exec() == QDialog::Accepted)
        recordDocument(db, AuditAction::Print, spec.entity, spec.id(), {spec.what});
}

void saveDocumentPdf(Database &db, QWidget *parent, const DocumentSpec &spec)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, Text::tr("Save as PDF"),
                                                      QDir(folder).filePath(spec.fileName()),
                                                      Text::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    PagedDocument document;
    if (!make(parent, spec, document))
        return;
    if (!document.writePdf(path)) {
        QMessageBox::warning(parent, Text::tr("Save as PDF"),
                             Text::tr("Could not write %1. Choose another folder or file name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    recordDocument(db, AuditAction::Export, spec.entity, spec.id(), {spec.what});
}

void addDocumentActions(Database &db, QMenu *menu, const DocumentSpec &spec)
{
    menu->addSection(spec.title);
    QWidget *parent = menu->parentWidget();
    menu->addAction(Text::tr("Preview and print…"), menu,
                    [&db, parent, spec] { previewDocument(db, parent, spec); });
    menu->addAction(Text::tr("Save as PDF…"), menu,
                    [&db, parent, spec] { saveDocumentPdf(db, parent, spec); });
}

} // namespace opora::ui
