#include "documents/perioddialog.h"

#include "clock.h"
#include "documents/casedocuments.h"
#include "documents/documentactions.h"
#include "i18n/language.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace opora::ui {

PeriodReportDialog::PeriodReportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setWindowTitle(tr("Report for a period"));
    // The last full quarter: the period reports are most often asked for.
    const QDate now = today();
    const QDate quarter(now.year(), (now.month() - 1) / 3 * 3 + 1, 1);
    m_from->setDate(quarter.addMonths(-3));
    m_to->setDate(quarter.addDays(-1));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
    }
    auto *error = new QLabel(this);
    error->setStyleSheet(u"color: #9b2226;"_s);
    const DocumentSpec spec{
        tr("Report for a period"),
        [&db, this](PagedDocument &d) { periodReport(db, m_from->date(), m_to->date(), d); },
        [this] {
            return tr("Report %1 – %2.pdf")
                .arg(m_from->date().toString(u"yyyy-MM-dd"_s),
                     m_to->date().toString(u"yyyy-MM-dd"_s));
        },
        u"centre"_s,
        [] { return qint64(0); },
        u"period"_s};
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Preview and &print…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    const auto checked = [this, error] {
        const bool ok = m_to->date() >= m_from->date();
        error->setText(ok ? QString() : tr("The period ends before it starts."));
        return ok;
    };
    connect(preview, &QPushButton::clicked, this, [&db, this, spec, checked] {
        if (checked())
            previewDocument(db, this, spec);
    });
    connect(pdf, &QPushButton::clicked, this, [&db, this, spec, checked] {
        if (checked())
            saveDocumentPdf(db, this, spec);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(error);
    form->addRow(buttons);
}

} // namespace opora::ui
