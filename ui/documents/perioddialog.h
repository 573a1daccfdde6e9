#pragma once

#include <QDialog>

class QDateEdit;

namespace opora {
class Database;
}

namespace opora::ui {

// The centre's report for a period: choose the dates, then preview and print or save as PDF.
class PeriodReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeriodReportDialog(Database &db, QWidget *parent = nullptr);

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace opora::ui
