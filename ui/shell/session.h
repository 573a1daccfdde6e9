#pragma once

#include "access/accounts.h"
#include "db/database.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace opora::ui {

class MainWindow;

// What the program has open: one database and its main window. Opening another file or the
// demo replaces both; the demo lives in a throwaway folder that is removed afterwards, so
// nothing done in the demo touches the real database.
class Session : public QObject
{
    Q_OBJECT

public:
    Session();
    ~Session() override;

    // Opens path (creating it with profile when it does not exist and create is true).
    bool openFile(const QString &path);
    bool createFile(const QString &path, Profile profile);
    // A fresh demo database in the language's profile (uk → ua, otherwise ru).
    bool openDemo();
    // Closes the window and the database, making the daily backup first.
    void close();
    // At start: the file given, the demo, or the default file; asks at first start.
    bool start(const QString &path, bool demo);

    MainWindow *window() const { return m_window.get(); }
    Database *database() const { return m_db.get(); }

private:
    static QString fileFilter();
    bool show(std::unique_ptr<Database> db, std::unique_ptr<QTemporaryDir> demoDir = {});
    bool firstStart(const QString &path);
    void chooseAndOpen();
    void chooseAndCreate();
    void switchLanguage(const QString &language);
    void backupNow();
    void chooseAndRestore();
    // The automatic backup when the program closes (once a day; not for the demo).
    void backupOnExit();
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<class IdleLock> m_idleLock;
    void startIdleLock(const Account &account);
};

} // namespace opora::ui
