#include "volunteers/volunteercard.h"

#include "clock.h"
#include "db/database.h"
#include "error.h"
#include "i18n/language.h"
#include "register/personpicker.h"
#include "register/personrepository.h"
#include "volunteers/volunteerdialogs.h"
#include "widgets/dateedits.h"
#include "widgets/fielderrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 6);
}

} // namespace

VolunteerCard::VolunteerCard(Database &db, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_person(new PersonPicker(db, this))
    , m_unlink(new QPushButton(tr("Not in the re&gister"), this))
    , m_surname(new QLineEdit(this))
    , m_firstName(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_skills(new QLineEdit(this))
    , m_since(optionalDateEdit(tr("not known"), this))
    , m_tabs(new QTabWidget(this))
    , m_mentoring(readOnlyTable({tr("Case"), tr("About"), tr("From"), tr("Until")}, this))
    , m_hours(readOnlyTable({tr("Date"), tr("Hours"), tr("Project"), tr("What was done")}, this))
    , m_total(new QLabel(this))
    , m_mentor(new QPushButton(tr("&Mentor a case…"), this))
    , m_end(new QPushButton(tr("&End the mentoring…"), this))
    , m_log(new QPushButton(tr("&Log hours…"), this))
    , m_remove(new QPushButton(tr("Remo&ve the entry"), this))
    , m_archive(new QPushButton(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    m_person->setObjectName(u"volunteerPerson"_s);
    m_surname->setObjectName(u"volunteerSurname"_s);
    m_skills->setObjectName(u"volunteerSkills"_s);
    m_total->setObjectName(u"volunteerTotal"_s);
    m_person->setPlaceholderText(tr("Type a surname if the volunteer is in the register"));
    m_since->setMaximumDate(today());
    auto *link = new QHBoxLayout;
    link->addWidget(m_person, 1);
    link->addWidget(m_unlink);
    auto *form = new QFormLayout;
    auto *personLabel = new QLabel(tr("&Person of the register"), this);
    personLabel->setBuddy(m_person);
    form->addRow(personLabel, link);
    form->addRow(tr("S&urname"), m_surname);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("P&hone"), m_phone);
    form->addRow(tr("S&kills and interests"), m_skills);
    form->addRow(tr("Volunteer s&ince"), m_since);
    m_errors->bind(u"person"_s, m_person);
    m_errors->bind(u"surname"_s, m_surname);
    m_errors->bind(u"since"_s, m_since);

    auto *mentoringPage = new QWidget(this);
    auto *mentoringButtons = new QHBoxLayout;
    mentoringButtons->addWidget(m_mentor);
    mentoringButtons->addWidget(m_end);
    mentoringButtons->addStretch();
    auto *mentoringLayout = new QVBoxLayout(mentoringPage);
    mentoringLayout->addWidget(m_mentoring);
    mentoringLayout->addLayout(mentoringButtons);
    auto *hoursPage = new QWidget(this);
    auto *hoursButtons = new QHBoxLayout;
    hoursButtons->addWidget(m_log);
    hoursButtons->addWidget(m_remove);
    hoursButtons->addStretch();
    hoursButtons->addWidget(m_total);
    auto *hoursLayout = new QVBoxLayout(hoursPage);
    hoursLayout->addWidget(m_hours);
    hoursLayout->addLayout(hoursButtons);
    m_tabs->addTab(mentoringPage, tr("Men&toring"));
    m_tabs->addTab(hoursPage, tr("H&ours"));

    m_errorLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_archive, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_person, &PersonPicker::personChosen, this, &VolunteerCard::linkChanged);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        m_person->setPerson(0, {});
        linkChanged();
    });
    connect(m_mentor, &QPushButton::clicked, this, &VolunteerCard::mentorCase);
    connect(m_end, &QPushButton::clicked, this, &VolunteerCard::endMentoring);
    connect(m_log, &QPushButton::clicked, this, &VolunteerCard::logHours);
    connect(m_remove, &QPushButton::clicked, this, &VolunteerCard::removeHours);
    connect(m_archive, &QPushButton::clicked, this, &VolunteerCard::toggleArchived);
    connect(m_save, &QPushButton::clicked, this, &VolunteerCard::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QTableWidget *table : {m_mentoring, m_hours})
        connect(table, &QTableWidget::itemSelectionChanged, this, &VolunteerCard::updateButtons);
    load(id);
    resize(760, 600);
}

VolunteerCard::~VolunteerCard() = default;

void VolunteerCard::load(qint64 id)
{
    m_record = id > 0 ? VolunteerRepository(m_db).get(id) : Volunteer{};
    const QString name = id > 0 ? VolunteerRepository(m_db).nameOf(id) : QString();
    setWindowTitle(id > 0 ? tr("Volunteer — %1").arg(name) : tr("New volunteer"));
    m_person->setPerson(m_record.personId, m_record.personId > 0 ? name : QString());
    m_surname->setText(m_record.surname);
    m_firstName->setText(m_record.firstName);
    m_phone->setText(m_record.phone);
    m_skills->setText(m_record.skills);
    setOptionalDate(m_since, m_record.since);
    linkChanged();
    loadActivity();
}

