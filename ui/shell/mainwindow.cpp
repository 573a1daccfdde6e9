#include "shell/mainwindow.h"

#include "access/idlelock.h"
#include "access/permissions.h"
#include "admin/auditviewer.h"
#include "admin/cataloguedialog.h"
#include "admin/centredialog.h"
#include "admin/referencelistsdialog.h"
#include "admin/retentiondialog.h"
#include "admin/staffaccountsdialog.h"
#include "db/database.h"
#include "db/location.h"
#include "demo/demogenerator.h"
#include "dialogs/aboutdialog.h"
#include "documents/perioddialog.h"
#include "error.h"
#include "events/eventcard.h"
#include "events/eventspage.h"
#include "exchange/peopleexchange.h"
#include "i18n/language.h"
#include "projects/overviewpage.h"
#include "projects/projectspage.h"
#include "projects/projectwindow.h"
#include "register/casecard.h"
#include "register/casespage.h"
#include "register/peoplepage.h"
#include "register/personcard.h"
#include "services/daysheet.h"
#include "services/servicerecorddialog.h"
#include "services/servicespage.h"
#include "shell/searchfield.h"
#include "volunteers/volunteercard.h"
#include "volunteers/volunteerspage.h"
#include "widgets/banner.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

struct MainWindow::Actions
{
    QMenu *file = nullptr;
    QMenu *view = nullptr;
    QMenu *language = nullptr;
    QMenu *tools = nullptr;
    QAction *referenceLists = nullptr;
    QAction *staffAccounts = nullptr;
    QAction *catalogue = nullptr;
    QAction *retention = nullptr;
    QAction *centre = nullptr;
    QAction *audit = nullptr;
    QAction *lockNow = nullptr;
    QAction *idleMinutes = nullptr;
    QMenu *help = nullptr;
    QAction *newDatabase = nullptr;
    QAction *openDatabase = nullptr;
    QAction *openDemo = nullptr;
    QAction *resetDemo = nullptr;
    QAction *backup = nullptr;
    QAction *importPeople = nullptr;
    QAction *periodReport = nullptr;
    QAction *restore = nullptr;
    QAction *quit = nullptr;
    QAction *people = nullptr;
    QAction *cases = nullptr;
    QAction *services = nullptr;
    QAction *events = nullptr;
    QAction *overview = nullptr;
    QAction *projects = nullptr;
    QAction *volunteers = nullptr;
    QAction *recordServices = nullptr;
    QAction *daySheet = nullptr;
    QAction *newEvent = nullptr;
    QAction *find = nullptr;
    QAction *newPerson = nullptr;
    QAction *newCase = nullptr;
    QAction *fullScreen = nullptr;
    QAction *about = nullptr;
    QList<QAction *> languages;
    QToolBar *toolbar = nullptr;
};

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_demo(demo::isDemoDatabase(db))
    , m_areas(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_people(new PeoplePage(db, this))
    , m_cases(new CasesPage(db, this))
    , m_services(new ServicesPage(db, this))
    , m_events(new EventsPage(db, this))
    , m_overview(new OverviewPage(db, this))
    , m_projects(new ProjectsPage(db, this))
    , m_volunteers(new VolunteersPage(db, this))
    , m_search(new SearchField(db, this))
    , m_dbLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_demoLabel(new QLabel(this))
    , m_readOnlyBanner(new Banner(Banner::Kind::Danger, this))
    , m_networkBanner(new Banner(Banner::Kind::Warning, this))
    , m_onNetworkShare(!m_demo && isOnNetworkShare(db.path()))
    , m_actions(std::make_unique<Actions>())
{
    m_areas->setObjectName(u"areas"_s);
    m_areas->setIconSize(QSize(24, 24));
    m_areas->setFixedWidth(170);
    m_areas->setSpacing(2);
    for (const auto icon :
         {QStyle::SP_ComputerIcon, QStyle::SP_DirHomeIcon, QStyle::SP_FileDialogDetailedView,
          QStyle::SP_FileDialogContentsView, QStyle::SP_FileDialogInfoView,
          QStyle::SP_FileDialogListView, QStyle::SP_DialogHelpButton})
        m_areas->addItem(new QListWidgetItem(style()->standardIcon(icon), {}));
    for (QWidget *page : std::initializer_list<QWidget *>{m_overview, m_people, m_cases, m_services,
                                                          m_events, m_projects, m_volunteers})
        m_stack->addWidget(page);
    connect(m_areas, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 4);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_networkBanner->setObjectName(u"networkBanner"_s);
    outer->addWidget(m_readOnlyBanner);
    outer->addWidget(m_networkBanner);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_areas);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    connect(m_people, &ListPage::openRequested, this, [this](qint64 id) { openPerson(id); });
    connect(m_people, &PeoplePage::newRequested, this, [this] { openPerson(0); });
    connect(m_cases, &ListPage::openRequested, this, [this](qint64 id) { openCase(id); });
    connect(m_cases, &CasesPage::newRequested, this, [this] { openCase(0); });
    connect(m_services, &ServicesPage::newRequested, this, &MainWindow::recordServices);
    connect(m_services, &ServicesPage::daySheetRequested, this, &MainWindow::openDaySheet);
    connect(m_events, &ListPage::openRequested, this, [this](qint64 id) { openEvent(id); });
    connect(m_events, &EventsPage::newRequested, this, [this] { openEvent(0); });
    connect(m_overview, &OverviewPage::eventRequested, this, &MainWindow::openEvent);
    connect(m_overview, &OverviewPage::openDemoRequested, this, &MainWindow::openDemoRequested);
    connect(m_projects, &ProjectsPage::openRequested, this, &MainWindow::openProject);
    connect(m_projects, &ProjectsPage::newRequested, this, [this] { openProject(0); });
    connect(m_volunteers, &ListPage::openRequested, this, &MainWindow::openVolunteer);
    connect(m_volunteers, &VolunteersPage::newRequested, this, [this] { openVolunteer(0); });
    connect(m_search, &SearchField::personChosen, this, [this](qint64 id) { openPerson(id); });
    connect(m_search, &SearchField::caseChosen, this, [this](qint64 id) { openCase(id); });

    m_demoLabel->setObjectName(u"demoMark"_s);
    m_demoLabel->setStyleSheet(
        u"background: #b3261e; color: white; font-weight: 700; padding: 2px 10px;"_s);
    m_demoLabel->setVisible(m_demo);
    statusBar()->addPermanentWidget(m_demoLabel);
    m_userLabel->setObjectName(u"signedIn"_s);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    buildMenus();
    retranslate();
    m_areas->setCurrentRow(Overview);
    resize(1280, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    Actions &a = *m_actions;
    a.file = menuBar()->addMenu(QString());
    a.newDatabase = a.file->addAction(QString(), this, &MainWindow::newDatabaseRequested);
    a.openDatabase = a.file->addAction(QString(), this, &MainWindow::openDatabaseRequested);
    a.openDatabase->setShortcut(QKeySequence::Open);
    a.openDemo = a.file->addAction(QString(), this, &MainWindow::openDemoRequested);
    // In a demo, starting over is the same as opening a fresh demo.
    a.resetDemo = a.file->addAction(QString(), this, &MainWindow::openDemoRequested);
    a.resetDemo->setVisible(m_demo);
    a.openDemo->setVisible(!m_demo);
    a.file->addSeparator();
    a.periodReport =
        a.file->addAction(QString(), this, [this] { PeriodReportDialog(m_db, this).exec(); });
    a.importPeople = a.file->addAction(QString(), this, &MainWindow::importPeople);
    a.backup = a.file->addAction(QString(), this, &MainWindow::backupRequested);
    a.restore = a.file->addAction(QString(), this, &MainWindow::restoreRequested);
    a.backup->setVisible(!m_demo);
    a.restore->setVisible(!m_demo);
    a.file->addSeparator();
    a.newPerson = a.file->addAction(QString(), this, [this] { openPerson(0); });
    a.newPerson->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    a.newCase = a.file->addAction(QString(), this, [this] { openCase(0); });
    a.newCase->setShortcut(QKeySequence::New);
    a.recordServices = a.file->addAction(QString(), this, &MainWindow::recordServices);
    a.recordServices->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    a.daySheet = a.file->addAction(QString(), this, &MainWindow::openDaySheet);
    a.daySheet->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    a.newEvent = a.file->addAction(QString(), this, [this] { openEvent(0); });
    a.newEvent->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    a.file->addSeparator();
    a.quit = a.file->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);

    a.view = menuBar()->addMenu(QString());
    a.overview = a.view->addAction(QString(), this, [this] { showArea(Overview); });
    a.overview->setShortcut(QKeySequence(u"Ctrl+0"_s));
    a.people = a.view->addAction(QString(), this, [this] { showArea(People); });
    a.people->setShortcut(QKeySequence(u"Ctrl+1"_s));
    a.cases = a.view->addAction(QString(), this, [this] { showArea(Cases); });
    a.cases->setShortcut(QKeySequence(u"Ctrl+2"_s));
    a.services = a.view->addAction(QString(), this, [this] { showArea(Services); });
    a.services->setShortcut(QKeySequence(u"Ctrl+3"_s));
    a.events = a.view->addAction(QString(), this, [this] { showArea(Events); });
    a.events->setShortcut(QKeySequence(u"Ctrl+4"_s));
    a.projects = a.view->addAction(QString(), this, [this] { showArea(Projects); });
    a.projects->setShortcut(QKeySequence(u"Ctrl+5"_s));
    a.volunteers = a.view->addAction(QString(), this, [this] { showArea(Volunteers); });
    a.volunteers->setShortcut(QKeySequence(u"Ctrl+6"_s));
    a.find = a.view->addAction(QString(), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    a.find->setShortcut(QKeySequence::Find);
    a.view->addSeparator();
    a.fullScreen = a.view->addAction(
        QString(), this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    a.fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    a.language = a.view->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const QString &code : availableLanguages()) {
        QAction *action = a.language->addAction(languageName(code));
        action->setCheckable(true);
        action->setChecked(code == savedOrSystemLanguage());
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code] { Q_EMIT languageRequested(code); });
        a.languages << action;
    }

    a.tools = menuBar()->addMenu(QString());
    a.audit = a.tools->addAction(QString(), this, [this] { AuditViewer(m_db, this).exec(); });
    a.centre = a.tools->addAction(QString(), this, [this] { CentreDialog(m_db, this).exec(); });
    a.lockNow = a.tools->addAction(QString(), this, &MainWindow::lockRequested);
    a.lockNow->setShortcut(QKeySequence(u"Ctrl+L"_s));
    a.lockNow->setVisible(!m_demo);
    a.idleMinutes = a.tools->addAction(QString(), this, [this] {
        bool ok = false;
        const int minutes =
            QInputDialog::getInt(this, tr("Lock after inactivity"),
                                 tr("Lock Opora after this many minutes without use (0: never):"),
                                 IdleLock::idleMinutes(), 0, 240, 1, &ok);
        if (!ok)
            return;
        IdleLock::setIdleMinutes(minutes);
        Q_EMIT idleMinutesChanged();
    });
    a.idleMinutes->setVisible(!m_demo);
    a.staffAccounts = a.tools->addAction(QString(), this, [this] {
        StaffAccountsDialog(m_db, this).exec();
        refreshLists();
    });
    a.catalogue = a.tools->addAction(QString(), this, [this] {
        CatalogueDialog(m_db, this).exec();
        refreshLists();
    });
    a.retention = a.tools->addAction(QString(), this, [this] {
        RetentionDialog(m_db, this).exec();
        refreshLists();
    });
    a.referenceLists = a.tools->addAction(QString(), this, [this] {
        ReferenceListsDialog dialog(m_db, this);
        dialog.exec();
        refreshLists();
    });
    // A read-only database: every action that would write is off, so none fails later.
    for (QAction *write : {a.importPeople, a.restore, a.newPerson, a.newCase, a.recordServices,
                           a.daySheet, a.newEvent, a.referenceLists, a.centre})
        write->setEnabled(!m_db.isReadOnly());

    a.help = menuBar()->addMenu(QString());
    a.about = a.help->addAction(QString(), this, [this] { AboutDialog(m_db, this).exec(); });

    a.toolbar = addToolBar(QString());
    a.toolbar->setObjectName(u"mainToolbar"_s);
    a.toolbar->setMovable(false);
    a.toolbar->addAction(a.newPerson);
    a.toolbar->addAction(a.newCase);
    a.toolbar->addAction(a.recordServices);
    a.toolbar->addSeparator();
    a.toolbar->addWidget(m_search);
    a.toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::retranslate()
{
    Actions &a = *m_actions;
    setWindowTitle(m_demo ? tr("Opora — DEMO (fictional data)") : tr("Opora"));
    a.file->setTitle(tr("&File"));
    a.newDatabase->setText(tr("&New database…"));
    a.openDatabase->setText(tr("&Open database…"));
    a.openDemo->setText(tr("Open &demo"));
    a.resetDemo->setText(tr("&Reset demo (start again with fresh fictional data)"));
    a.newPerson->setText(tr("New &person…"));
    a.importPeople->setText(tr("&Import people from CSV…"));
    a.periodReport->setText(tr("Report for a &period…"));
    a.backup->setText(tr("&Back up now"));
    a.restore->setText(tr("Restore from a &backup…"));
    a.newCase->setText(tr("New &case…"));
    a.quit->setText(tr("&Quit"));
    a.view->setTitle(tr("&View"));
    a.people->setText(tr("&People"));
    a.cases->setText(tr("&Cases"));
    a.services->setText(tr("&Services"));
    a.events->setText(tr("&Events"));
    a.overview->setText(tr("&Overview"));
    a.projects->setText(tr("P&rojects"));
    a.volunteers->setText(tr("&Volunteers"));
    a.recordServices->setText(tr("&Record services…"));
    a.daySheet->setText(tr("Day s&heet of services…"));
    a.newEvent->setText(tr("New &event…"));
    a.find->setText(tr("&Find a person or case"));
    a.fullScreen->setText(tr("F&ull screen"));
    a.language->setTitle(tr("&Language"));
    a.tools->setTitle(tr("&Tools"));
    a.referenceLists->setText(tr("&Reference lists and departments…"));
    a.staffAccounts->setText(tr("&Staff and accounts…"));
    a.catalogue->setText(tr("Service &catalogue…"));
    a.retention->setText(tr("R&etention of personal data…"));
    a.centre->setText(tr("Centre &name and logo…"));
    a.audit->setText(tr("&Audit trail…"));
    a.lockNow->setText(tr("&Lock now"));
    a.idleMinutes->setText(tr("Lock after &inactivity…"));
    a.help->setTitle(tr("&Help"));
    a.about->setText(tr("&About Opora"));
    a.toolbar->setWindowTitle(tr("Toolbar"));
    m_areas->item(Overview)->setText(tr("Overview"));
    m_areas->item(People)->setText(tr("People"));
    m_areas->item(Cases)->setText(tr("Cases"));
    m_areas->item(Services)->setText(tr("Services"));
    m_areas->item(Events)->setText(tr("Events"));
    m_areas->item(Projects)->setText(tr("Projects"));
    m_areas->item(Volunteers)->setText(tr("Volunteers"));
    m_demoLabel->setText(tr("DEMO"));
    m_demoLabel->setToolTip(tr("A demo database with fictional people. Nothing here touches "
                               "your centre's real database."));
    m_readOnlyBanner->setText(
        m_db.isReadOnly()
            ? tr("This database is open read-only: you can look and print, but no change can "
                 "be saved. To work in it, ask the administrator for write access to the file "
                 "and its folder, or copy it to a folder of your own.")
            : QString());
    m_networkBanner->setText(
        m_onNetworkShare
            ? tr("This database is on a network share. If several computers work in one file "
                 "over the network, it can be damaged. Keep it on this computer's disk with "
                 "regular backups; a centre that needs several workplaces should move to a "
                 "database server (see the README).")
            : QString());
    m_dbLabel->setText(QDir::toNativeSeparators(m_db.path()) +
                       (m_db.isReadOnly() ? u"  "_s + tr("(read-only)") : QString()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setSignedIn(const QString &name, const QString &role)
{
    m_userLabel->setText(u"%1 (%2)"_s.arg(name, role));
}

void MainWindow::setRole(const QString &role)
{
    Actions &a = *m_actions;
    for (QAction *action : {a.audit, a.staffAccounts, a.catalogue, a.referenceLists, a.centre})
        action->setVisible(roleMay(role, Permission::ManageUsers));
    a.retention->setVisible(roleMay(role, Permission::ManageUsers));
    const bool edit = roleMay(role, Permission::EditRecords);
    for (QAction *action :
         {a.newPerson, a.newCase, a.recordServices, a.daySheet, a.newEvent, a.importPeople})
        action->setVisible(edit);
    const bool records = roleMay(role, Permission::ViewRecords);
    for (int area : {People, Cases, Services, Events, Volunteers})
        m_areas->item(area)->setHidden(!records);
    for (QAction *action : {a.people, a.cases, a.services, a.events, a.volunteers, a.find})
        action->setVisible(records);
    m_search->setVisible(records);
    if (!records && m_areas->currentRow() != Projects)
        showArea(Overview);
}

void MainWindow::showArea(int index)
{
    m_areas->setCurrentRow(index);
    m_stack->currentWidget()->setFocus();
}

int MainWindow::currentArea() const
{
    return m_stack->currentIndex();
}

void MainWindow::refreshLists()
{
    m_people->refresh();
    m_cases->refresh();
    m_services->refresh();
    m_events->refresh();
    m_overview->refreshWhenShown();
    m_projects->refreshWhenShown();
    m_volunteers->refresh();
}

void MainWindow::recordServices()
{
    auto *dialog = new ServiceRecordDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServiceRecordDialog::saved, m_services, &ServicesPage::refresh);
    dialog->show();
}

void MainWindow::openDaySheet()
{
    auto *sheet = new DaySheet(m_db, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    connect(sheet, &DaySheet::saved, m_services, &ServicesPage::refresh);
    sheet->show();
}

void MainWindow::importPeople()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import people from CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    // First a dry run: the user sees what would happen before anything is stored.
    ImportOptions options;
    options.dryRun = true;
    ImportReport check;
    try {
        check = PeopleExchange::importFile(m_db, file, options);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Import people from CSV"), e.userMessage());
        return;
    }
    QStringList lines;
    for (const ImportProblem &p : check.problems.mid(0, 15))
        lines << tr("Line %1: %2").arg(p.line).arg(p.message);
    if (check.problems.size() > 15)
        lines << tr("… and %n more problem(s).", nullptr,
                    static_cast<int>(check.problems.size() - 15));
    QMessageBox box(this);
    box.setWindowTitle(tr("Import people from CSV"));
    box.setText(tr("Rows in the file: %1. New and correct: %2. Already in the register: %3. "
                   "With problems: %4.")
                    .arg(check.rows)
                    .arg(check.valid)
                    .arg(check.alreadyPresent)
                    .arg(check.rejected));
    box.setDetailedText(lines.join(u'\n'));
    QPushButton *all = nullptr;
    QPushButton *goodOnly = nullptr;
    if (check.problems.isEmpty())
        all = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    else
        goodOnly = box.addButton(tr("Import the rows without problems"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != all && box.clickedButton() != goodOnly)
        return;
    options.dryRun = false;
    options.skipInvalid = box.clickedButton() == goodOnly;
    options.rejectedPath = file + u".rejected.csv"_s;
    try {
        const ImportReport done = PeopleExchange::importFile(m_db, file, options);
        QString message = tr("Imported: %1.").arg(done.imported);
        if (options.skipInvalid)
            message += u" "_s + tr("The rows with problems are in %1.")
                                    .arg(QDir::toNativeSeparators(options.rejectedPath));
        QMessageBox::information(this, tr("Import people from CSV"), message);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Import people from CSV"), e.userMessage());
    }
    refreshLists();
}

void MainWindow::openGuarded(const std::function<void()> &open)
{
    try {
        open();
    } catch (const Error &e) {
        // A record of another department, one removed meanwhile, a role that may not see it.
        QMessageBox::warning(this, windowTitle(), e.userMessage());
    }
}

void MainWindow::openEvent(qint64 id)
{
    openGuarded([&] {
        auto *card = new EventCard(m_db, id, this);
        card->setAttribute(Qt::WA_DeleteOnClose);
        connect(card, &EventCard::saved, m_events, &EventsPage::refresh);
        card->show();
    });
}

void MainWindow::openPerson(qint64 id)
{
    openGuarded([&] { showPerson(id); });
}

void MainWindow::showPerson(qint64 id)
{
    auto *card = new PersonCard(m_db, id, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    connect(card, &PersonCard::saved, this, &MainWindow::refreshLists);
    connect(card, &PersonCard::openCaseRequested, this,
            [this](qint64 caseId) { openCase(caseId); });
    connect(card, &PersonCard::openEventRequested, this, &MainWindow::openEvent);
    connect(card, &PersonCard::newCaseRequested, this,
            [this](qint64 personId) { openCase(0, personId); });
    card->show();
}

void MainWindow::openCase(qint64 id, qint64 forPerson)
{
    openGuarded([&] {
        auto *card = new CaseCard(m_db, id, forPerson, this);
        card->setAttribute(Qt::WA_DeleteOnClose);
        connect(card, &CaseCard::saved, this, &MainWindow::refreshLists);
        card->show();
    });
}

void MainWindow::openProject(qint64 id)
{
    auto *window = new ProjectWindow(m_db, id, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ProjectWindow::saved, m_projects, &ProjectsPage::refreshWhenShown);
    window->show();
}

void MainWindow::openVolunteer(qint64 id)
{
    openGuarded([&] {
        auto *card = new VolunteerCard(m_db, id, this);
        card->setAttribute(Qt::WA_DeleteOnClose);
        connect(card, &VolunteerCard::saved, m_volunteers, &VolunteersPage::refresh);
        card->show();
    });
}

} // namespace opora::ui
