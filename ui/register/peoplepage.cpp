#include "register/peoplepage.h"

#include "db/database.h"
#include "register/lookups.h"
#include "register/registermodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace opora::ui {

PeoplePage::PeoplePage(Database &db, QWidget *parent)
    : ListPage(db, new PeopleModel(db), QStringLiteral("people"), parent)
    , m_db(db)
    , m_people(static_cast<PeopleModel *>(model()))
    , m_text(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_archived(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_delay(new QTimer(this))
{
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("peopleFilterText"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterBar()->addWidget(m_text, 2);
    filterBar()->addWidget(m_category, 1);
    filterBar()->addWidget(m_archived);
    filterBar()->addStretch();
    filterBar()->addWidget(m_new);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &PeoplePage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_category, &QComboBox::activated, this, &PeoplePage::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &PeoplePage::applyFilter);
    m_new->setEnabled(!db.isReadOnly());
    connect(m_new, &QPushButton::clicked, this, &PeoplePage::newRequested);
    view()->sortByColumn(0, Qt::AscendingOrder);
    retranslate();
}

void PeoplePage::retranslate()
{
    setWindowTitle(tr("People"));
    m_text->setPlaceholderText(tr("Filter by name…"));
    m_archived->setText(tr("Show archived"));
    m_new->setText(tr("&New person…"));
    const qint64 current = m_category->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All categories"), 0);
    for (const Choice &c : refChoices(m_db, QStringLiteral("category")))
        m_category->addItem(c.name, c.id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void PeoplePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ListPage::changeEvent(event);
}

void PeoplePage::applyFilter()
{
    PersonFilter filter;
    filter.text = m_text->text();
    filter.categoryId = m_category->currentData().toLongLong();
    filter.withArchived = m_archived->isChecked();
    m_people->setFilter(filter);
}

void PeoplePage::refresh()
{
    m_people->reset();
}

} // namespace opora::ui
