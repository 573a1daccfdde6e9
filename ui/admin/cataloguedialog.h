#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;

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

    Database &m_db;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QLabel *m_error;
    FieldErrors *m_errors;
};

} // namespace opora::ui