void VolunteerCard::loadActivity()
{
    VolunteerRepository volunteers(m_db);
    m_mentorships = m_record.id > 0 ? volunteers.mentorships(m_record.id) : QList<Mentorship>{};
    m_entries = m_record.id > 0 ? volunteers.hours(m_record.id) : QList<VolunteerHours>{};
    m_mentoring->setRowCount(int(m_mentorships.size()));
    for (int row = 0; row < m_mentorships.size(); ++row) {
        const Mentorship &m = m_mentorships.at(row);
        setRow(m_mentoring, row,
               {m.caseNumber, m.caseSubject, formatDate(m.startsOn),
                m.endsOn.isValid() ? formatDate(m.endsOn) : tr("still mentoring")});
    }
    m_hours->setRowCount(int(m_entries.size()));
    double total = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const VolunteerHours &h = m_entries.at(row);
        setRow(m_hours, row, {formatDate(h.date), hoursText(h.hours), h.projectName, h.note});
        m_hours->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        total += h.hours;
    }
    m_total->setText(tr("In all: %1 h").arg(hoursText(total)));
    for (QTableWidget *table : {m_mentoring, m_hours})
        table->resizeColumnsToContents();
    updateButtons();
}

QString VolunteerCard::totalText() const
{
    return m_total->text();
}

void VolunteerCard::linkChanged()
{
    // A person of the register brings their name; the name fields are for everyone else.
    const bool linked = m_person->personId() > 0;
    m_surname->setEnabled(!linked);
    m_firstName->setEnabled(!linked);
    m_unlink->setEnabled(linked);
    if (linked) {
        const PersonRecord p = PersonRepository(m_db).get(m_person->personId());
        m_surname->setText(p.surname);
        m_firstName->setText(p.firstName);
        if (m_phone->text().isEmpty())
            m_phone->setText(p.phone);
    }
}

void VolunteerCard::updateButtons()
{
    const bool writable = !m_db.isReadOnly();
    const bool saved = m_record.id > 0;
    const int mentoringRow = m_mentoring->currentRow();
    const bool open = mentoringRow >= 0 && mentoringRow < m_mentorships.size() &&
                      !m_mentorships.at(mentoringRow).endsOn.isValid();
    m_tabs->setEnabled(saved);
    m_mentor->setEnabled(writable && saved && !m_record.archived);
    m_end->setEnabled(writable && open);
    m_log->setEnabled(writable && saved && !m_record.archived);
    m_remove->setEnabled(writable && m_hours->currentRow() >= 0);
    m_save->setEnabled(writable);
    m_archive->setVisible(saved);
    m_archive->setEnabled(writable);
    m_archive->setText(m_record.archived ? tr("Bring &back") : tr("&Archive"));
    m_tabs->setToolTip(saved ? QString() : tr("Save the volunteer first"));
}

bool VolunteerCard::save()
{
    Volunteer typed = m_record;
    typed.personId = m_person->personId();
    typed.surname = m_surname->text();
    typed.firstName = m_firstName->text();
    typed.phone = m_phone->text();
    typed.skills = m_skills->text();
    typed.since = optionalDate(m_since);
    bool conflict = false;
    VolunteerRepository volunteers(m_db);
    const bool saved = m_errors->run([&] {
        try {
            if (typed.id > 0)
                volunteers.update(typed);
            else
                typed.id = volunteers.create(typed);
        } catch (const ConflictError &) {
            conflict = true;
        }
    });
    if (conflict) {
        m_errors->showMessage(tr("Someone else changed this volunteer after you opened the "
                                 "card. What you typed is still here: copy what you need, close "
                                 "the card and open it again."));
        return false;
    }
    if (!saved)
        return false;
    load(typed.id);
    Q_EMIT this->saved();
    return true;
}

void VolunteerCard::toggleArchived()
{
    const bool archive = !m_record.archived;
    if (archive &&
        QMessageBox::question(this, windowTitle(),
                              tr("Archive this volunteer? Their mentoring and hours "
                                 "stay in the records and in the indicators.")) != QMessageBox::Yes)
        return;
    if (m_errors->run([&] {
            VolunteerRepository(m_db).setArchived(m_record.id, m_record.version, archive);
        })) {
        load(m_record.id);
        Q_EMIT saved();
    }
}

void VolunteerCard::mentorCase()
{
    MentorDialog dialog(m_db, m_record.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        loadActivity();
        Q_EMIT saved();
    }
}

void VolunteerCard::endMentoring()
{
    const int row = m_mentoring->currentRow();
    if (row < 0 || row >= m_mentorships.size())
        return;
    EndMentorDialog dialog(m_db, m_mentorships.at(row), this);
    if (dialog.exec() == QDialog::Accepted) {
        loadActivity();
        Q_EMIT saved();
    }
}

void VolunteerCard::logHours()
{
    HoursDialog dialog(m_db, m_record.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        loadActivity();
        Q_EMIT saved();
    }
}

void VolunteerCard::removeHours()
{
    const int row = m_hours->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const VolunteerHours &h = m_entries.at(row);
    if (QMessageBox::question(this, windowTitle(),
                              tr("Remove the entry of %1 h on %2? Use this for an entry made in "
                                 "error.")
                                  .arg(hoursText(h.hours), formatDate(h.date))) != QMessageBox::Yes)
        return;
    if (m_errors->run([&] { VolunteerRepository(m_db).removeHours(h.id, h.version); })) {
        loadActivity();
        Q_EMIT saved();
    }
}

} // namespace opora::ui
