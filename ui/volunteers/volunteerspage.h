#pragma once

#include "models/listpage.h"
#include "models/pagedtablemodel.h"
#include "volunteers/volunteerrepository.h"

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace opora {
class Database;
}

namespace opora::ui {

class VolunteersModel : public RecordListModel<VolunteerRow, VolunteerFilter>
{
    Q_OBJECT

public:
    explicit VolunteersModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QList<PagedColumn> columns() const override;
};

// The Volunteers area: volunteers and mentors with the cases they mentor and their hours.
class VolunteersPage : public ListPage
{
    Q_OBJECT

public:
    explicit VolunteersPage(Database &db, QWidget *parent = nullptr);
    void refresh();
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslate();
    VolunteersModel *m_volunteers;
    QLineEdit *m_search;
    QCheckBox *m_archived;
    QPushButton *m_new;
};

} // namespace opora::ui
