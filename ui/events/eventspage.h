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

class EventsModel : public PagedTableModel
{
    Q_OBJECT

public:
    explicit EventsModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    qint64 idAt(int row) const override;
    void setFilter(const EventFilter &filter);

protected:
    int fetchPage(const PageRequest &request, qint64 &total) override;
    void clearRows() override { m_rows.clear(); }
    QList<PagedColumn> columns() const override;

private:
    Database &m_db;
    EventFilter m_filter;
    QList<EventRow> m_rows;
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
