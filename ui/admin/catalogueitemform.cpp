#include "admin/catalogueitemform.h"

#include "db/database.h"
#include "services/servicenames.h"
#include "widgets/fielderrors.h"
#include "widgets/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace opora::ui {

CatalogueItemForm::CatalogueItemForm(Database &db, const CatalogueItem &item, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_item(item)
    , m_code(new QLineEdit(item.item.code, this))
    , m_name(new QLineEdit(item.item.name, this))
    , m_type(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(item.item.id ? tr("Service of the catalogue") : tr("New service"));
    m_code->setMaxLength(40);
    m_code->setReadOnly(item.inUse);
    if (item.inUse)
        m_code->setToolTip(tr("Records use this service, so its code stays as it is."));
    m_name->setMaxLength(300);
    m_name->setMinimumWidth(420);
    for (const QString &type : ServiceCatalogue(db).types())
        m_type->addItem(serviceTypeName(type), type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(item.item.type)));
    for (const QString &unit : ServiceCatalogue::units())
        m_unit->addItem(serviceUnitName(unit), unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(item.item.unit)));
    auto *forms = new QWidget(this);
    auto *formsRow = new QHBoxLayout(forms);
    formsRow->setContentsMargins(0, 0, 0, 0);
    for (const QString &f : serviceForms()) {
        auto *box = new QCheckBox(serviceFormName(f), forms);
        box->setProperty("form", f);
        box->setChecked(item.item.forms.contains(f) || item.item.id == 0);
        formsRow->addWidget(box);
        m_forms << box;
    }
    formsRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("Given &as"), forms);
    m_errors->bind(u"code"_s, m_code);
    m_errors->bind(u"name"_s, m_name);
    m_errors->bind(u"type"_s, m_type);
    m_errors->bind(u"unit"_s, m_unit);
    m_errors->bind(u"forms"_s, forms);
    layOutFormDialog(this, form, m_errorLabel, db.isReadOnly());
}

void CatalogueItemForm::accept()
{
    ServiceItem item = m_item.item;
    item.code = m_code->text();
    item.name = m_name->text();
    item.type = m_type->currentData().toString();
    item.unit = m_unit->currentData().toString();
    item.forms.clear();
    for (const QCheckBox *box : std::as_const(m_forms))
        if (box->isChecked())
            item.forms << box->property("form").toString();
    const bool saved = m_errors->run([&] {
        ServiceCatalogue catalogue(m_db);
        if (item.id)
            catalogue.update(item, m_item.version);
        else
            m_item.item.id = catalogue.create(item);
    });
    if (saved)
        QDialog::accept();
}

} // namespace opora::ui
