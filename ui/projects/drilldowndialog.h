#pragma once

#include "projects/indicatorengine.h"

#include <QDialog>

namespace opora {
class Database;
}

namespace opora::ui {

// The records behind an indicator's fact: for counting methods, as many (or as much) as the
// fact says. It names people: it is for the centre's staff, never for a handout.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(Database &db, const Indicator &indicator, const QDate &asOf,
                    QWidget *parent = nullptr);
    int rowCount() const { return m_rows; }
    double total() const { return m_total; }

    // What a row is about, in words: a name, a case number, an event, a service.
    static QString describe(Database &db, const IndicatorRow &row);

private:
    int m_rows = 0;
    double m_total = 0;
};

} // namespace opora::ui
