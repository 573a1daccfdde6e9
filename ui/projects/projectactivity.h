#pragma once

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
    // Enrols the chosen person from the chosen date; false with the reason shown.
    bool enrol(qint64 personId);

Q_SIGNALS:
    void eventRequested(qint64 eventId);
    void changed();

private:
    void reloadEnrolment();
    Database &m_db;
    qint64 m_projectId = 0;
    QTableWidget *m_enrolled;
    PersonPicker *m_person;
    QDateEdit *m_from;
    QLabel *m_error;
    JournalModel *m_services;
    EventsModel *m_events;
    QLabel *m_servicesTitle;
    QLabel *m_eventsTitle;
};

} // namespace opora::ui
