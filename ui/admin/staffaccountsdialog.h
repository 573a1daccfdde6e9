#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;

// The administrator's window for the people who work with Opora: the centre's staff (who can
// be responsible for cases, deliver services, organise events) and the accounts that sign in,
// each with a role. Core refuses these changes to anybody else.
class StaffAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    StaffAccountsDialog(Database &db, QWidget *parent = nullptr);
    void showAccounts();

private:
    void reloadStaff();
    void reloadAccounts();
    void editStaff(bool create);
    void toggleStaff();
    void editAccount(bool create);
    void resetPassword();
    void unlock();
    void updateButtons();
    qint64 currentId(const QTableWidget *table) const;

    Database &m_db;
    QTabWidget *m_tabs;
    QTableWidget *m_staff;
    QTableWidget *m_accounts;
    QPushButton *m_editStaff;
    QPushButton *m_toggleStaff;
    QPushButton *m_editAccount;
    QPushButton *m_password;
    QPushButton *m_unlock;
    QLabel *m_error;
    FieldErrors *m_errors;
};

} // namespace opora::ui
