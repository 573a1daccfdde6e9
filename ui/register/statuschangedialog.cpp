#include "register/statuschangedialog.h"

#include "clock.h"
#include "error.h"
#include "i18n/language.h"
#include "register/caserepository.h"
#include "register/lookups.h"
#include "register/registermodels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opora::ui {

StatusChangeDialog::StatusChangeDialog(Database &db, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_caseId(caseId)
{
    const CaseRecord c = CaseRepository(db).get(caseId);
    m_version = c.version;
    setWindowTitle(tr("Change the status of case %1").arg(c.number));
    m_status = new QComboBox(this);
    for (const QString &s : CaseStatus::next(c.status))
        m_status->addItem(c.status == CaseStatus::Closed ? tr("Re-open: %1").arg(caseStatusName(s))
                                                         : caseStatusName(s),
                          s);
    m_date = new QDateEdit(today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_date->setMaximumDate(today());
    m_comment = new QLineEdit(this);
    m_reason = new QComboBox(this);
    for (const Choice &r : refChoices(db, QStringLiteral("closure_reason")))
        m_reason->addItem(r.name, r.id);
    m_outcome = new QComboBox(this);
    for (const QString &o : caseOutcomes())
        m_outcome->addItem(caseOutcomeName(o), o);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("New &status"), m_status);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Comment"), m_comment);
    m_reasonLabel = new QLabel(tr("&Reason for closing"), this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    m_outcomeLabel = new QLabel(tr("&Outcome"), this);
    m_outcomeLabel->setBuddy(m_outcome);
    form->addRow(m_outcomeLabel, m_outcome);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            &StatusChangeDialog::updateClosingFields);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateClosingFields();
}

void StatusChangeDialog::updateClosingFields()
{
    const bool closing = m_status->currentData().toString() == CaseStatus::Closed;
    for (QWidget *w :
         {static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_outcome),
          static_cast<QWidget *>(m_reasonLabel), static_cast<QWidget *>(m_outcomeLabel)})
        w->setVisible(closing);
    adjustSize();
}

void StatusChangeDialog::accept()
{
    const QString status = m_status->currentData().toString();
    const bool closing = status == CaseStatus::Closed;
    try {
        CaseRepository(m_db).changeStatus(
            m_caseId, m_version, status, m_date->date(), m_comment->text(),
            closing ? m_reason->currentData().toLongLong() : 0,
            closing ? m_outcome->currentData().toString() : QString());
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace opora::ui
