#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

// The administrator edits the reference lists of the region profile and the departments:
// rename in place (F2), add, deactivate or activate, delete an item nothing uses.
class ReferenceListsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReferenceListsDialog(Database &db, QWidget *parent = nullptr);
    void showList(const QString &list);
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void add();
    void toggleActive();
    void removeItem();
    void renamed(int row);
    bool report(const std::function<void()> &change);
    QString currentList() const;
    Database &m_db;
    QComboBox *m_list;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QLabel *m_error;
    bool m_loading = false;
};

} // namespace opora::ui
