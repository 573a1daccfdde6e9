#pragma once

#include "projects/project.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class EventsModel;
class JournalModel;
class PersonPicker;

// What a project is made of: its target group (people enrolled, and a row to enrol one more),
// the services and the events attributed to it, a page at a time.
class ProjectActivity : public QWidget
{
    Q_OBJECT

public:
    ProjectActivity(Database &db, QWidget *parent = nullptr);
    void setProject(qint64 projectId);
    int enrolledRows() const;
    qint64 serviceCount() const;
    qint64 eventCount() const;
    // Enrols the chosen person for the chosen dates; false with the reason shown.
    bool enrol(qint64 personId);
    void setEnrolmentDates(const QDate &from, const QDate &to);
    // Takes the enrolment of the row out of the target group (asked first in the window).
    bool takeOut(int row);
    Enrolment enrolmentAt(int row) const { return m_enrolments.value(row); }

Q_SIGNALS:
    void eventRequested(qint64 eventId);
    void changed();

private:
    void reloadEnrolment();
    void changeDates();
    void confirmTakeOut();
    Database &m_db;
    qint64 m_projectId = 0;
    QTableWidget *m_enrolled;
    PersonPicker *m_person;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QList<Enrolment> m_enrolments;
    QLabel *m_error;
    JournalModel *m_services;
    EventsModel *m_events;
    QLabel *m_servicesTitle;
    QLabel *m_eventsTitle;
};

} // namespace opora::ui
