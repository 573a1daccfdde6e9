#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;

// The administrator's retention of personal data: the period after a closed case, what it
// would remove today, and the removal itself after a confirmation.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(Database &db, QWidget *parent = nullptr);
    // Anonymises what is due after asking; ask=false for tests.
    void anonymise(bool ask = true);

private:
    void preview();
    Database &m_db;
    QSpinBox *m_years;
    QLabel *m_plan;
    QLabel *m_error;
    FieldErrors *m_errors;
    QPushButton *m_apply;
};

} // namespace opora::ui
