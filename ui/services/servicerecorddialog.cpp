#include "services/servicerecorddialog.h"

#include "clock.h"
#include "error.h"
#include "i18n/language.h"
#include "register/lookups.h"
#include "register/personpicker.h"
#include "register/registermodels.h"
#include "services/servicenames.h"
#include "services/servicerepository.h"
#include "widgets/fielderrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

ServiceRecordDialog::ServiceRecordDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_person(new PersonPicker(db, this))
    , m_case(new QComboBox(this))
    , m_item(new QComboBox(this))
    , m_form(new QComboBox(this))
    , m_date(new QDateEdit(today(), this))
    , m_quantity(new QDoubleSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_staff(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_errorsLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_errors(new FieldErrors(m_errorsLabel))
{
    setWindowTitle(tr("Record services"));
    m_person->setObjectName(u"servicePerson"_s);
    m_item->setObjectName(u"serviceItem"_s);
    for (const ServiceItem &i : ServiceRepository(db).catalogue())
        m_item->addItem(u"%1 — %2"_s.arg(i.code, i.name), i.id);
    m_item->setMaximumWidth(560);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_date->setMaximumDate(today());
    m_quantity->setRange(0, 1000);
    m_quantity->setValue(1);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSpecialValueText(tr("not recorded"));
    m_staff->addItem(tr("not chosen"), 0);
    for (const Choice &s : staffChoices(db))
        m_staff->addItem(s.name, s.id);
    connect(m_person, &PersonPicker::personChosen, this, &ServiceRecordDialog::fillCases);
    connect(m_item, &QComboBox::currentIndexChanged, this, &ServiceRecordDialog::fillForms);
    connect(m_case, &QComboBox::activated, this, [this] {
        const qint64 responsible = m_case->currentData(Qt::UserRole + 1).toLongLong();
        if (responsible)
            m_staff->setCurrentIndex(std::max(0, m_staff->findData(responsible)));
    });
    fillForms();

    auto *form = new QFormLayout;
    form->addRow(tr("&Person"), m_person);
    form->addRow(tr("&Case"), m_case);
    form->addRow(tr("&Service"), m_item);
    form->addRow(tr("&Form"), m_form);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Quantity"), m_quantity);
    form->addRow(tr("D&uration, minutes"), m_minutes);
    form->addRow(tr("Speciali&st"), m_staff);
    form->addRow(tr("&Note"), m_note);
    m_errors->bind(u"person"_s, m_person);
    m_errors->bind(u"case"_s, m_case);
    m_errors->bind(u"item"_s, m_item);
    m_errors->bind(u"form"_s, m_form);
    m_errors->bind(u"date"_s, m_date);
    m_errors->bind(u"quantity"_s, m_quantity);

    auto *buttons = new QDialogButtonBox(this);
    auto *next = buttons->addButton(tr("Save and &next (Ctrl+S)"), QDialogButtonBox::ApplyRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(next, &QPushButton::clicked, this, &ServiceRecordDialog::saveAndNext);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ServiceRecordDialog::saveAndNext);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(720);
}

ServiceRecordDialog::~ServiceRecordDialog() = default;

void ServiceRecordDialog::choosePerson(qint64 personId)
{
    m_person->setPerson(personId, {});
    fillCases(personId);
}

void ServiceRecordDialog::fillCases(qint64 personId)
{
    m_case->clear();
    for (const OpenCase &c : ServiceRepository(m_db).openCasesOf(personId)) {
        m_case->addItem(u"%1 — %2"_s.arg(c.number, caseStatusName(c.status)), c.id);
        m_case->setItemData(m_case->count() - 1, c.responsibleId, Qt::UserRole + 1);
    }
    if (m_case->count() == 0)
        m_case->addItem(tr("no open case: open one first"), 0);
    Q_EMIT m_case->activated(0);
}

void ServiceRecordDialog::fillForms()
{
    const QString current = m_form->currentData().toString();
    m_form->clear();
    for (const ServiceItem &i : ServiceRepository(m_db).catalogue()) {
        if (i.id != m_item->currentData().toLongLong())
            continue;
        for (const QString &f : i.forms)
            m_form->addItem(serviceFormName(f), f);
    }
    m_form->setCurrentIndex(std::max(0, m_form->findData(current)));
}

bool ServiceRecordDialog::saveAndNext()
{
    ServiceRecord r;
    r.personId = m_person->personId();
    r.caseId = m_case->currentData().toLongLong();
    r.itemId = m_item->currentData().toLongLong();
    r.form = m_form->currentData().toString();
    r.date = m_date->date();
    r.quantity = m_quantity->value();
    r.durationMinutes = m_minutes->value();
    r.staffId = m_staff->currentData().toLongLong();
    r.note = m_note->text();
    if (!m_errors->run([&] { ServiceRepository(m_db).create(r); }))
        return false;
    ++m_saved;
    m_status->setText(tr("Saved: %n service(s). Type the next person.", nullptr, m_saved));
    // The service, form, date and specialist stay for the next person.
    m_person->clear();
    m_person->setPerson(0, {});
    m_case->clear();
    m_note->clear();
    m_person->setFocus();
    Q_EMIT saved();
    return true;
}

} // namespace opora::ui
