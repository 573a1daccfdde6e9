#pragma once

#include "projects/project.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;
class PlanPeriodsEditor;

// Adds or edits an indicator: the funder's wording, unit, plan, and how the fact is counted,
// with the filters that way of counting understands and the rule in plain words below.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    // indicatorId 0 adds a new indicator to the project.
    IndicatorDialog(Database &db, qint64 projectId, qint64 indicatorId, QWidget *parent = nullptr);
    Indicator formIndicator() const;
    PlanPeriodsEditor *planPeriods() const { return m_periods; }
    void setFormIndicator(const Indicator &indicator);
    bool save();

public Q_SLOTS:
    void accept() override;

private:
    void methodChanged();
    void planChanged();
    void updateDescription();
    Database &m_db;
    Indicator m_indicator;
    QFormLayout *m_form;
    QPlainTextEdit *m_wording;
    QLineEdit *m_unit;
    QCheckBox *m_planned;
    QDoubleSpinBox *m_plan;
    PlanPeriodsEditor *m_periods;
    QComboBox *m_method;
    QComboBox *m_measure;
    QComboBox *m_item;
    QComboBox *m_type;
    QComboBox *m_formOfService;
    QListWidget *m_eventTypes;
    QListWidget *m_audiences;
    QComboBox *m_category;
    QSpinBox *m_ageMin;
    QSpinBox *m_ageMax;
    QCheckBox *m_partly;
    QLineEdit *m_comment;
    QLabel *m_description;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
