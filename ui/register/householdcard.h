#pragma once

#include "register/householdrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace opora::ui {

class PersonPicker;

// A family: its name, address and members with their relation. Members are chosen from the
// register with the person picker.
class HouseholdCard : public QDialog
{
    Q_OBJECT

public:
    // id 0: a new family, with firstMember in it when given.
    HouseholdCard(Database &db, qint64 id, qint64 firstMember = 0, QWidget *parent = nullptr);
    bool save();
    qint64 householdId() const { return m_record.id; }

Q_SIGNALS:
    void saved(qint64 id);

private:
    void load(qint64 id);
    void addMemberRow(const HouseholdMember &member);
    HouseholdRecord formRecord() const;
    Database &m_db;
    HouseholdRecord m_record;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QTableWidget *m_members;
    PersonPicker *m_picker;
    QLabel *m_error;
};

} // namespace opora::ui
