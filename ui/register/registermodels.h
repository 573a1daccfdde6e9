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

class PeopleModel : public RecordListModel<PersonRow, PersonFilter>
{
    Q_OBJECT

public:
    explicit PeopleModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QList<PagedColumn> columns() const override;
};

class CasesModel : public RecordListModel<CaseRow, CaseFilter>
{
    Q_OBJECT

public:
    explicit CasesModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QList<PagedColumn> columns() const override;
};

} // namespace opora::ui
