#pragma once

#include "access/accounts.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace opora {
class Database;
}

namespace opora::ui {

// Locks the program after a while without keyboard or mouse use on shared office PCs: every
// window is hidden and only the signed-in account's password brings them back as they were.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(Database &db, const Account &account, std::chrono::milliseconds after,
             QObject *parent = nullptr);
    ~IdleLock() override;
    bool isLocked() const { return m_locked; }
    // Locks at once (Ctrl+L), and returns when the password has been given.
    void lockNow() { lock(); }
    // Minutes from the settings ("security/idleMinutes", default 10; 0: never).
    static int idleMinutes();
    static void setIdleMinutes(int minutes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lock();
    Database &m_db;
    Account m_account;
    QTimer m_timer;
    bool m_locked = false;
};

} // namespace opora::ui
