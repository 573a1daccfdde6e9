#include "models/pagedtablemodel.h"

#include <utility>

namespace opora::ui {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_request.limit = PageSize;
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(columns().size());
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columns().at(section).header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columns().at(section).alignment);
    return {};
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded < m_total;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    PageRequest request = m_request;
    request.offset = m_loaded;
    request.knownTotal = m_total; // counted with the first page of this filter and order
    qint64 total = m_total;
    // The rows arrive in the subclass's storage first; rowCount() follows m_loaded, so the
    // view learns of them only between beginInsertRows and endInsertRows.
    const int added = fetchPage(request, total);
    if (added > 0) {
        beginInsertRows({}, m_loaded, m_loaded + added - 1);
        m_loaded += added;
        endInsertRows();
    } else {
        total = m_loaded; // the list shrank meanwhile: stop asking for more
    }
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged(m_total);
    }
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columns().size() || columns().at(column).sortKey.isEmpty())
        return;
    m_request.sortKey = columns().at(column).sortKey;
    m_request.descending = order == Qt::DescendingOrder;
    reset(m_total); // the same rows in another order
}

void PagedTableModel::reset(qint64 knownTotal)
{
    m_knownTotal = knownTotal;
    beginResetModel();
    clearRows();
    m_loaded = 0;
    load();
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

void PagedTableModel::load()
{
    PageRequest request = m_request;
    request.offset = 0;
    request.knownTotal = std::exchange(m_knownTotal, -1);
    m_loaded = fetchPage(request, m_total);
}

} // namespace opora::ui
