#include "services/servicespage.h"

#include "clock.h"
#include "db/database.h"
#include "i18n/language.h"
#include "register/lookups.h"
#include "services/servicenames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

// The journal opens on the last month.
JournalFilter lastMonth()
{
    JournalFilter filter;
    filter.from = today().addMonths(-1);
    filter.to = today();
    return filter;
}

} // namespace

JournalModel::JournalModel(Database &db, QObject *parent)
    : RecordListModel(
          [&db](const auto &filter, const PageRequest &request) {
              return ServiceRepository(db).journal(filter, request);
          },
          lastMonth(), parent)
{
    reset();
}

QList<PagedColumn> JournalModel::columns() const
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {{tr("Date"), u"date"_s, right}, {tr("Case"), {}}, {tr("Person"), u"person"_s},
            {tr("Service"), u"item"_s},     {tr("Type"), {}}, {tr("Quantity"), {}, right},
            {tr("Minutes"), {}, right},     {tr("Form"), {}}, {tr("Specialist"), u"staff"_s}};
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= loadedRows())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columns().at(index.column()).alignment);
    if (role != Qt::DisplayRole)
        return {};
    const JournalRow &r = rowAt(index.row());
    switch (index.column()) {
    case 0:
        return formatDate(r.date);
    case 1:
        return r.caseNumber;
    case 2:
        return r.person;
    case 3:
        return r.item;
    case 4:
        return serviceTypeName(r.type);
    case 5:
        return QLocale().toString(r.quantity, 'g', 6);
    case 6:
        return r.durationMinutes > 0 ? QVariant(r.durationMinutes) : QVariant();
    case 7:
        return serviceFormName(r.form);
    case 8:
        return r.staff;
    }
    return {};
}

ServicesPage::ServicesPage(Database &db, QWidget *parent)
    : ListPage(db, new JournalModel(db), u"services"_s, parent)
    , m_db(db)
    , m_journal(static_cast<JournalModel *>(model()))
    , m_from(new QDateEdit(today().addMonths(-1), this))
    , m_to(new QDateEdit(today(), this))
    , m_type(new QComboBox(this))
    , m_form(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_sheet(new QPushButton(this))
{
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(dateFormat());
        connect(d, &QDateEdit::dateChanged, this, &ServicesPage::applyFilter);
    }
    for (QComboBox *c : {m_type, m_form, m_staff})
        connect(c, &QComboBox::activated, this, &ServicesPage::applyFilter);
    m_totals->setObjectName(u"journalTotals"_s);
    m_totals->setStyleSheet(u"font-weight: 600;"_s);
    filterBar()->addWidget(m_from);
    filterBar()->addWidget(new QLabel(u"—"_s, this));
    filterBar()->addWidget(m_to);
    filterBar()->addWidget(m_type, 1);
    filterBar()->addWidget(m_form);
    filterBar()->addWidget(m_staff);
    filterBar()->addWidget(m_sheet);
    filterBar()->addWidget(m_new);
    layout()->addWidget(m_totals);
    m_new->setEnabled(!db.isReadOnly());
    m_sheet->setEnabled(!db.isReadOnly());
    connect(m_sheet, &QPushButton::clicked, this, &ServicesPage::daySheetRequested);
    connect(m_new, &QPushButton::clicked, this, &ServicesPage::newRequested);
    view()->sortByColumn(0, Qt::DescendingOrder);
    countTotals(m_journal->filter());
    retranslate();
}

void ServicesPage::retranslate()
{
    setWindowTitle(tr("Services"));
    m_new->setText(tr("&Record a service…"));
    m_sheet->setText(tr("Day s&heet…"));
    const auto refill = [](QComboBox *box, const QString &all,
                           const QList<QPair<QVariant, QString>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(all);
        for (const auto &[value, text] : items)
            box->addItem(text, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QVariant, QString>> types;
    QStringList seen;
    for (const ServiceItem &i : ServiceRepository(m_db).catalogue(false)) {
        if (!seen.contains(i.type)) {
            seen << i.type;
            types.append({i.type, serviceTypeName(i.type)});
        }
    }
    refill(m_type, tr("All types of service"), types);
    QList<QPair<QVariant, QString>> forms;
    for (const QString &f : serviceForms())
        forms.append({f, serviceFormName(f)});
    refill(m_form, tr("All forms"), forms);
    QList<QPair<QVariant, QString>> staff;
    for (const Choice &c : staffChoices(m_db))
        staff.append({c.id, c.name});
    refill(m_staff, tr("All specialists"), staff);
    showTotals();
}

void ServicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ListPage::changeEvent(event);
}

void ServicesPage::applyFilter()
{
    JournalFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.type = m_type->currentData().toString();
    filter.form = m_form->currentData().toString();
    filter.staffId = m_staff->currentData().toLongLong();
    // The totals first: they count the rows, so the first page need not count them again.
    countTotals(filter);
    m_journal->setFilter(filter, m_lastTotals.records);
}

void ServicesPage::refresh()
{
    countTotals(m_journal->filter());
    m_journal->reset(m_lastTotals.records);
}

QString ServicesPage::totalsText() const
{
    return m_totals->text();
}

void ServicesPage::countTotals(const JournalFilter &filter)
{
    // The services and hours now, for the count of the list's rows; the people served once the
    // first page is on the screen: counting them takes as long as reading the page.
    m_lastTotals = ServiceRepository(m_db).sums(filter);
    m_lastTotals.people = -1;
    showTotals();
    QTimer::singleShot(0, this, [this, filter, counting = ++m_totalsCounted] {
        if (counting != m_totalsCounted)
            return; // another filter was set meanwhile
        m_lastTotals = ServiceRepository(m_db).totals(filter);
        showTotals();
    });
}

void ServicesPage::showTotals()
{
    const JournalTotals &t = m_lastTotals;
    const QLocale locale;
    QStringList parts{tr("Total: %n service(s)", nullptr, static_cast<int>(t.records))};
    if (t.people >= 0)
        parts << tr("%n person(s) served", nullptr, static_cast<int>(t.people));
    parts << tr("%1 hours").arg(locale.toString(t.hours, 'f', 1));
    m_totals->setText(parts.join(u", "_s));
}

} // namespace opora::ui
