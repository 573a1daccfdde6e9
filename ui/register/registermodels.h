#pragma once

#include "models/pagedtablemodel.h"
#include "register/caserepository.h"
#include "register/personrepository.h"

namespace opora {
class Database;
}

namespace opora::ui {

// Display names of the register's codes, in the user's language.
QString caseStatusName(const QString &status);
QString caseOutcomeName(const QString &outcome);
QString relationName(const QString &relation);

class PeopleModel : public PagedTableModel
{
    Q_OBJECT

public:
    explicit PeopleModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    qint64 idAt(int row) const override;
    void setFilter(const PersonFilter &filter);
    const PersonFilter &filter() const { return m_filter; }

protected:
    int fetchPage(const PageRequest &request, qint64 &total) override;
    void clearRows() override { m_rows.clear(); }
    QList<PagedColumn> columns() const override;

private:
    Database &m_db;
    PersonFilter m_filter;
    QList<PersonRow> m_rows;
};

class CasesModel : public PagedTableModel
{
    Q_OBJECT

public:
    explicit CasesModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    qint64 idAt(int row) const override;
    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }

protected:
    int fetchPage(const PageRequest &request, qint64 &total) override;
    void clearRows() override { m_rows.clear(); }
    QList<PagedColumn> columns() const override;

private:
    Database &m_db;
    CaseFilter m_filter;
    QList<CaseRow> m_rows;
};

} // namespace opora::ui
