#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

// The individual plan of a case: the services planned with volume, frequency and term, what the
// journal shows delivered so far, overdue lines in red; a line is added in one row of fields,
// by keyboard, and removed (archived) with its button.
class CasePlanView : public QWidget
{
    Q_OBJECT

public:
    explicit CasePlanView(Database &db, QWidget *parent = nullptr);
    void setCase(qint64 caseId, bool editable);
    int lineCount() const;
    bool addLine();

private:
    void reload();
    void removeLine();
    Database &m_db;
    qint64 m_caseId = 0;
    QTableWidget *m_table;
    QComboBox *m_item;
    QDoubleSpinBox *m_volume;
    QComboBox *m_frequency;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace opora::ui
