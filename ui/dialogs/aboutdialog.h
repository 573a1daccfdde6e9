#pragma once

#include <QDialog>

namespace opora {
class Database;
}

namespace opora::ui {

// "About Opora": the version, the licence, the database file in use and its schema version,
// and the Qt version. "Copy details" puts the facts on the clipboard for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Database &db, QWidget *parent = nullptr);

    // The facts shown, one per line, as they are copied to the clipboard.
    QString details() const;

private:
    QString m_details;
};

} // namespace opora::ui
