#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

// The centre's projects with their period and how their indicators stand today.
class ProjectsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPage(Database &db, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void openRequested(qint64 projectId);
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Database &m_db;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_new;
};

} // namespace opora::ui
