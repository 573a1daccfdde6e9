#include "projects/enrolmentdialog.h"

#include "db/database.h"
#include "error.h"
#include "projects/projectrepository.h"
#include "widgets/dateedits.h"
#include "widgets/fielderrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

EnrolmentDialog::EnrolmentDialog(Database &db, const Enrolment &enrolment,
                                 const QString &personName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_enrolment(enrolment)
    , m_from(dateEdit(this, enrolment.startsOn))
    , m_to(optionalDateEdit(tr("still in the group"), this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(tr("Dates in the target group"));
    setOptionalDate(m_to, enrolment.endsOn);
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Person"), new QLabel(personName, this));
    form->addRow(tr("In the group from"), m_from);
    form->addRow(tr("Left the group on"), m_to);
    m_errors->bind(u"starts"_s, m_from);
    m_errors->bind(u"ends"_s, m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!db.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

void EnrolmentDialog::setDates(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    setOptionalDate(m_to, to);
}

bool EnrolmentDialog::save()
{
    Enrolment typed = m_enrolment;
    typed.startsOn = m_from->date();
    typed.endsOn = optionalDate(m_to);
    bool conflict = false;
    const bool saved = m_errors->run([&] {
        try {
            ProjectRepository(m_db).updateEnrolment(typed);
        } catch (const ConflictError &) {
            conflict = true;
        }
    });
    if (conflict)
        m_errors->showMessage(tr("Someone else changed these dates after you opened them. Close "
                                 "this window and open the dates again."));
    return saved && !conflict;
}

void EnrolmentDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace opora::ui
