#include "shell/session.h"

#include "access/accounts.h"
#include "access/signindialog.h"
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
    m_window.reset(); // the window holds a reference to the database
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
    window->setSignedIn(account.displayName, Accounts::roleName(account.role));
    connect(window.get(), &MainWindow::openDatabaseRequested, this, &Session::chooseAndOpen);
    connect(window.get(), &MainWindow::newDatabaseRequested, this, &Session::chooseAndCreate);
    connect(window.get(), &MainWindow::openDemoRequested, this, &Session::openDemo);
    connect(window.get(), &MainWindow::languageRequested, this, &Session::switchLanguage);
    if (m_window)
        window->setGeometry(m_window->geometry());
    window->show();
    // The old window goes before its database, the old demo folder after both.
    m_window = std::move(window);
    m_db = std::move(db);
    m_demoDir = std::move(demoDir);
    return true;
}

bool Session::openFile(const QString &path)
{
    try {
        return show(Database::open(path));
    } catch (const Error &e) {
        QMessageBox::critical(m_window.get(), tr("Opora"),
                              tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)) +
                                  u"\n\n"_s + e.userMessage());
        return false;
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
