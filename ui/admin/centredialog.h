#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;

namespace opora {
class Database;
}

namespace opora::ui {

class FieldErrors;

// The centre's name and logo, shown in the title blocks of its documents.
class CentreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CentreDialog(Database &db, QWidget *parent = nullptr);
    // Loads a picture (PNG, JPEG, SVG), scaled to fit a title block; false with the reason
    // shown when it cannot be read.
    bool setLogoFile(const QString &path);
    bool save();
    void setName(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    void showLogo();
    Database &m_db;
    QLineEdit *m_name;
    QLabel *m_logo;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
    QByteArray m_logoPng;
};

} // namespace opora::ui
