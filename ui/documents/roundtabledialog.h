#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace opora {
class Database;
}

namespace opora::ui {

struct RoundTableOptions;

// Prepares the round-table document of a project: the date of the figures, whether small
// counts are hidden, and — only when explicitly chosen — the named variant for internal use.
// Preview and print, or save as PDF; each is recorded in the audit trail.
class RoundTableDialog : public QDialog
{
    Q_OBJECT

public:
    RoundTableDialog(Database &db, qint64 projectId, const QDate &asOf, QWidget *parent = nullptr);
    RoundTableOptions options() const;
    // Writes the PDF to path; false with the reason shown when it cannot.
    bool saveTo(const QString &path);

private:
    void preview();
    void savePdf();
    Database &m_db;
    qint64 m_projectId;
    QDateEdit *m_asOf;
    QCheckBox *m_hideSmall;
    QCheckBox *m_named;
    QLabel *m_status;
};

} // namespace opora::ui
