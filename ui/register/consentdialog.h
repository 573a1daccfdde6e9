#pragma once

#include "register/referencerepository.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace opora::ui {

// Records a consent to the processing of personal data: the date, who signed (the legal
// representative for a minor) and what it covers.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(Database &db, qint64 personId, const QString &suggestedSigner,
                  QWidget *parent = nullptr);
    void accept() override;

private:
    Database &m_db;
    qint64 m_personId;
    QDateEdit *m_givenOn;
    QLineEdit *m_signedBy;
    QLineEdit *m_scope;
    QLabel *m_error;
};

} // namespace opora::ui
