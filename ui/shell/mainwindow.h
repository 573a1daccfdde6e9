#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class Banner;
class CasesPage;
class OverviewPage;
class ProjectsPage;
class EventsPage;
class VolunteersPage;
class ServicesPage;
class PeoplePage;
class SearchField;

// The main window: areas on the left (People, Cases), the search field on top, menus with
// every action and its shortcut, and the status bar with the database file and a DEMO mark.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The areas of the side list, in their order.
    enum Area { Overview, People, Cases, Services, Events, Projects, Volunteers };
    void showArea(int index);
    // Shows who is signed in (the account in whose name changes are made).
    void setSignedIn(const QString &name, const QString &role);
    // Shows what the role may use (core refuses the rest anyway): only administrators see the
    // audit trail, staff and accounts, reference lists and the centre's details; a manager sees
    // the overview and projects only; a role that may not edit records gets no "New" actions.
    void setRole(const QString &role);
    int currentArea() const;
    SearchField *searchField() const { return m_search; }
    PeoplePage *peoplePage() const { return m_people; }
    CasesPage *casesPage() const { return m_cases; }
    ServicesPage *servicesPage() const { return m_services; }
    EventsPage *eventsPage() const { return m_events; }
    VolunteersPage *volunteersPage() const { return m_volunteers; }

public Q_SLOTS:
    void openPerson(qint64 id);
    void openCase(qint64 id, qint64 forPerson = 0);
    void openEvent(qint64 id);
    void openProject(qint64 id);
    void openVolunteer(qint64 id);
    void recordServices();
    void openDaySheet();
    void importPeople();

Q_SIGNALS:
    void newDatabaseRequested();
    void openDatabaseRequested();
    void openDemoRequested();
    void backupRequested();
    void restoreRequested();
    void languageRequested(const QString &language);
    void lockRequested();
    void idleMinutesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Runs open (a card's construction); a refusal is shown as a message.
    void openGuarded(const std::function<void()> &open);
    void showPerson(qint64 id);
    void buildMenus();
    void retranslate();
    void refreshLists();
    Database &m_db;
    bool m_demo;
    QListWidget *m_areas;
    QStackedWidget *m_stack;
    PeoplePage *m_people;
    CasesPage *m_cases;
    ServicesPage *m_services;
    EventsPage *m_events;
    OverviewPage *m_overview;
    ProjectsPage *m_projects;
    VolunteersPage *m_volunteers;
    SearchField *m_search;
    QLabel *m_dbLabel;
    QLabel *m_userLabel;
    QLabel *m_demoLabel;
    Banner *m_readOnlyBanner;
    Banner *m_networkBanner;
    bool m_onNetworkShare;
    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace opora::ui
