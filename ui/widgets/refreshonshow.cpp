#include "widgets/refreshonshow.h"

#include <QEvent>
#include <QWidget>

namespace opora::ui {

RefreshOnShow::RefreshOnShow(QWidget *page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

void RefreshOnShow::request()
{
    m_stale = true;
    if (m_page->isVisible()) {
        m_stale = false;
        m_refresh();
    }
}

bool RefreshOnShow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace opora::ui
