#include "documents/roundtabledialog.h"

#include "audit/auditlog.h"
#include "documents/roundtabledocument.h"
#include "i18n/language.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

RoundTableDialog::RoundTableDialog(Database &db, qint64 projectId, const QDate &asOf,
                                   QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_projectId(projectId)
    , m_asOf(new QDateEdit(asOf, this))
    , m_hideSmall(new QCheckBox(tr("Show counts of 1 or 2 as \"<3\""), this))
    , m_named(new QCheckBox(tr("Named variant for internal use (lists the target group by "
                               "name)"),
                            this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Round-table document"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateFormat());
    m_named->setObjectName(u"named"_s);
    m_hideSmall->setObjectName(u"hideSmall"_s);
    auto *explain = new QLabel(tr("The document is anonymised: it holds figures only, never a "
                                  "recipient's name, birth date, address, phone or case "
                                  "number."),
                               this);
    explain->setWordWrap(true);
    auto *warning = new QLabel(tr("The named variant contains personal data: do not hand it "
                                  "out or send it outside the centre."),
                               this);
    warning->setWordWrap(true);
    warning->setStyleSheet(u"color: #9b2226;"_s);
    warning->setVisible(false);
    connect(m_named, &QCheckBox::toggled, warning, &QWidget::setVisible);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Figures as of"), m_asOf);
    form->addRow(QString(), m_hideSmall);
    form->addRow(QString(), m_named);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton =
        buttons->addButton(tr("Preview and &print…"), QDialogButtonBox::ActionRole);
    auto *pdfButton = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, &RoundTableDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &RoundTableDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

RoundTableOptions RoundTableDialog::options() const
{
    RoundTableOptions o;
    o.asOf = m_asOf->date();
    o.named = m_named->isChecked();
    o.hideSmallCounts = m_hideSmall->isChecked();
    return o;
}

void RoundTableDialog::preview()
{
    RoundTableDocument document(m_db, m_projectId, options());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(document.suggestedFileName());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    // The same painting as the PDF: what is previewed is what prints.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { document.document().paint(target); });
    dialog.resize(1000, 760);
    if (dialog.exec() == QDialog::Accepted)
        recordDocument(m_db, AuditAction::Print, u"project"_s, m_projectId,
                       {options().named ? u"roundtable_named"_s : u"roundtable"_s});
}

bool RoundTableDialog::saveTo(const QString &path)
{
    RoundTableDocument document(m_db, m_projectId, options());
    if (!document.document().writePdf(path)) {
        m_status->setText(tr("Could not write %1. Choose another folder or file name.")
                              .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    recordDocument(m_db, AuditAction::Export, u"project"_s, m_projectId,
                   {options().named ? u"roundtable_named"_s : u"roundtable"_s});
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RoundTableDialog::savePdf()
{
    const RoundTableDocument document(m_db, m_projectId, options());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir(folder).filePath(document.suggestedFileName()),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace opora::ui
