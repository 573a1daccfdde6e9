#include "events/eventspage.h"

#include "db/database.h"
#include "i18n/language.h"
#include "services/servicenames.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace opora::ui {

EventsModel::EventsModel(Database &db, QObject *parent)
    : RecordListModel(
          [&db](const auto &filter, const PageRequest &request) {
              return EventRepository(db).list(filter, request);
          },
          EventFilter{}, parent)
{
    reset();
}

QList<PagedColumn> EventsModel::columns() const
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {{tr("Date"), u"date"_s, right}, {tr("Time"), {}},  {tr("Kind"), u"type"_s},
            {tr("Title"), u"title"_s},      {tr("Place"), {}}, {tr("Status"), {}},
            {tr("Came"), {}, right}};
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= loadedRows())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columns().at(index.column()).alignment);
    if (role != Qt::DisplayRole)
        return {};
    const EventRow &r = rowAt(index.row());
    switch (index.column()) {
    case 0:
        return formatDate(r.date);
    case 1:
        return r.startsAt;
    case 2:
        return eventTypeName(r.type);
    case 3:
        return r.title;
    case 4:
        return r.place;
    case 5:
        return eventStatusName(r.status);
    case 6:
        return r.status == u"held"_s ? QVariant(r.attended) : QVariant();
    }
    return {};
}

EventsPage::EventsPage(Database &db, QWidget *parent)
    : ListPage(db, new EventsModel(db), u"events"_s, parent)
    , m_events(static_cast<EventsModel *>(model()))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_new(new QPushButton(this))
{
    filterBar()->addWidget(m_type);
    filterBar()->addWidget(m_status);
    filterBar()->addStretch();
    filterBar()->addWidget(m_new);
    connect(m_type, &QComboBox::activated, this, &EventsPage::applyFilter);
    connect(m_status, &QComboBox::activated, this, &EventsPage::applyFilter);
    m_new->setEnabled(!db.isReadOnly());
    connect(m_new, &QPushButton::clicked, this, &EventsPage::newRequested);
    view()->sortByColumn(0, Qt::DescendingOrder);
    retranslate();
}

void EventsPage::retranslate()
{
    setWindowTitle(tr("Events"));
    m_new->setText(tr("&New event…"));
    const auto refill = [](QComboBox *box, const QString &all, const QStringList &codes,
                           QString (*name)(const QString &)) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(all);
        for (const QString &code : codes)
            box->addItem(name(code), code);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_type, tr("All kinds"), eventTypes(), eventTypeName);
    refill(m_status, tr("Any status"), eventStatuses(), eventStatusName);
}

void EventsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ListPage::changeEvent(event);
}

void EventsPage::applyFilter()
{
    EventFilter filter;
    filter.type = m_type->currentData().toString();
    filter.status = m_status->currentData().toString();
    m_events->setFilter(filter);
}

void EventsPage::refresh()
{
    m_events->reset();
}

} // namespace opora::ui
