#include "shell/session.h"

#include "access/accounts.h"
#include "access/idlelock.h"
#include "access/signindialog.h"
#include "backup/backup.h"
#include "demo/demogenerator.h"
#include "error.h"
#include "i18n/language.h"
#include "shell/firststartdialog.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString Session::fileFilter()
{
    return tr("Opora databases (*.sqlite *.db);;All files (*)");
}

Session::Session() = default;

Session::~Session()
{
    close();
}

void Session::close()
{
    backupOnExit();
    m_window.reset(); // the window holds a reference to the database
    m_db.reset();
    m_demoDir.reset();
}

void Session::backupOnExit()
{
    if (!m_db || m_demoDir || m_db->isReadOnly())
        return;
    try {
        Backups(m_db->path()).makeIfDue(*m_db);
    } catch (const Error &) {
        // Closing must not fail for a backup; the next start tries again.
    }
}

void Session::backupNow()
{
    try {
        Backups backups(m_db->path());
        const BackupInfo info = backups.make(*m_db);
        backups.rotate();
        QMessageBox::information(
            m_window.get(), tr("Back up now"),
            tr("The backup is made and checked:\n%1").arg(QDir::toNativeSeparators(info.path)));
    } catch (const Error &e) {
        QMessageBox::warning(m_window.get(), tr("Back up now"), e.userMessage());
    }
}

void Session::chooseAndRestore()
{
    const QString dbPath = m_db->path();
    Backups backups(dbPath);
    const QString chosen = QFileDialog::getOpenFileName(m_window.get(), tr("Restore from a backup"),
                                                        backups.folder(), fileFilter());
    if (chosen.isEmpty())
        return;
    BackupInfo info;
    try {
        info = Backups::describe(chosen);
    } catch (const Error &e) {
        QMessageBox::warning(m_window.get(), tr("Restore from a backup"), e.userMessage());
        return;
    }
    QStringList counts;
    for (const auto &[kind, count] : info.counts)
        if (count > 0)
            counts << u"%1: %2"_s.arg(kind).arg(count);
    const auto answer = QMessageBox::question(
        m_window.get(), tr("Restore from a backup"),
        tr("The backup was made %1 and holds:\n%2\n\nReplace the current database with it? "
           "The current database is kept as a backup first.")
            .arg(QLocale().toString(info.madeAt.toLocalTime(), QLocale::ShortFormat),
                 counts.join(u", "_s)));
    if (answer != QMessageBox::Yes)
        return;
    const QRect geometry = m_window->geometry();
    m_window.reset();
    m_db.reset();
    try {
        const QString safety = backups.restore(chosen);
        QMessageBox::information(nullptr, tr("Restore from a backup"),
                                 tr("The database is restored. The previous one is kept in %1.")
                                     .arg(QDir::toNativeSeparators(safety)));
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, tr("Restore from a backup"), e.userMessage());
    }
    if (openFile(dbPath) && m_window)
        m_window->setGeometry(geometry);
}

bool Session::show(std::unique_ptr<Database> db, std::unique_ptr<QTemporaryDir> demoDir)
{
    // Nobody works without signing in; the throwaway demo signs in as its administrator.
    Account account;
    if (demoDir) {
        account = Accounts(*db).signIn(u"admin"_s, u"demo"_s);
    } else {
        SignInDialog signIn(*db, m_window.get());
        if (signIn.exec() != QDialog::Accepted)
            return false;
        account = signIn.account();
    }
    auto window = std::make_unique<MainWindow>(*db);
    // Queued: these replace the window, which must not be deleted inside its own signal.
    window->setSignedIn(account.displayName, Accounts::roleName(account.role));
    window->setRole(account.role);
    connect(window.get(), &MainWindow::openDatabaseRequested, this, &Session::chooseAndOpen,
            Qt::QueuedConnection);
    connect(window.get(), &MainWindow::newDatabaseRequested, this, &Session::chooseAndCreate,
            Qt::QueuedConnection);
    connect(window.get(), &MainWindow::openDemoRequested, this, &Session::openDemo,
            Qt::QueuedConnection);
    connect(window.get(), &MainWindow::languageRequested, this, &Session::switchLanguage,
            Qt::QueuedConnection);
    connect(window.get(), &MainWindow::backupRequested, this, &Session::backupNow,
            Qt::QueuedConnection);
    connect(window.get(), &MainWindow::restoreRequested, this, &Session::chooseAndRestore,
            Qt::QueuedConnection);
    if (m_window)
        window->setGeometry(m_window->geometry());
    window->show();
    backupOnExit(); // the old database's daily backup, before it is closed
    // The old window goes before its database, the old demo folder after both.
    m_idleLock.reset();
    m_window = std::move(window);
    m_db = std::move(db);
    m_demoDir = std::move(demoDir);
    // The demo, shown to a room, never locks; a centre's database does after a while idle.
    if (!m_demoDir)
        startIdleLock(account);
    connect(m_window.get(), &MainWindow::lockRequested, this, [this] {
        if (m_idleLock)
            m_idleLock->lockNow();
    });
    connect(m_window.get(), &MainWindow::idleMinutesChanged, this,
            [this, account] { startIdleLock(account); });
    return true;
}

