#pragma once

#include "volunteers/volunteerrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;
class PersonPicker;

// Assigns a volunteer as mentor to a case: the person is typed and picked from the register,
// then one of their open cases is chosen.
class MentorDialog : public QDialog
{
    Q_OBJECT

public:
    MentorDialog(Database &db, qint64 volunteerId, QWidget *parent = nullptr);
    PersonPicker *picker() const { return m_picker; }
    QComboBox *cases() const { return m_cases; }
    QDateEdit *from() const { return m_from; }
    void accept() override;

private:
    void fillCases(qint64 personId);
    Database &m_db;
    qint64 m_volunteerId;
    PersonPicker *m_picker;
    QComboBox *m_cases;
    QDateEdit *m_from;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

// Logs a volunteer's hours on one day, optionally for a project.
class HoursDialog : public QDialog
{
    Q_OBJECT

public:
    HoursDialog(Database &db, qint64 volunteerId, QWidget *parent = nullptr);
    QDateEdit *date() const { return m_date; }
    QDoubleSpinBox *hours() const { return m_hours; }
    QComboBox *project() const { return m_project; }
    QLineEdit *note() const { return m_note; }
    void accept() override;

private:
    Database &m_db;
    qint64 m_volunteerId;
    QDateEdit *m_date;
    QDoubleSpinBox *m_hours;
    QComboBox *m_project;
    QLineEdit *m_note;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

// Ends a mentoring on a date.
class EndMentorDialog : public QDialog
{
    Q_OBJECT

public:
    EndMentorDialog(Database &db, const Mentorship &mentorship, QWidget *parent = nullptr);
    QDateEdit *date() const { return m_date; }
    void accept() override;

private:
    Database &m_db;
    Mentorship m_mentorship;
    QDateEdit *m_date;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
