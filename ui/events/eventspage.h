#pragma once

#include "events/eventrepository.h"
#include "models/listpage.h"
#include "models/pagedtablemodel.h"

class QComboBox;
class QPushButton;

namespace opora {
class Database;
}

namespace opora::ui {

class EventsModel : public RecordListModel<EventRow, EventFilter>
{
    Q_OBJECT

public:
    explicit EventsModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QList<PagedColumn> columns() const override;
};

// The Events area: classes, courses, trainings and round tables with who came.
class EventsPage : public ListPage
{
    Q_OBJECT

public:
    explicit EventsPage(Database &db, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslate();
    EventsModel *m_events;
    QComboBox *m_type;
    QComboBox *m_status;
    QPushButton *m_new;
};

} // namespace opora::ui
