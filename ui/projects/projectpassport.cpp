#include "projects/projectpassport.h"

#include "clock.h"
#include "db/database.h"
#include "error.h"
#include "i18n/language.h"
#include "projects/indicatortext.h"
#include "projects/projectrepository.h"
#include "widgets/fielderrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 1));
    return edit;
}

QDateEdit *dateBox(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat());
    return edit;
}

} // namespace

ProjectPassport::ProjectPassport(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_funder(new QLineEdit(this))
    , m_agreement(new QLineEdit(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_starts(dateBox(this))
    , m_ends(dateBox(this))
    , m_status(new QComboBox(this))
    , m_goal(textBox(this, 2))
    , m_tasks(textBox(this, 3))
    , m_groups(textBox(this, 2))
    , m_partners(textBox(this, 2))
    , m_results(textBox(this, 3))
    , m_lessons(textBox(this, 3))
    , m_proposals(textBox(this, 3))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    m_name->setObjectName(u"name"_s);
    m_funder->setObjectName(u"funder"_s);
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_currency->addItems({u"RUB"_s, u"UAH"_s, u"EUR"_s, u"USD"_s});
    for (const QString &s : {u"planned"_s, u"active"_s, u"completed"_s, u"cancelled"_s})
        m_status->addItem(projectStatusName(s), s);
    auto *money = new QHBoxLayout;
    money->addWidget(m_amount, 1);
    money->addWidget(m_currency);
    auto *period = new QHBoxLayout;
    period->addWidget(m_starts);
    period->addWidget(new QLabel(u"–"_s, this));
    period->addWidget(m_ends);
    period->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Funder"), m_funder);
    form->addRow(tr("Agreement number"), m_agreement);
    form->addRow(tr("Amount"), money);
    form->addRow(tr("Period"), period);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Goal"), m_goal);
    form->addRow(tr("Tasks"), m_tasks);
    form->addRow(tr("Target groups"), m_groups);
    form->addRow(tr("Partners"), m_partners);
    auto *report = new QLabel(tr("For the round-table document, in your own words:"), this);
    QFont bold = report->font();
    bold.setBold(true);
    report->setFont(bold);
    form->addRow(report);
    form->addRow(tr("Results"), m_results);
    form->addRow(tr("Lessons learned"), m_lessons);
    form->addRow(tr("Proposals"), m_proposals);
    m_errors->bind(u"name"_s, m_name);
    m_errors->bind(u"starts"_s, m_starts);
    m_errors->bind(u"ends"_s, m_ends);
    m_errors->bind(u"currency"_s, m_currency);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    Project fresh;
    fresh.startsOn = QDate(today().year(), 1, 1);
    fresh.endsOn = QDate(today().year(), 12, 31);
    fresh.currency = db.profile() == Profile::Ua ? u"UAH"_s : u"RUB"_s;
    setProject(fresh);
}

void ProjectPassport::setProject(const Project &p)
{
    m_project = p;
    m_name->setText(p.name);
    m_funder->setText(p.funder);
    m_agreement->setText(p.agreementNo);
    m_amount->setValue(p.amountMinor ? double(*p.amountMinor) / 100.0 : 0);
    if (!p.currency.isEmpty())
        m_currency->setCurrentText(p.currency);
    m_starts->setDate(p.startsOn);
    m_ends->setDate(p.endsOn);
    m_status->setCurrentIndex(std::max(0, m_status->findData(p.status)));
    m_goal->setPlainText(p.goal);
    m_tasks->setPlainText(p.tasks);
    m_groups->setPlainText(p.targetGroups);
    m_partners->setPlainText(p.partners);
    m_results->setPlainText(p.results);
    m_lessons->setPlainText(p.lessons);
    m_proposals->setPlainText(p.proposals);
}

Project ProjectPassport::formProject() const
{
    Project p = m_project;
    p.name = m_name->text().trimmed();
    p.funder = m_funder->text().trimmed();
    p.agreementNo = m_agreement->text().trimmed();
    p.amountMinor = m_amount->value() > 0
                        ? std::optional<qint64>(std::llround(m_amount->value() * 100))
                        : std::nullopt;
    p.currency = m_currency->currentText();
    p.startsOn = m_starts->date();
    p.endsOn = m_ends->date();
    p.status = m_status->currentData().toString();
    p.goal = m_goal->toPlainText().trimmed();
    p.tasks = m_tasks->toPlainText().trimmed();
    p.targetGroups = m_groups->toPlainText().trimmed();
    p.partners = m_partners->toPlainText().trimmed();
    p.results = m_results->toPlainText().trimmed();
    p.lessons = m_lessons->toPlainText().trimmed();
    p.proposals = m_proposals->toPlainText().trimmed();
    return p;
}

qint64 ProjectPassport::save()
{
    Project typed = formProject();
    ProjectRepository projects(m_db);
    bool conflict = false;
    const bool saved = m_errors->run([&] {
        try {
            if (typed.id)
                projects.update(typed);
            else
                typed.id = projects.create(typed);
        } catch (const ConflictError &) {
            conflict = true;
        }
    });
    if (conflict)
        m_errors->showMessage(
            tr("Someone else saved this project after you opened it. Your text is kept here: "
               "copy what you need, close the window and open the project again."));
    if (!saved || conflict)
        return 0;
    setProject(projects.get(typed.id));
    return typed.id;
}

} // namespace opora::ui
