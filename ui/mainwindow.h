#pragma once

#include <QMainWindow>

namespace opora {
class Database;
}

namespace opora::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

private:
    Database &m_db;
};

} // namespace opora::ui
