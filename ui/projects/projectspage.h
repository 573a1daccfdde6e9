#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class RefreshOnShow;

// The centre's projects with their period and how their indicators stand today.
class ProjectsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPage(Database &db, QWidget *parent = nullptr);
    void refresh();
    // Refreshes now if on screen, else when next shown (after a save elsewhere).
    void refreshWhenShown();

Q_SIGNALS:
    void openRequested(qint64 projectId);
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Database &m_db;
    RefreshOnShow *m_refresher;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_new;
};

} // namespace opora::ui
