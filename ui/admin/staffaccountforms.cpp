#include "admin/staffaccountforms.h"

#include "access/accounts.h"
#include "access/permissions.h"
#include "db/database.h"
#include "register/lookups.h"
#include "widgets/fielderrors.h"
#include "widgets/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setMaxLength(200);
    return edit;
}

QLineEdit *passwordEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(200);
    return edit;
}

// A choice list with "none" first, then choices, with current selected (kept even when it is
// no longer among the active choices).
void fill(QComboBox *box, const QString &none, const QList<Choice> &choices, qint64 current,
          const QString &currentName)
{
    box->addItem(none, qint64(0));
    for (const Choice &c : choices)
        box->addItem(c.name, c.id);
    if (current > 0 && box->findData(current) < 0)
        box->addItem(currentName, current);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

StaffForm::StaffForm(Database &db, const StaffMember &member, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_member(member)
    , m_surname(lineEdit(this, member.surname))
    , m_firstName(lineEdit(this, member.firstName))
    , m_patronymic(lineEdit(this, member.patronymic))
    , m_position(lineEdit(this, member.position))
    , m_department(new QComboBox(this))
    , m_phone(lineEdit(this, member.phone))
    , m_email(lineEdit(this, member.email))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(member.id ? tr("Member of staff") : tr("New member of staff"));
    fill(m_department, tr("(no department)"), departmentChoices(db), member.departmentId,
         member.department);
    auto *form = new QFormLayout;
    form->addRow(tr("&Surname"), m_surname);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Patronymic"), m_patronymic);
    form->addRow(tr("P&osition"), m_position);
    form->addRow(tr("&Department"), m_department);
    form->addRow(tr("P&hone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    m_errors->bind(u"surname"_s, m_surname);
    m_errors->bind(u"first_name"_s, m_firstName);
    m_errors->bind(u"department"_s, m_department);
    m_errors->bind(u"email"_s, m_email);
    layOutFormDialog(this, form, m_errorLabel, db.isReadOnly());
    setMinimumWidth(460);
}

void StaffForm::accept()
{
    StaffMember s = m_member;
    s.surname = m_surname->text();
    s.firstName = m_firstName->text();
    s.patronymic = m_patronymic->text();
    s.position = m_position->text();
    s.departmentId = m_department->currentData().toLongLong();
    s.phone = m_phone->text();
    s.email = m_email->text();
    const bool saved = m_errors->run([&] {
        StaffRepository staff(m_db);
        if (s.id)
            staff.update(s);
        else
            m_member.id = staff.create(s);
    });
    if (saved)
        QDialog::accept();
}

AccountForm::AccountForm(Database &db, const UserAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_account(account)
    , m_login(lineEdit(this, account.login))
    , m_displayName(lineEdit(this, account.displayName))
    , m_role(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_active(new QCheckBox(tr("The account may sign in"), this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(account.id ? tr("Account") : tr("New account"));
    for (const QString &role : roles())
        m_role->addItem(Accounts::roleName(role), role);
    m_role->setCurrentIndex(std::max(0, m_role->findData(account.role)));
    fill(m_staff, tr("(not a member of staff)"), staffChoices(db), account.staffId,
         account.staffName);
    m_active->setChecked(account.active);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name"), m_login);
    form->addRow(tr("&Name shown"), m_displayName);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("Member of &staff"), m_staff);
    form->addRow(QString(), m_active);
    if (!account.id) {
        m_password = passwordEdit(this);
        m_repeat = passwordEdit(this);
        form->addRow(tr("&Password"), m_password);
        form->addRow(tr("Re&peat password"), m_repeat);
        m_errors->bind(u"password"_s, m_password);
        m_active->hide();
    }
    auto *hint = new QLabel(tr("A member of staff sees the cases of their department; the role "
                               "decides what the account may do."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_errors->bind(u"login"_s, m_login);
    m_errors->bind(u"display_name"_s, m_displayName);
    m_errors->bind(u"role"_s, m_role);
    m_errors->bind(u"staff"_s, m_staff);
    m_errors->bind(u"active"_s, m_active);
    layOutFormDialog(this, form, m_errorLabel, db.isReadOnly());
    setMinimumWidth(460);
}

void AccountForm::accept()
{
    UserAccount a = m_account;
    a.login = m_login->text();
    a.displayName = m_displayName->text();
    a.role = m_role->currentData().toString();
    a.staffId = m_staff->currentData().toLongLong();
    a.active = m_active->isChecked();
    if (m_password && m_password->text() != m_repeat->text()) {
        m_errors->show(ValidationError({{u"password"_s, tr("The two passwords differ.")}}));
        return;
    }
    const bool saved = m_errors->run([&] {
        UserRepository users(m_db);
        if (a.id)
            users.update(a);
        else
            m_account.id = users.create(a, m_password->text());
    });
    if (saved)
        QDialog::accept();
}

PasswordForm::PasswordForm(Database &db, qint64 accountId, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_accountId(accountId)
    , m_password(passwordEdit(this))
    , m_repeat(passwordEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(tr("New password for %1").arg(name));
    auto *form = new QFormLayout;
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Re&peat password"), m_repeat);
    m_errors->bind(u"password"_s, m_password);
    layOutFormDialog(this, form, m_errorLabel, db.isReadOnly());
    setMinimumWidth(460);
}

void PasswordForm::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_errors->show(ValidationError({{u"password"_s, tr("The two passwords differ.")}}));
        return;
    }
    if (m_errors->run([&] { UserRepository(m_db).resetPassword(m_accountId, m_password->text()); }))
        QDialog::accept();
}

} // namespace opora::ui
