#include "volunteers/volunteerspage.h"

#include "db/database.h"
#include "i18n/language.h"

#include <QCheckBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opora::ui {

VolunteersModel::VolunteersModel(Database &db, QObject *parent)
    : RecordListModel(
          [&db](const auto &filter, const PageRequest &request) {
              return VolunteerRepository(db).list(filter, request);
          },
          VolunteerFilter{}, parent)
{
    reset();
}

QList<PagedColumn> VolunteersModel::columns() const
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {{tr("Name"), u"name"_s},
            {tr("Phone"), {}},
            {tr("Skills"), {}},
            {tr("Since"), u"since"_s, right},
            {tr("Cases mentored"), {}, right},
            {tr("Hours"), u"hours"_s, right}};
}

QVariant VolunteersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= loadedRows())
        return {};
    const VolunteerRow &r = rowAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columns().at(index.column()).alignment);
    if (role == Qt::FontRole && r.archived) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return r.archived ? tr("%1 (archived)").arg(r.name) : r.name;
    case 1:
        return r.phone;
    case 2:
        return r.skills;
    case 3:
        return formatDate(r.since);
    case 4:
        return r.mentees > 0 ? QVariant(r.mentees) : QVariant();
    case 5:
        return r.hours > 0 ? QVariant(QLocale().toString(r.hours, 'g', 6)) : QVariant();
    }
    return {};
}

VolunteersPage::VolunteersPage(Database &db, QWidget *parent)
    : ListPage(db, new VolunteersModel(db), u"volunteers"_s, parent)
    , m_volunteers(static_cast<VolunteersModel *>(model()))
    , m_search(new QLineEdit(this))
    , m_archived(new QCheckBox(this))
    , m_new(new QPushButton(this))
{
    m_search->setObjectName(u"volunteerSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    filterBar()->addWidget(m_search);
    filterBar()->addWidget(m_archived);
    filterBar()->addStretch();
    filterBar()->addWidget(m_new);
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &VolunteersPage::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &VolunteersPage::applyFilter);
    m_new->setEnabled(!db.isReadOnly());
    connect(m_new, &QPushButton::clicked, this, &VolunteersPage::newRequested);
    view()->sortByColumn(0, Qt::AscendingOrder);
    retranslate();
}

void VolunteersPage::retranslate()
{
    setWindowTitle(tr("Volunteers"));
    m_search->setPlaceholderText(tr("Name, phone or skills"));
    m_archived->setText(tr("Show &archived"));
    m_new->setText(tr("&New volunteer…"));
}

void VolunteersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ListPage::changeEvent(event);
}

void VolunteersPage::applyFilter()
{
    m_volunteers->setFilter({m_search->text(), m_archived->isChecked()});
}

void VolunteersPage::refresh()
{
    m_volunteers->reset();
}

} // namespace opora::ui
