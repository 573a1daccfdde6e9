#pragma once

#include "models/listpage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace opora {
class Database;
}

namespace opora::ui {

class CasesModel;

// The Cases area: cases with filters by number or name, status, department, responsible
// specialist, opening period and archive.
class CasesPage : public ListPage
{
    Q_OBJECT

public:
    explicit CasesPage(Database &db, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslate();
    Database &m_db;
    CasesModel *m_cases;
    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_department;
    QComboBox *m_responsible;
    QDateEdit *m_from;
    QCheckBox *m_archived;
    QPushButton *m_new;
    QTimer *m_delay;
};

} // namespace opora::ui
