#pragma once

#include "events/eventrepository.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace opora::ui {

class FieldErrors;
class PersonPicker;

// An event with its attendance: details, the roster of named participants (present, excused,
// absent) and headcounts by audience group for people who are not in the register.
class EventCard : public QDialog
{
    Q_OBJECT

public:
    EventCard(Database &db, qint64 id, QWidget *parent = nullptr);
    ~EventCard() override;
    bool save();
    qint64 eventId() const { return m_record.id; }
    QString totalsText() const;
    void addParticipant(qint64 personId);

Q_SIGNALS:
    void saved();

private:
    void load(qint64 id);
    void updateTotals();
    Database &m_db;
    EventRecord m_record;
    QComboBox *m_type;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QLineEdit *m_starts;
    QLineEdit *m_ends;
    QLineEdit *m_place;
    QComboBox *m_status;
    QSpinBox *m_repeat;
    QLabel *m_repeatLabel;
    QTableWidget *m_roster;
    PersonPicker *m_picker;
    QMap<QString, QSpinBox *> m_heads;
    QLabel *m_totals;
    QLabel *m_errorsLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
