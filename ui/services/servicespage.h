#pragma once

#include "models/listpage.h"
#include "models/pagedtablemodel.h"
#include "services/servicerepository.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace opora {
class Database;
}

namespace opora::ui {

class JournalModel : public RecordListModel<JournalRow, JournalFilter>
{
    Q_OBJECT

public:
    explicit JournalModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QList<PagedColumn> columns() const override;
};

// The Services area: the journal of services delivered, filtered by period, service, type,
// form and specialist, with totals of everything the filter selects.
class ServicesPage : public ListPage
{
    Q_OBJECT

public:
    explicit ServicesPage(Database &db, QWidget *parent = nullptr);
    void refresh();
    QString totalsText() const;

Q_SIGNALS:
    void newRequested();
    void daySheetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslate();
    // Counts the totals of a filter once; sorting the list or changing the language does not
    // count them again. The people served follow in a moment (-1 until then).
    void countTotals(const JournalFilter &filter);
    void showTotals();
    Database &m_db;
    JournalModel *m_journal;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_type;
    QComboBox *m_form;
    QComboBox *m_staff;
    QLabel *m_totals;
    JournalTotals m_lastTotals;
    quint64 m_totalsCounted =
        0; // filters counted: a late count of people for an older one is dropped
    QPushButton *m_new;
    QPushButton *m_sheet;
};

} // namespace opora::ui
