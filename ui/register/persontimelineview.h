#pragma once

#include "register/persontimeline.h"

#include <QTableWidget>

namespace opora {
class Database;
}

namespace opora::ui {

// A person's history in one table, newest first: services received, events attended and the
// status changes of their cases. Enter or a double click opens the case or the event.
class PersonTimelineView : public QTableWidget
{
    Q_OBJECT

public:
    explicit PersonTimelineView(Database &db, QWidget *parent = nullptr);
    void load(qint64 personId);
    const QList<TimelineEntry> &entries() const { return m_entries; }

Q_SIGNALS:
    void caseRequested(qint64 caseId);
    void eventRequested(qint64 eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open(int row);
    void fill();
    Database &m_db;
    QList<TimelineEntry> m_entries;
};

} // namespace opora::ui
