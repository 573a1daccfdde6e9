#pragma once

#include "services/servicecatalogue.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace opora::ui {

class FieldErrors;

// Adds or edits an item of the service catalogue; a refused save keeps what was typed.
class CatalogueItemForm : public QDialog
{
    Q_OBJECT

public:
    CatalogueItemForm(Database &db, const CatalogueItem &item, QWidget *parent = nullptr);
    qint64 savedId() const { return m_item.item.id; }
    void accept() override;

private:
    Database &m_db;
    CatalogueItem m_item;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_unit;
    QList<QCheckBox *> m_forms;
    QLabel *m_errorLabel;
    FieldErrors *m_errors;
};

} // namespace opora::ui
