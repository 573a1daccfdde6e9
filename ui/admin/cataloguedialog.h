#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

// The administrator's service catalogue: add, edit, deactivate; delete only what nothing uses.
class CatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueDialog(Database &db, QWidget *parent = nullptr);

private:
    void reload();
    void edit(bool create);
    void toggleActive();
    void removeItem();
    void updateButtons();
    qint64 currentId() const;
    bool report(const std::function<void()> &change);

    Database &m_db;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace opora::ui
