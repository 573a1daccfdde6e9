#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QHBoxLayout;

namespace opora {
class Database;
}

namespace opora::ui {

class PagedTableModel;

// A list the areas share: a filter bar on top (the area adds its widgets), the table, and a
// line with the number of rows and "Export CSV…". Enter or a double click opens the row.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    // kind names the list in the audit trail when it is exported ("people", "cases", ...).
    ListPage(Database &db, PagedTableModel *model, const QString &kind, QWidget *parent = nullptr);

    QHBoxLayout *filterBar() const { return m_filterBar; }
    QTableView *view() const { return m_view; }
    PagedTableModel *model() const { return m_model; }
    qint64 currentId() const;

    // Writes every row of the list (all pages) as CSV; throws opora::Error on failure, and
    // Error(Permission) when the signed-in role may not export named lists. Recorded in the
    // audit trail.
    void exportCsv(const QString &path);

Q_SIGNALS:
    void openRequested(qint64 id);

public Q_SLOTS:
    void chooseFileAndExport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    Database &m_db;
    QString m_kind;
    PagedTableModel *m_model;
    QHBoxLayout *m_filterBar;
    QTableView *m_view;
    QLabel *m_count;
    class QPushButton *m_export;
};

} // namespace opora::ui
