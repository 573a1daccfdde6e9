#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;
class PersonPicker;

// Records services one after another: choose the person (their open cases follow), the
// service and its form; "Save and next" keeps the service, date, form and specialist for the
// next person, so a day's work is typed without the mouse.
class ServiceRecordDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceRecordDialog(Database &db, QWidget *parent = nullptr);
    ~ServiceRecordDialog() override;
    // Saves the form; true when it was stored. The form then waits for the next person.
    bool saveAndNext();
    int savedCount() const { return m_saved; }
    void choosePerson(qint64 personId);

Q_SIGNALS:
    void saved();

private:
    void fillCases(qint64 personId);
    void fillForms();
    Database &m_db;
    PersonPicker *m_person;
    QComboBox *m_case;
    QComboBox *m_item;
    QComboBox *m_form;
    QDateEdit *m_date;
    QDoubleSpinBox *m_quantity;
    QSpinBox *m_minutes;
    QComboBox *m_staff;
    QLineEdit *m_note;
    QLabel *m_errorsLabel;
    QLabel *m_status;
    FieldErrors *m_errors;
    int m_saved = 0;
};

} // namespace opora::ui
