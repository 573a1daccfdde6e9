#pragma once

#include "register/page.h"

#include <QAbstractTableModel>
#include <QVariant>

#include <functional>

namespace opora::ui {

// One column of a paged list: its header, the sort key it passes to core (empty: not
// sortable) and how its cells align.
struct PagedColumn
{
    QString header;
    QString sortKey;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
};

// A table model that fetches its rows from core a page at a time, never a whole table.
// Subclasses say how to fetch a page and how to show a row; sorting passes a whitelisted key
// to core, and reset() starts again from the first page (after a filter change or a save).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PagedTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // The number of rows all pages hold together.
    qint64 total() const { return m_total; }
    // Reloads from the first page, e.g. after the filter changed; knownTotal is how many rows
    // the filter holds when the caller has just counted them (-1: the list counts).
    void reset(qint64 knownTotal = -1);
    // The record id of a row (for opening its card).
    virtual qint64 idAt(int row) const = 0;

    static constexpr int PageSize = 100;

Q_SIGNALS:
    void totalChanged(qint64 total);

protected:
    // Fetches rows [offset, offset + limit); returns how many it appended and sets total.
    virtual int fetchPage(const PageRequest &request, qint64 &total) = 0;
    virtual void clearRows() = 0;
    virtual QList<PagedColumn> columns() const = 0;
    int loadedRows() const { return m_loaded; }

private:
    void load();
    int m_loaded = 0;
    qint64 m_total = 0;
    qint64 m_knownTotal = -1;
    PageRequest m_request;
};

// A paged list of one kind of record as a repository lists it (rows with an `id`, a filter):
// the rows, the filter and the ids are kept here; subclasses say only how a row looks.
template <typename Row, typename Filter>
class RecordListModel : public PagedTableModel
{
public:
    using Fetch = std::function<Page<Row>(const Filter &, const PageRequest &)>;

    void setFilter(const Filter &filter, qint64 knownTotal = -1)
    {
        m_filter = filter;
        reset(knownTotal);
    }
    const Filter &filter() const { return m_filter; }
    qint64 idAt(int row) const override
    {
        return row >= 0 && row < loadedRows() ? m_rows.at(row).id : 0;
    }

protected:
    RecordListModel(Fetch fetch, const Filter &filter, QObject *parent)
        : PagedTableModel(parent)
        , m_fetch(std::move(fetch))
        , m_filter(filter)
    {}
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int fetchPage(const PageRequest &request, qint64 &total) override
    {
        const Page<Row> page = m_fetch(m_filter, request);
        m_rows += page.rows;
        total = page.total;
        return static_cast<int>(page.rows.size());
    }
    void clearRows() override { m_rows.clear(); }

private:
    Fetch m_fetch;
    Filter m_filter;
    QList<Row> m_rows;
};

} // namespace opora::ui
