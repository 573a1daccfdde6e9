#pragma once

#include "access/userrepository.h"
#include "register/staffrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;

// Adds or edits a member of staff; a refused save keeps what was typed.
class StaffForm : public QDialog
{
    Q_OBJECT

public:
    StaffForm(Database &db, const StaffMember &member, QWidget *parent = nullptr);
    qint64 savedId() const { return m_member.id; }

    void accept() override;

private:
    Database &m_db;
    StaffMember m_member;
    QLineEdit *m_surname;
    QLineEdit *m_firstName;
    QLineEdit *m_patronymic;
    QLineEdit *m_position;
    QComboBox *m_department;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

// Adds an account (with its first password) or edits one (name, role, member of staff, state).
class AccountForm : public QDialog
{
    Q_OBJECT

public:
    AccountForm(Database &db, const UserAccount &account, QWidget *parent = nullptr);
    qint64 savedId() const { return m_account.id; }

    void accept() override;

private:
    Database &m_db;
    UserAccount m_account;
    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_staff;
    QCheckBox *m_active;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

// Sets a new password for an account: typed twice.
class PasswordForm : public QDialog
{
    Q_OBJECT

public:
    PasswordForm(Database &db, qint64 accountId, const QString &name, QWidget *parent = nullptr);
    void accept() override;

private:
    Database &m_db;
    qint64 m_accountId;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
