#include "access/signindialog.h"

#include "error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

SignInDialog::SignInDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_firstStart(Accounts(db).needsAdministratorPassword())
    , m_login(new QLineEdit(u"admin"_s, this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(m_firstStart ? tr("Set the administrator's password") : tr("Sign in"));
    m_login->setObjectName(u"login"_s);
    m_password->setObjectName(u"password"_s);
    m_repeat->setObjectName(u"repeat"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e; font-weight: 600;"_s);
    m_error->hide();
    auto *intro = new QLabel(
        m_firstStart ? tr("This database is new. Choose the administrator's password (at least 8 "
                          "characters). Keep it safe: the case files of minors and vulnerable "
                          "families are behind it.")
                     : tr("Opora keeps personal data of the people your centre supports. Sign "
                          "in with your user name and password."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name"), m_login);
    form->addRow(tr("&Password"), m_password);
    if (m_firstStart) {
        form->addRow(tr("&Repeat the password"), m_repeat);
        m_login->setReadOnly(true);
    } else {
        m_repeat->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(m_firstStart ? tr("Set and sign in") : tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (m_firstStart ? m_password : m_login)->setFocus();
    if (!m_firstStart)
        m_password->setFocus();
}

void SignInDialog::setUnlocking(const QString &login)
{
    m_login->setText(login);
    m_login->setReadOnly(true);
    setWindowTitle(tr("Opora is locked"));
    m_error->setText(tr("Opora locked itself after a while without use. Enter your password to "
                        "go on: nothing you were doing is lost."));
    m_error->show();
    m_password->setFocus();
}

void SignInDialog::accept()
{
    Accounts accounts(m_db);
    try {
        if (m_firstStart) {
            if (m_password->text() != m_repeat->text())
                throw ValidationError({{u"repeat"_s, tr("The two passwords differ.")}});
            accounts.setInitialAdministratorPassword(m_password->text());
        }
        m_account = accounts.signIn(m_login->text(), m_password->text());
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        m_error->show();
        m_password->clear();
        m_repeat->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace opora::ui
