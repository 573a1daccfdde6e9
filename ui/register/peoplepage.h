#pragma once

#include "models/listpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace opora {
class Database;
}

namespace opora::ui {

class PeopleModel;

// The People area: the register's people with filters by name, category and archive.
class PeoplePage : public ListPage
{
    Q_OBJECT

public:
    explicit PeoplePage(Database &db, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslate();
    Database &m_db;
    PeopleModel *m_people;
    QLineEdit *m_text;
    QComboBox *m_category;
    QCheckBox *m_archived;
    QPushButton *m_new;
    QTimer *m_delay;
};

} // namespace opora::ui
