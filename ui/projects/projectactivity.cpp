#include "projects/projectactivity.h"

#include "clock.h"
#include "db/database.h"
#include "error.h"
#include "events/eventspage.h"
#include "i18n/language.h"
#include "projects/projectrepository.h"
#include "register/personpicker.h"
#include "register/personrepository.h"
#include "services/servicespage.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    , m_from(new QDateEdit(today(), this))
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
    m_enrolled->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(dateFormat());
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
    entry->addWidget(m_person, 1);
    entry->addWidget(new QLabel(tr("from"), group));
    entry->addWidget(m_from);
    entry->addWidget(add);
    groupLayout->addWidget(groupTitle);
    groupLayout->addWidget(m_enrolled, 1);
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
    group->setMinimumWidth(380);
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
    const QList<Enrolment> list =
        m_projectId ? ProjectRepository(m_db).enrolments(m_projectId) : QList<Enrolment>{};
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
        ProjectRepository(m_db).enrol(e);
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        return false;
    }
    m_person->setPerson(0, {});
    reloadEnrolment();
    Q_EMIT changed();
    return true;
}

} // namespace opora::ui