void Session::startIdleLock(const Account &account)
{
    m_idleLock.reset();
    const int minutes = IdleLock::idleMinutes();
    if (minutes > 0 && m_db)
        m_idleLock = std::make_unique<IdleLock>(*m_db, account, std::chrono::minutes(minutes));
}

bool Session::openFile(const QString &path)
{
    try {
        return show(Database::open(path));
    } catch (const Error &e) {
        const QString problem = tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)) +
                                u"\n\n"_s + e.userMessage();
        // The file is left as it is; the newest backup that reads back whole is offered.
        const QString backup = Backups(path).newestGood();
        if (backup.isEmpty() || !QFileInfo::exists(path)) {
            QMessageBox::critical(m_window.get(), tr("Opora"), problem);
            return false;
        }
        const BackupInfo info = Backups::describe(backup);
        const auto answer = QMessageBox::question(
            m_window.get(), tr("Opora"),
            problem + u"\n\n"_s +
                tr("The newest good backup was made %1. Restore it? The file that cannot be "
                   "opened is kept, unchanged, in %2.")
                    .arg(QLocale().toString(info.madeAt.toLocalTime(), QLocale::ShortFormat),
                         QDir::toNativeSeparators(Backups(path).folder())));
        if (answer != QMessageBox::Yes)
            return false;
        try {
            Backups(path).restore(backup);
        } catch (const Error &failed) {
            QMessageBox::critical(m_window.get(), tr("Opora"), failed.userMessage());
            return false;
        }
        try {
            return show(Database::open(path));
        } catch (const Error &again) {
            QMessageBox::critical(m_window.get(), tr("Opora"), again.userMessage());
            return false;
        }
    }
}

bool Session::createFile(const QString &path, Profile profile)
{
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        return show(Database::create(path, profile));
    } catch (const Error &e) {
        QMessageBox::critical(m_window.get(), tr("Opora"), e.userMessage());
        return false;
    }
}

bool Session::openDemo()
{
    auto dir = std::make_unique<QTemporaryDir>();
    try {
        if (!dir->isValid())
            throw Error(Error::Kind::Io, tr("No folder for the demo database could be made."));
        demo::DemoOptions options;
        options.profile = savedOrSystemLanguage() == u"uk"_s ? Profile::Ua : Profile::Ru;
        auto db = demo::createDemoDatabase(dir->filePath(u"opora-demo.sqlite"_s), options);
        return show(std::move(db), std::move(dir));
    } catch (const Error &e) {
        QMessageBox::critical(m_window.get(), tr("Opora"), e.userMessage());
        return false;
    }
}

bool Session::start(const QString &path, bool demo)
{
    if (demo)
        return openDemo();
    if (QFileInfo::exists(path))
        return openFile(path);
    return firstStart(path);
}

bool Session::firstStart(const QString &path)
{
    FirstStartDialog dialog;
    connect(&dialog, &FirstStartDialog::languageChosen, this, &Session::switchLanguage);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    switchLanguage(dialog.language());
    switch (dialog.choice()) {
    case FirstStartDialog::Choice::Demo:
        return openDemo();
    case FirstStartDialog::Choice::Create:
        return createFile(path, dialog.profile());
    case FirstStartDialog::Choice::Open: {
        const QString chosen =
            QFileDialog::getOpenFileName(nullptr, tr("Open database"), dataFolder(), fileFilter());
        return !chosen.isEmpty() && openFile(chosen);
    }
    case FirstStartDialog::Choice::None:
        break;
    }
    return false;
}

void Session::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window.get(), tr("Open database"),
                                                      dataFolder(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void Session::chooseAndCreate()
{
    const QStringList profiles{tr("Russia (442-FZ, lists in Russian)"),
                               tr("Ukraine (Law on social services, lists in Ukrainian)")};
    bool ok = false;
    const QString profile = QInputDialog::getItem(m_window.get(), tr("New database"),
                                                  tr("Region profile:"), profiles, 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window.get(), tr("New database"), dataFolder() + u"/opora.sqlite"_s, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            m_window.get(), tr("New database"),
            tr("%1 already exists. Choose a new file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    createFile(path, profile == profiles.at(1) ? Profile::Ua : Profile::Ru);
}

void Session::switchLanguage(const QString &language)
{
    saveLanguage(language);
    installTranslations(language);
}

} // namespace opora::ui
