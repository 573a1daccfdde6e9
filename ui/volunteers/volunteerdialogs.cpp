#include "volunteers/volunteerdialogs.h"

#include "clock.h"
#include "db/database.h"
#include "i18n/language.h"
#include "projects/projectrepository.h"
#include "register/personpicker.h"
#include "services/servicerepository.h"
#include "widgets/dateedits.h"
#include "widgets/fielderrors.h"
#include "widgets/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

MentorDialog::MentorDialog(Database &db, qint64 volunteerId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_volunteerId(volunteerId)
    , m_picker(new PersonPicker(db, this))
    , m_cases(new QComboBox(this))
    , m_from(dateEdit(this, today()))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(tr("Mentor a case"));
    m_picker->setPlaceholderText(tr("Surname of the person the case is about"));
    m_cases->setMinimumWidth(280);
    auto *form = new QFormLayout;
    form->addRow(tr("&Person"), m_picker);
    form->addRow(tr("&Case"), m_cases);
    form->addRow(tr("&From"), m_from);
    m_errors->bind(u"case"_s, m_cases);
    m_errors->bind(u"starts_on"_s, m_from);
    connect(m_picker, &PersonPicker::personChosen, this, &MentorDialog::fillCases);
    layOutFormDialog(this, form, m_errorLabel, db.isReadOnly());
    fillCases(0);
}

void MentorDialog::fillCases(qint64 personId)
{
    m_cases->clear();
    for (const OpenCase &c : ServiceRepository(m_db).openCasesOf(personId))
        m_cases->addItem(c.number, c.id);
    if (personId > 0 && m_cases->count() == 0)
        m_errors->showMessage(tr("This person has no open case."));
    else
        m_errors->clear();
}

void MentorDialog::accept()
{
    Mentorship m;
    m.volunteerId = m_volunteerId;
    m.caseId = m_cases->currentData().toLongLong();
    m.startsOn = m_from->date();
    if (m_errors->run([&] { VolunteerRepository(m_db).assignMentor(m); }))
        QDialog::accept();
}

HoursDialog::HoursDialog(Database &db, qint64 volunteerId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_volunteerId(volunteerId)
    , m_date(dateEdit(this, today()))
    , m_hours(new QDoubleSpinBox(this))
    , m_project(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(tr("Log volunteer hours"));
    m_date->setMaximumDate(today());
    m_hours->setRange(0, 24);
    m_hours->setDecimals(2);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(1);
    m_project->addItem(tr("no project"), 0);
    for (const Project &p : ProjectRepository(db).list())
        m_project->addItem(p.name, p.id);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Hours"), m_hours);
    form->addRow(tr("P&roject"), m_project);
    form->addRow(tr("&What was done"), m_note);
    m_errors->bind(u"date"_s, m_date);
    m_errors->bind(u"hours"_s, m_hours);
    m_errors->bind(u"project"_s, m_project);
    layOutFormDialog(this, form, m_errorLabel, db.isReadOnly());
}

void HoursDialog::accept()
{
    VolunteerHours h;
    h.volunteerId = m_volunteerId;
    h.date = m_date->date();
    h.hours = m_hours->value();
    h.projectId = m_project->currentData().toLongLong();
    h.note = m_note->text();
    if (m_errors->run([&] { VolunteerRepository(m_db).logHours(h); }))
        QDialog::accept();
}

EndMentorDialog::EndMentorDialog(Database &db, const Mentorship &mentorship, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mentorship(mentorship)
    , m_date(dateEdit(this, today()))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(tr("End the mentoring"));
    auto *form = new QFormLayout;
    form->addRow(tr("Case"), new QLabel(mentorship.caseNumber, this));
    form->addRow(tr("Mentoring since"), new QLabel(formatDate(mentorship.startsOn), this));
    form->addRow(tr("&Ended on"), m_date);
    m_errors->bind(u"ends_on"_s, m_date);
    layOutFormDialog(this, form, m_errorLabel, db.isReadOnly());
}

void EndMentorDialog::accept()
{
    bool conflict = false;
    const bool saved = m_errors->run([&] {
        try {
            VolunteerRepository(m_db).endMentorship(m_mentorship.id, m_mentorship.version,
                                                    m_date->date());
        } catch (const ConflictError &) {
            conflict = true;
        }
    });
    if (conflict)
        m_errors->showMessage(tr("Someone else changed this mentoring after you opened it. "
                                 "Close this window and open it again."));
    if (saved && !conflict)
        QDialog::accept();
}

} // namespace opora::ui
