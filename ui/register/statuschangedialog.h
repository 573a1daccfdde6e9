#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace opora {
class Database;
}

namespace opora::ui {

// Moves a case to another status: the next status, the date it takes effect, a comment, and
// for closing the reason and the outcome.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(Database &db, qint64 caseId, QWidget *parent = nullptr);
    void accept() override;

private:
    void updateClosingFields();
    Database &m_db;
    qint64 m_caseId;
    int m_version;
    QComboBox *m_status;
    QDateEdit *m_date;
    QLineEdit *m_comment;
    QComboBox *m_reason;
    QComboBox *m_outcome;
    QLabel *m_reasonLabel;
    QLabel *m_outcomeLabel;
    QLabel *m_error;
};

} // namespace opora::ui
