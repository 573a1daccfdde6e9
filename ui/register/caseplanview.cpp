#include "register/caseplanview.h"

#include "clock.h"
#include "db/database.h"
#include "error.h"
#include "i18n/language.h"
#include "projects/indicatortext.h"
#include "services/planrepository.h"
#include "services/servicenames.h"
#include "services/servicerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui {

CasePlanView::CasePlanView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 6, this))
    , m_item(new QComboBox(this))
    , m_volume(new QDoubleSpinBox(this))
    , m_frequency(new QComboBox(this))
    , m_from(new QDateEdit(today(), this))
    , m_to(new QDateEdit(today().addMonths(6), this))
    , m_add(new QPushButton(tr("&Add to the plan"), this))
    , m_remove(new QPushButton(tr("&Remove line"), this))
    , m_error(new QLabel(this))
{
    m_table->setObjectName(u"planLines"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Service"), tr("Planned"), tr("How often"), tr("Term"), tr("Delivered"), tr("Done")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_item->setObjectName(u"planItem"_s);
    for (const ServiceItem &item : ServiceRepository(db).catalogue())
        m_item->addItem(item.code + u"  "_s + item.name, item.id);
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(24);
    m_volume->setRange(0.5, 1000);
    m_volume->setDecimals(1);
    m_volume->setValue(4);
    m_volume->setObjectName(u"planVolume"_s);
    for (const QString &f : planFrequencies())
        m_frequency->addItem(planFrequencyName(f), f);
    m_frequency->setCurrentIndex(m_frequency->findData(u"monthly"_s));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(dateFormat());
    }
    m_error->setStyleSheet(u"color: #9b2226;"_s);
    m_error->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, &CasePlanView::addLine);
    connect(m_remove, &QPushButton::clicked, this, &CasePlanView::removeLine);

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_item, 1);
    entry->addWidget(m_volume);
    entry->addWidget(m_frequency);
    entry->addWidget(m_from);
    entry->addWidget(new QLabel(u"–"_s, this));
    entry->addWidget(m_to);
    entry->addWidget(m_add);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(entry);
    layout->addLayout(bottom);
}

void CasePlanView::setCase(qint64 caseId, bool editable)
{
    m_caseId = caseId;
    for (QWidget *w : std::initializer_list<QWidget *>{m_item, m_volume, m_frequency, m_from, m_to,
                                                       m_add, m_remove})
        w->setEnabled(editable && caseId > 0);
    reload();
}

int CasePlanView::lineCount() const
{
    return m_table->rowCount();
}

void CasePlanView::reload()
{
    const QList<PlanLine> lines =
        m_caseId ? PlanRepository(m_db).lines(m_caseId, today()) : QList<PlanLine>{};
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const PlanLine &l = lines.at(row);
        const int percent = l.volume > 0 ? int(std::lround(100 * l.delivered / l.volume)) : 0;
        const QStringList cells{l.itemName,
                                formatNumber(l.volume) + u' ' + serviceUnitName(l.unit),
                                planFrequencyName(l.frequency),
                                formatDate(l.startsOn) + u" – "_s + formatDate(l.endsOn),
                                formatNumber(l.delivered),
                                QString::number(percent) + u" %"_s};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, l.id);
            item->setData(Qt::UserRole + 1, l.version);
            if (c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (l.overdue) {
                item->setForeground(QColor(0x9b, 0x22, 0x26));
                item->setToolTip(tr("Overdue: the term is over and the planned volume was not "
                                    "delivered."));
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool CasePlanView::addLine()
{
    m_error->clear();
    PlanLine line;
    line.caseId = m_caseId;
    line.itemId = m_item->currentData().toLongLong();
    line.volume = m_volume->value();
    line.frequency = m_frequency->currentData().toString();
    line.startsOn = m_from->date();
    line.endsOn = m_to->date();
    try {
        PlanRepository(m_db).add(line);
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        return false;
    }
    reload();
    m_item->setFocus();
    return true;
}

void CasePlanView::removeLine()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_error->clear();
    try {
        PlanRepository(m_db).archive(m_table->item(row, 0)->data(Qt::UserRole).toLongLong(),
                                     m_table->item(row, 0)->data(Qt::UserRole + 1).toInt());
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
    }
    reload();
}

} // namespace opora::ui
