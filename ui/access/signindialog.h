#pragma once

#include "access/accounts.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace opora::ui {

// Sign-in at start. On the first start (the administrator has no password yet) it asks for the
// administrator's new password twice instead.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database &db, QWidget *parent = nullptr);
    void accept() override;
    const Account &account() const { return m_account; }
    // Unlocking after the idle lock: the account is fixed, only its password is asked.
    void setUnlocking(const QString &login);
    bool settingFirstPassword() const { return m_firstStart; }

private:
    Database &m_db;
    bool m_firstStart;
    Account m_account;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace opora::ui
