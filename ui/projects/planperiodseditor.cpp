#include "projects/planperiodseditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QString partName(const PlanPeriod &p, PlanPeriodsEditor::Split split)
{
    const QString dates =
        u"%1 – %2"_s.arg(p.startsOn.toString(u"dd.MM"_s), p.endsOn.toString(u"dd.MM"_s));
    if (split == PlanPeriodsEditor::Split::Months) {
        QString month = QLocale().standaloneMonthName(p.startsOn.month());
        if (!month.isEmpty())
            month[0] = month.at(0).toUpper();
        return month + u" "_s + QString::number(p.startsOn.year());
    }
    return PlanPeriodsEditor::tr("Q%1 %2: %3")
        .arg((p.startsOn.month() - 1) / 3 + 1)
        .arg(p.startsOn.year())
        .arg(dates);
}

bool sameBounds(const QList<PlanPeriod> &a, const QList<PlanPeriod> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i).startsOn != b.at(i).startsOn || a.at(i).endsOn != b.at(i).endsOn)
            return false;
    return true;
}

} // namespace

PlanPeriodsEditor::PlanPeriodsEditor(QWidget *parent)
    : QWidget(parent)
    , m_split(new QComboBox(this))
    , m_table(new QTableWidget(0, 2, this))
{
    m_split->setObjectName(u"split"_s);
    m_split->addItem(tr("for the whole project only"), int(Split::WholeProject));
    m_split->addItem(tr("by quarter"), int(Split::Quarters));
    m_split->addItem(tr("by month"), int(Split::Months));
    m_table->setObjectName(u"parts"_s);
    m_table->setHorizontalHeaderLabels({tr("Part of the period"), tr("Plan")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int header = m_table->horizontalHeader()->sizeHint().height() + 4;
    m_table->setMinimumHeight(rowHeight * 4 + header);
    m_table->setMaximumHeight(rowHeight * 6 + header);
    m_table->setTabKeyNavigation(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    layout->addWidget(m_table);
    connect(m_split, &QComboBox::currentIndexChanged, this,
            [this] { setSplit(Split(m_split->currentData().toInt())); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != 1)
            return;
        m_total = partsTotal();
        Q_EMIT totalChanged(m_total);
    });
    m_table->hide();
}

void PlanPeriodsEditor::setPlan(const QDate &startsOn, const QDate &endsOn, double total,
                                const QList<PlanPeriod> &periods)
{
    m_starts = startsOn;
    m_ends = endsOn;
    m_total = total;
    Split split = Split::WholeProject;
    if (!periods.isEmpty())
        split = sameBounds(periods, partsOf(Split::Months)) ? Split::Months : Split::Quarters;
    {
        const QSignalBlocker block(m_split);
        m_split->setCurrentIndex(m_split->findData(int(split)));
    }
    fill(periods);
}

void PlanPeriodsEditor::setSplit(Split split)
{
    {
        const QSignalBlocker block(m_split);
        m_split->setCurrentIndex(m_split->findData(int(split)));
    }
    // The total is shared by days; whole numbers stay whole, the last part takes the rest.
    QList<PlanPeriod> parts = partsOf(split);
    const double days = double(m_starts.daysTo(m_ends) + 1);
    const bool whole = std::floor(m_total) == m_total;
    double given = 0;
    for (int i = 0; i < parts.size(); ++i) {
        PlanPeriod &p = parts[i];
        if (i == parts.size() - 1) {
            p.value = std::round((m_total - given) * 10) / 10;
            break;
        }
        const double share = m_total * double(p.startsOn.daysTo(p.endsOn) + 1) / days;
        p.value = whole ? std::round(share) : std::round(share * 10) / 10;
        given += p.value;
    }
    fill(parts);
}

PlanPeriodsEditor::Split PlanPeriodsEditor::split() const
{
    return Split(m_split->currentData().toInt());
}

QList<PlanPeriod> PlanPeriodsEditor::partsOf(Split split) const
{
    QList<PlanPeriod> parts;
    if (split == Split::WholeProject || !m_starts.isValid() || m_ends < m_starts)
        return parts;
    const int months = split == Split::Months ? 1 : 3;
    QDate from = m_starts;
    while (from <= m_ends) {
        // The calendar quarter or month holding from, cut to the project's period.
        const int firstMonth = (from.month() - 1) / months * months + 1;
        const QDate next = QDate(from.year(), firstMonth, 1).addMonths(months);
        parts.append({from, std::min(next.addDays(-1), m_ends), 0});
        from = next;
    }
    return parts;
}

void PlanPeriodsEditor::fill(const QList<PlanPeriod> &periods)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(periods.size()));
    for (int row = 0; row < periods.size(); ++row) {
        const PlanPeriod &p = periods.at(row);
        auto *name = new QTableWidgetItem(partName(p, split()));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, p.startsOn);
        name->setData(Qt::UserRole + 1, p.endsOn);
        m_table->setItem(row, 0, name);
        auto *value = new QTableWidgetItem;
        value->setData(Qt::EditRole, p.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, value);
    }
    m_table->setVisible(!periods.isEmpty());
    if (!periods.isEmpty())
        m_total = partsTotal();
    Q_EMIT totalChanged(m_total);
}

QList<PlanPeriod> PlanPeriodsEditor::periods() const
{
    QList<PlanPeriod> list;
    if (split() == Split::WholeProject)
        return list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append({m_table->item(row, 0)->data(Qt::UserRole).toDate(),
                     m_table->item(row, 0)->data(Qt::UserRole + 1).toDate(),
                     m_table->item(row, 1)->data(Qt::EditRole).toDouble()});
    return list;
}

double PlanPeriodsEditor::partsTotal() const
{
    double sum = 0;
    for (const PlanPeriod &p : periods())
        sum += p.value;
    return sum;
}

double PlanPeriodsEditor::total() const
{
    return m_total;
}

void PlanPeriodsEditor::setTotal(double total)
{
    if (split() == Split::WholeProject)
        m_total = total;
}

void PlanPeriodsEditor::setValue(int row, double value)
{
    m_table->item(row, 1)->setData(Qt::EditRole, value);
}

} // namespace opora::ui
