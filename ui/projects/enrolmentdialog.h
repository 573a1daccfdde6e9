#pragma once

#include "projects/project.h"

#include <QDialog>

class QDateEdit;
class QLabel;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;

// The dates of one person's membership of a project's target group. A refused save keeps the
// dates typed; a change saved elsewhere meanwhile is reported, not overwritten.
class EnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolmentDialog(Database &db, const Enrolment &enrolment, const QString &personName,
                    QWidget *parent = nullptr);
    void setDates(const QDate &from, const QDate &to);
    bool save();

public Q_SLOTS:
    void accept() override;

private:
    Database &m_db;
    Enrolment m_enrolment;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
