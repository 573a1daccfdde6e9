#include "services/daysheetmodel.h"

#include "db/database.h"
#include "error.h"
#include "services/servicenames.h"
#include "services/servicerepository.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora::ui {

DaySheetModel::DaySheetModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_catalogue(ServiceRepository(db).catalogue())
{
    Row first;
    if (!m_catalogue.isEmpty())
        setItem(first, m_catalogue.first().id);
    m_rows << first;
}

int DaySheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DaySheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DaySheetModel::itemName(qint64 itemId) const
{
    for (const ServiceItem &i : m_catalogue)
        if (i.id == itemId)
            return u"%1 — %2"_s.arg(i.code, i.name);
    return {};
}

void DaySheetModel::setItem(Row &row, qint64 itemId)
{
    row.itemId = itemId;
    for (const ServiceItem &i : m_catalogue)
        if (i.id == itemId && !i.forms.contains(row.form))
            row.form = i.forms.value(0);
}

QVariant DaySheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::BackgroundRole && !r.problem.isEmpty())
        return QBrush(QColor(0xfd, 0xe2, 0xe1));
    if (role == Qt::ToolTipRole && !r.problem.isEmpty())
        return r.problem;
    if (role == Qt::ForegroundRole && index.column() == Problem)
        return QBrush(QColor(0x9b, 0x22, 0x26));
    if (role == Qt::TextAlignmentRole && (index.column() == Quantity || index.column() == Minutes))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == IdRole) {
        switch (index.column()) {
        case Person:
            return r.personId;
        case Case:
            return r.caseId;
        case Service:
            return r.itemId;
        case Form:
            return r.form;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Person:
        return r.person;
    case Case:
        return r.caseNumber;
    case Service:
        return itemName(r.itemId);
    case Form:
        return r.form.isEmpty() ? QString() : serviceFormName(r.form);
    case Quantity:
        return r.quantity;
    case Minutes:
        return role == Qt::EditRole || r.minutes ? QVariant(r.minutes) : QVariant(QString());
    case Note:
        return r.note;
    case Problem:
        return r.problem;
    }
    return {};
}

QVariant DaySheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Person:
        return tr("Person");
    case Case:
        return tr("Case");
    case Service:
        return tr("Service");
    case Form:
        return tr("Form");
    case Quantity:
        return tr("Quantity");
    case Minutes:
        return tr("Minutes");
    case Note:
        return tr("Note");
    case Problem:
        return tr("To correct");
    }
    return {};
}

Qt::ItemFlags DaySheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Problem && !m_db.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DaySheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() == Problem)
        return false;
    Row &r = m_rows[index.row()];
    switch (index.column()) {
    case Person:
        return false; // through setPerson, with the id the picker chose
    case Case:
        r.caseId = value.toLongLong();
        r.caseNumber.clear();
        for (const OpenCase &c : ServiceRepository(m_db).openCasesOf(r.personId))
            if (c.id == r.caseId)
                r.caseNumber = c.number;
        break;
    case Service:
        setItem(r, value.toLongLong());
        break;
    case Form:
        r.form = value.toString();
        break;
    case Quantity:
        r.quantity = value.toDouble();
        break;
    case Minutes:
        r.minutes = value.toInt();
        break;
    case Note:
        r.note = value.toString().trimmed();
        break;
    }
    r.problem.clear();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

DaySheetModel::Row DaySheetModel::nextAfter(const Row &row) const
{
    Row next;
    next.itemId = row.itemId;
    next.form = row.form;
    next.quantity = row.quantity;
    next.minutes = row.minutes;
    return next;
}

void DaySheetModel::setPerson(int row, qint64 personId, const QString &name)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.personId = personId;
    r.person = personId ? name : QString();
    const OpenCase open = ServiceRepository(m_db).openCasesOf(personId).value(0);
    r.caseId = open.id;
    r.caseNumber = open.id ? open.number : QString();
    r.problem.clear();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (personId && row == m_rows.size() - 1) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows << nextAfter(r);
        endInsertRows();
    }
}

bool DaySheetModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    const Row last = m_rows.last();
    m_rows.remove(row, count);
    endRemoveRows();
    if (m_rows.isEmpty() || m_rows.last().personId) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows << nextAfter(last);
        endInsertRows();
    }
    return true;
}

QList<DaySheetModel::Row> DaySheetModel::filled() const
{
    QList<Row> rows;
    for (const Row &r : m_rows)
        if (r.personId)
            rows << r;
    return rows;
}

int DaySheetModel::filledRows() const
{
    return int(filled().size());
}

ServiceRecord DaySheetModel::recordOf(const Row &r, const QDate &date, qint64 staffId)
{
    ServiceRecord s;
    s.personId = r.personId;
    s.caseId = r.caseId;
    s.itemId = r.itemId;
    s.form = r.form;
    s.quantity = r.quantity;
    s.durationMinutes = r.minutes;
    s.note = r.note;
    s.date = date;
    s.staffId = staffId;
    return s;
}

QList<ServiceRecord> DaySheetModel::records(const QDate &date, qint64 staffId) const
{
    QList<ServiceRecord> records;
    for (const Row &r : filled())
        records << recordOf(r, date, staffId);
    return records;
}

int DaySheetModel::check(const QDate &date, qint64 staffId)
{
    const ServiceRepository services(m_db);
    int refused = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        r.problem.clear();
        if (!r.personId)
            continue;
        try {
            services.validate(recordOf(r, date, staffId));
        } catch (const ValidationError &e) {
            r.problem = e.userMessage();
            ++refused;
        }
    }
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    return refused;
}

int DaySheetModel::refusedRows() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return !r.problem.isEmpty(); }));
}

bool DaySheetModel::save(const QDate &date, qint64 staffId, QString *error)
{
    if (check(date, staffId) > 0)
        return false;
    try {
        ServiceRepository(m_db).createAll(records(date, staffId));
    } catch (const Error &e) {
        if (error)
            *error = e.userMessage();
        return false;
    }
    beginResetModel();
    const Row last = m_rows.last();
    m_rows = {nextAfter(last)};
    endResetModel();
    return true;
}

} // namespace opora::ui
