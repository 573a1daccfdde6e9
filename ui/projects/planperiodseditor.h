#pragma once

#include "projects/project.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace opora::ui {

// The plan of an indicator split by quarter or month of the project's period: a choice of
// split and one value per part. Parts of a new split share the total by their days.
class PlanPeriodsEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Split { WholeProject, Quarters, Months };

    explicit PlanPeriodsEditor(QWidget *parent = nullptr);
    // The project's period and the indicator's parts (empty: the whole project only).
    void setPlan(const QDate &startsOn, const QDate &endsOn, double total,
                 const QList<PlanPeriod> &periods);
    // Splits the current total anew.
    void setSplit(Split split);
    Split split() const;
    QList<PlanPeriod> periods() const; // empty for the whole project
    double total() const;
    // The total typed for the whole project, shared anew when a split is chosen.
    void setTotal(double total);
    // Sets the value of one part (by its row), as typing it does.
    void setValue(int row, double value);

Q_SIGNALS:
    void totalChanged(double total);

private:
    void fill(const QList<PlanPeriod> &periods);
    QList<PlanPeriod> partsOf(Split split) const;
    double partsTotal() const; // the sum of the parts shown
    QDate m_starts;
    QDate m_ends;
    double m_total = 0;
    QComboBox *m_split;
    QTableWidget *m_table;
};

} // namespace opora::ui
