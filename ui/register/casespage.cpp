#include "register/casespage.h"

#include "db/database.h"
#include "i18n/language.h"
#include "register/caserecord.h"
#include "register/lookups.h"
#include "register/registermodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace opora::ui {

namespace {
const QDate NoDate(2000, 1, 1);

void refill(QComboBox *box, const QString &all, const QList<QPair<QVariant, QString>> &items)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(all, QVariant());
    for (const auto &[data, text] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}
} // namespace

CasesPage::CasesPage(Database &db, QWidget *parent)
    : ListPage(db, new CasesModel(db), QStringLiteral("cases"), parent)
    , m_db(db)
    , m_cases(static_cast<CasesModel *>(model()))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_responsible(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_archived(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_delay(new QTimer(this))
{
    m_text->setClearButtonEnabled(true);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(dateFormat());
    m_from->setMinimumDate(NoDate);
    m_from->setMinimumWidth(190);
    m_from->setDate(NoDate);
    m_department->setMaximumWidth(260);
    filterBar()->addWidget(m_text, 2);
    filterBar()->addWidget(m_status);
    filterBar()->addWidget(m_department, 1);
    filterBar()->addWidget(m_responsible);
    filterBar()->addWidget(m_from);
    filterBar()->addWidget(m_archived);
    filterBar()->addWidget(m_new);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &CasesPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_status, m_department, m_responsible})
        connect(box, &QComboBox::activated, this, &CasesPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_archived, &QCheckBox::toggled, this, &CasesPage::applyFilter);
    m_new->setEnabled(!db.isReadOnly());
    connect(m_new, &QPushButton::clicked, this, &CasesPage::newRequested);
    view()->sortByColumn(0, Qt::DescendingOrder); // the newest cases first
    retranslate();
}

void CasesPage::retranslate()
{
    setWindowTitle(tr("Cases"));
    m_text->setPlaceholderText(tr("Number or name…"));
    m_from->setSpecialValueText(tr("Opened: any time"));
    m_from->setToolTip(tr("Show cases opened on or after this date"));
    m_archived->setText(tr("Show archived"));
    m_new->setText(tr("&New case…"));
    QList<QPair<QVariant, QString>> statuses;
    for (const QString &s : CaseStatus::all())
        statuses.append({s, caseStatusName(s)});
    refill(m_status, tr("All statuses"), statuses);
    QList<QPair<QVariant, QString>> departments;
    for (const Choice &c : departmentChoices(m_db))
        departments.append({c.id, c.name});
    refill(m_department, tr("All departments"), departments);
    QList<QPair<QVariant, QString>> staff;
    for (const Choice &c : staffChoices(m_db))
        staff.append({c.id, c.name});
    refill(m_responsible, tr("All specialists"), staff);
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ListPage::changeEvent(event);
}

void CasesPage::applyFilter()
{
    CaseFilter filter;
    filter.text = m_text->text();
    filter.status = m_status->currentData().toString();
    filter.departmentId = m_department->currentData().toLongLong();
    filter.responsibleId = m_responsible->currentData().toLongLong();
    if (m_from->date() > NoDate)
        filter.openedFrom = m_from->date();
    filter.withArchived = m_archived->isChecked();
    m_cases->setFilter(filter);
}

void CasesPage::refresh()
{
    m_cases->reset();
}

} // namespace opora::ui
