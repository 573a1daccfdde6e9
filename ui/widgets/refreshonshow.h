#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace opora::ui {

// Refreshes a page when it is on screen, and otherwise the next time it is shown: pages nobody
// is looking at (the dashboards behind another area) cost nothing at start-up or after a save.
class RefreshOnShow : public QObject
{
public:
    RefreshOnShow(QWidget *page, std::function<void()> refresh);
    // Refresh now when the page is visible, else when it is next shown.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = true;
};

} // namespace opora::ui
