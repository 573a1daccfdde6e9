#pragma once

#include "projects/project.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;

// The project's passport: name, funder, agreement, amount, period, goal, tasks, target groups,
// partners, status. A failed save keeps what was typed.
class ProjectPassport : public QWidget
{
    Q_OBJECT

public:
    ProjectPassport(Database &db, QWidget *parent = nullptr);
    void setProject(const Project &project);
    Project formProject() const;
    // Creates or updates; returns the id, or 0 when the save failed (the reason is shown).
    qint64 save();

private:
    Database &m_db;
    Project m_project;
    QLineEdit *m_name;
    QLineEdit *m_funder;
    QLineEdit *m_agreement;
    QDoubleSpinBox *m_amount;
    QComboBox *m_currency;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QComboBox *m_status;
    QPlainTextEdit *m_goal;
    QPlainTextEdit *m_tasks;
    QPlainTextEdit *m_groups;
    QPlainTextEdit *m_partners;
    QPlainTextEdit *m_results;
    QPlainTextEdit *m_lessons;
    QPlainTextEdit *m_proposals;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
