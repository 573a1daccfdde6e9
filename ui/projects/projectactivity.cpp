#include "projects/projectactivity.h"

#include "clock.h"
#include "db/database.h"
#include "error.h"
#include "events/eventspage.h"
#include "i18n/language.h"
#include "projects/enrolmentdialog.h"
#include "projects/projectrepository.h"
#include "register/personpicker.h"
#include "register/personrepository.h"
#include "services/servicespage.h"
#include "widgets/dateedits.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QTableView *listView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QLabel *bold(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ProjectActivity::ProjectActivity(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_enrolled(new QTableWidget(0, 3, this))
    , m_person(new PersonPicker(db, this))
    , m_from(dateEdit(this, today()))
    , m_to(optionalDateEdit(tr("open"), this))
    , m_error(new QLabel(this))
    , m_services(new JournalModel(db, this))
    , m_events(new EventsModel(db, this))
    , m_servicesTitle(bold(this))
    , m_eventsTitle(bold(this))
{
    m_enrolled->setObjectName(u"enrolled"_s);
    m_enrolled->setHorizontalHeaderLabels({tr("Person"), tr("From"), tr("To")});
    m_enrolled->verticalHeader()->hide();
    m_enrolled->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_enrolled->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_enrolled->setSelectionMode(QAbstractItemView::SingleSelection);
    m_enrolled->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    m_to->setToolTip(tr("The last day in the group, when it is known"));
    m_person->setPlaceholderText(tr("Who joins the target group: surname and first name"));
    m_error->setStyleSheet(u"color: #9b2226;"_s);
    m_error->setWordWrap(true);
    auto *add = new QPushButton(tr("&Enrol"), this);
    add->setEnabled(!db.isReadOnly());
    connect(add, &QPushButton::clicked, this, [this] { enrol(m_person->personId()); });

    auto *group = new QWidget(this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupTitle = bold(group);
    groupTitle->setText(tr("Target group"));
    auto *entry = new QHBoxLayout;
    entry->addWidget(new QLabel(tr("from"), group));
    entry->addWidget(m_from);
    entry->addWidget(new QLabel(tr("to"), group));
    entry->addWidget(m_to);
    entry->addStretch();
    entry->addWidget(add);
    auto *dates = new QPushButton(tr("C&hange dates…"), group);
    auto *takeOut = new QPushButton(tr("Take &out of the group…"), group);
    for (QPushButton *b : {dates, takeOut}) {
        b->setEnabled(false);
        connect(m_enrolled, &QTableWidget::itemSelectionChanged, b,
                [this, b] { b->setEnabled(!m_db.isReadOnly() && m_enrolled->currentRow() >= 0); });
    }
    connect(dates, &QPushButton::clicked, this, &ProjectActivity::changeDates);
    connect(m_enrolled, &QTableWidget::cellActivated, this, &ProjectActivity::changeDates);
    connect(takeOut, &QPushButton::clicked, this, &ProjectActivity::confirmTakeOut);
    auto *rowActions = new QHBoxLayout;
    rowActions->addStretch();
    rowActions->addWidget(dates);
    rowActions->addWidget(takeOut);
    groupLayout->addWidget(groupTitle);
    groupLayout->addWidget(m_enrolled, 1);
    groupLayout->addLayout(rowActions);
    groupLayout->addWidget(m_person);
    groupLayout->addLayout(entry);
    groupLayout->addWidget(m_error);

    auto *services = new QWidget(this);
    auto *servicesLayout = new QVBoxLayout(services);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    servicesLayout->addWidget(m_servicesTitle);
    QTableView *servicesView = listView(m_services, services);
    servicesLayout->addWidget(servicesView, 1);
    auto *events = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(events);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_eventsTitle);
    QTableView *eventsView = listView(m_events, events);
    connect(eventsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT eventRequested(m_events->idAt(index.row()));
    });
    eventsLayout->addWidget(eventsView, 1);
    connect(m_services, &JournalModel::totalChanged, this, [this, servicesView](qint64 total) {
        m_servicesTitle->setText(tr("Services attributed to the project: %1").arg(total));
        servicesView->resizeColumnsToContents();
    });
    connect(m_events, &EventsModel::totalChanged, this, [this, eventsView](qint64 total) {
        m_eventsTitle->setText(tr("Events of the project: %1").arg(total));
        eventsView->resizeColumnsToContents();
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(services);
    right->addWidget(events);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(group);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    group->setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void ProjectActivity::setProject(qint64 projectId)
{
    m_projectId = projectId;
    // A project not yet saved has nothing attributed: filter by an id no row has.
    const qint64 id = projectId ? projectId : std::numeric_limits<qint64>::max();
    JournalFilter services;
    services.projectId = id;
    m_services->setFilter(services);
    EventFilter events;
    events.projectId = id;
    m_events->setFilter(events);
    reloadEnrolment();
}

void ProjectActivity::reloadEnrolment()
{
    m_enrolments =
        m_projectId ? ProjectRepository(m_db).enrolments(m_projectId) : QList<Enrolment>{};
    const QList<Enrolment> &list = m_enrolments;
    m_enrolled->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Enrolment &e = list.at(row);
        const QString name = PersonRepository(m_db).get(e.personId).fullName();
        m_enrolled->setItem(row, 0, new QTableWidgetItem(name));
        m_enrolled->setItem(row, 1, new QTableWidgetItem(formatDate(e.startsOn)));
        m_enrolled->setItem(row, 2, new QTableWidgetItem(formatDate(e.endsOn)));
    }
    m_enrolled->resizeColumnsToContents();
    m_enrolled->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

int ProjectActivity::enrolledRows() const
{
    return m_enrolled->rowCount();
}

qint64 ProjectActivity::serviceCount() const
{
    return m_services->total();
}

qint64 ProjectActivity::eventCount() const
{
    return m_events->total();
}

bool ProjectActivity::enrol(qint64 personId)
{
    m_error->clear();
    try {
        Enrolment e;
        e.projectId = m_projectId;
        e.personId = personId;
        e.startsOn = m_from->date();
        e.endsOn = optionalDate(m_to);
        ProjectRepository(m_db).enrol(e);
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        return false;
    }
    m_person->setPerson(0, {});
    setOptionalDate(m_to, {});
    reloadEnrolment();
    Q_EMIT changed();
    return true;
}

void ProjectActivity::setEnrolmentDates(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    setOptionalDate(m_to, to);
}

void ProjectActivity::changeDates()
{
    const int row = m_enrolled->currentRow();
    if (row < 0 || m_db.isReadOnly())
        return;
    EnrolmentDialog dialog(m_db, m_enrolments.at(row), m_enrolled->item(row, 0)->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadEnrolment();
    Q_EMIT changed();
}

void ProjectActivity::confirmTakeOut()
{
    const int row = m_enrolled->currentRow();
    if (row < 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Take out of the target group"),
        tr("Take %1 out of the project's target group? Do this for an enrolment made in error; "
           "when the person has left the group, change the dates instead.")
            .arg(m_enrolled->item(row, 0)->text()));
    if (answer == QMessageBox::Yes)
        takeOut(row);
}

bool ProjectActivity::takeOut(int row)
{
    m_error->clear();
    try {
        const Enrolment &e = m_enrolments.at(row);
        ProjectRepository(m_db).archiveEnrolment(e.id, e.version);
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        return false;
    }
    reloadEnrolment();
    Q_EMIT changed();
    return true;
}

} // namespace opora::ui
