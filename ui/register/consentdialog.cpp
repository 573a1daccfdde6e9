#include "register/consentdialog.h"

#include "clock.h"
#include "error.h"
#include "i18n/language.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opora::ui {

ConsentDialog::ConsentDialog(Database &db, qint64 personId, const QString &suggestedSigner,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_personId(personId)
    , m_givenOn(new QDateEdit(today(), this))
    , m_signedBy(new QLineEdit(suggestedSigner, this))
    , m_scope(new QLineEdit(tr("processing of personal data to provide social services"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Record a consent"));
    m_givenOn->setCalendarPopup(true);
    m_givenOn->setDisplayFormat(dateFormat());
    m_givenOn->setMaximumDate(today());
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Given on"), m_givenOn);
    form->addRow(tr("&Signed by"), m_signedBy);
    form->addRow(tr("&Covers"), m_scope);
    auto *note =
        new QLabel(tr("For a minor, the legal representative signs: write their name."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void ConsentDialog::accept()
{
    ConsentRecord c;
    c.personId = m_personId;
    c.givenOn = m_givenOn->date();
    c.signedBy = m_signedBy->text();
    c.scope = m_scope->text();
    try {
        ConsentRepository(m_db).give(c);
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace opora::ui
