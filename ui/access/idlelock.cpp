#include "access/idlelock.h"

#include "access/signindialog.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace opora::ui {

IdleLock::IdleLock(Database &db, const Account &account, std::chrono::milliseconds after,
                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_account(account)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(after);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

int IdleLock::idleMinutes()
{
    return QSettings().value(u"security/idleMinutes"_s, 10).toInt();
}

void IdleLock::setIdleMinutes(int minutes)
{
    QSettings().setValue(u"security/idleMinutes"_s, std::max(0, minutes));
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    // Hidden, not closed: open cards keep what was typed in them.
    QList<QPointer<QWidget>> hidden;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible()) {
            hidden << w;
            w->hide();
        }
    SignInDialog unlock(m_db);
    unlock.setUnlocking(m_account.login);
    while (unlock.exec() != QDialog::Accepted) {
        // Cancel does not unlock: the dialog comes back until the password is given.
    }
    for (const QPointer<QWidget> &w : hidden)
        if (w)
            w->show();
    m_locked = false;
    m_timer.start();
}

} // namespace opora::ui
