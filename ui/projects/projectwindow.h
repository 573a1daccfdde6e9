#pragma once

#include "projects/indicatorengine.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class ProjectActivity;
class ProjectDashboard;
class ProjectPassport;
class ProjectTeam;

// A project: its indicators with plan against fact as of a chosen date (with the records
// behind each fact), its dashboard, and its passport.
class ProjectWindow : public QDialog
{
    Q_OBJECT

public:
    // projectId 0 starts a new project on its passport.
    ProjectWindow(Database &db, qint64 projectId, QWidget *parent = nullptr);
    qint64 projectId() const { return m_projectId; }
    void setAsOf(const QDate &date);
    void showTab(int index);
    QList<IndicatorResult> results() const { return m_results; }

Q_SIGNALS:
    void saved(qint64 projectId);

private:
    void refresh();
    void savePassport();
    void enableProjectTabs();
    void addIndicator();
    void editIndicator();
    void enterValue();
    void showRecords();
    const IndicatorResult *current() const;
    Database &m_db;
    qint64 m_projectId;
    QList<IndicatorResult> m_results;
    QLabel *m_title;
    QDateEdit *m_asOf;
    QTabWidget *m_tabs;
    QTableWidget *m_table;
    QLabel *m_how;
    QPushButton *m_records;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_value;
    ProjectDashboard *m_dashboard;
    ProjectPassport *m_passport;
    ProjectActivity *m_activity;
    ProjectTeam *m_team;
};

} // namespace opora::ui
