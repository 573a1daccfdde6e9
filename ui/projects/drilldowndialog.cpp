#include "projects/drilldowndialog.h"

#include "db/query.h"
#include "i18n/language.h"
#include "projects/indicatortext.h"
#include "register/personrepository.h"
#include "services/servicenames.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QString text(Database &db, const QString &sql, qint64 id)
{
    return Query(db, sql).bind(u":id"_s, id).scalar().toString();
}

} // namespace

QString DrillDownDialog::describe(Database &db, const IndicatorRow &row)
{
    if (row.kind == u"person"_s)
        return PersonRepository(db).get(row.id).fullName();
    if (row.kind == u"household"_s)
        return text(db, u"SELECT name FROM household WHERE id = :id"_s, row.id);
    if (row.kind == u"case"_s)
        return tr("case %1").arg(
            text(db, u"SELECT number FROM case_file WHERE id = :id"_s, row.id));
    if (row.kind == u"service"_s)
        return text(db,
                    u"SELECT si.name || ' — ' || trim(p.surname || ' ' || p.first_name) FROM "
                    "service_record sr JOIN service_item si ON si.id = sr.item_id JOIN person p "
                    "ON p.id = sr.person_id WHERE sr.id = :id"_s,
                    row.id);
    if (row.kind == u"event"_s) {
        Query q(db, u"SELECT title, type FROM event WHERE id = :id"_s);
        q.bind(u":id"_s, row.id).exec();
        return q.next() ? q.text(0) + u" (" + eventTypeName(q.text(1)) + u')' : QString();
    }
    if (row.kind == u"volunteer"_s)
        return text(db,
                    u"SELECT trim(coalesce(p.surname, v.surname) || ' ' || coalesce(p.first_name, "
                    "v.first_name)) FROM volunteer v LEFT JOIN person p ON p.id = v.person_id "
                    "WHERE v.id = :id"_s,
                    row.id);
    if (row.kind == u"volunteer_hours"_s)
        return text(db,
                    u"SELECT trim(v.surname || ' ' || v.first_name) FROM volunteer_hours h JOIN "
                    "volunteer v ON v.id = h.volunteer_id WHERE h.id = :id"_s,
                    row.id);
    if (row.kind == u"value"_s)
        return text(db, u"SELECT comment FROM indicator_value WHERE id = :id"_s, row.id);
    return row.kind;
}

DrillDownDialog::DrillDownDialog(Database &db, const Indicator &indicator, const QDate &asOf,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Records behind the fact"));
    const QList<IndicatorRow> rows = IndicatorEngine(db).records(indicator, asOf);
    auto *table = new QTableWidget(int(rows.size()), 3, this);
    table->setObjectName(u"records"_s);
    table->setHorizontalHeaderLabels({tr("Date"), tr("Record"), tr("Counts")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int i = 0; i < rows.size(); ++i) {
        const IndicatorRow &row = rows.at(i);
        table->setItem(i, 0, new QTableWidgetItem(formatDate(row.date)));
        table->setItem(i, 1, new QTableWidgetItem(describe(db, row)));
        auto *weight = new QTableWidgetItem(formatNumber(row.weight));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 2, weight);
        m_total += row.weight;
    }
    m_rows = int(rows.size());
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(2);

    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(indicator.wording.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    const Aggregate aggregate = aggregateOf(indicator.method);
    auto *summary = new QLabel(
        aggregate == Aggregate::Sum
            ? tr("%n record(s), together %1: the fact as of %2.", nullptr, m_rows)
                  .arg(formatNumber(m_total), formatDate(asOf))
            : tr("%n closed case(s) as of %1; the fact is worked out from them.", nullptr, m_rows)
                  .arg(formatDate(asOf)),
        this);
    summary->setObjectName(u"summary"_s);
    summary->setWordWrap(true);
    auto *note = new QLabel(tr("This list names people: it is for the centre's staff only."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(table, 1);
    layout->addWidget(summary);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace opora::ui
