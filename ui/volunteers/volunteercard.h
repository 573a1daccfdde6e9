#pragma once

#include "volunteers/volunteerrepository.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;
class PersonPicker;

// A volunteer or mentor: who they are (a person of the register or a name), the cases they
// mentor and the hours they gave. Mentoring and hours are written at once, each in its dialog;
// the details are written with Save.
class VolunteerCard : public QDialog
{
    Q_OBJECT

public:
    VolunteerCard(Database &db, qint64 id, QWidget *parent = nullptr);
    ~VolunteerCard() override;
    bool save();
    qint64 volunteerId() const { return m_record.id; }
    QTableWidget *mentoringTable() const { return m_mentoring; }
    QTableWidget *hoursTable() const { return m_hours; }
    QString totalText() const;

    // The actions behind the buttons, each opening its dialog.
    void mentorCase();
    void endMentoring();
    void logHours();
    void removeHours();

Q_SIGNALS:
    void saved();

private:
    void load(qint64 id);
    void loadActivity();
    void linkChanged();
    void toggleArchived();
    void updateButtons();
    Database &m_db;
    Volunteer m_record;
    QList<Mentorship> m_mentorships;
    QList<VolunteerHours> m_entries;
    PersonPicker *m_person;
    QPushButton *m_unlink;
    QLineEdit *m_surname;
    QLineEdit *m_firstName;
    QLineEdit *m_phone;
    QLineEdit *m_skills;
    QDateEdit *m_since;
    QTabWidget *m_tabs;
    QTableWidget *m_mentoring;
    QTableWidget *m_hours;
    QLabel *m_total;
    QPushButton *m_mentor;
    QPushButton *m_end;
    QPushButton *m_log;
    QPushButton *m_remove;
    QPushButton *m_archive;
    QPushButton *m_save;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
