#include "register/registermodels.h"

#include "i18n/language.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
struct Names
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::RegisterNames)
};
} // namespace

QString caseStatusName(const QString &status)
{
    if (status == u"new"_s)
        return Names::tr("New");
    if (status == u"assessment"_s)
        return Names::tr("Assessment");
    if (status == u"active"_s)
        return Names::tr("Active support");
    if (status == u"review"_s)
        return Names::tr("Review");
    if (status == u"closed"_s)
        return Names::tr("Closed");
    return status;
}

QString caseOutcomeName(const QString &outcome)
{
    if (outcome == u"improved"_s)
        return Names::tr("Improved");
    if (outcome == u"partly_improved"_s)
        return Names::tr("Partly improved");
    if (outcome == u"unchanged"_s)
        return Names::tr("Unchanged");
    if (outcome == u"worsened"_s)
        return Names::tr("Worsened");
    if (outcome == u"not_assessed"_s)
        return Names::tr("Not assessed");
    return outcome;
}

QString relationName(const QString &relation)
{
    if (relation == u"mother"_s)
        return Names::tr("Mother");
    if (relation == u"father"_s)
        return Names::tr("Father");
    if (relation == u"child"_s)
        return Names::tr("Child");
    if (relation == u"grandparent"_s)
        return Names::tr("Grandparent");
    if (relation == u"guardian"_s)
        return Names::tr("Guardian");
    if (relation == u"partner"_s)
        return Names::tr("Partner");
    return Names::tr("Other relative");
}

namespace {

QVariant archivedLook(bool archived, int role)
{
    if (!archived)
        return {};
    if (role == Qt::ForegroundRole)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

} // namespace

PeopleModel::PeopleModel(Database &db, QObject *parent)
    : RecordListModel(
          [&db](const auto &filter, const PageRequest &request) {
              return PersonRepository(db).list(filter, request);
          },
          PersonFilter{}, parent)
{
    reset();
}

QList<PagedColumn> PeopleModel::columns() const
{
    return {{tr("Name"), u"name"_s},
            {tr("Born"), u"birth_date"_s, Qt::AlignRight | Qt::AlignVCenter},
            {tr("Phone"), {}},
            {tr("Open cases"), {}, Qt::AlignRight | Qt::AlignVCenter},
            {tr("Categories"), {}}};
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= loadedRows())
        return {};
    const PersonRow &row = rowAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columns().at(index.column()).alignment);
    if (role == Qt::ForegroundRole || role == Qt::FontRole)
        return archivedLook(row.archived, role);
    if (role == Qt::ToolTipRole && row.archived)
        return tr("Archived");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return row.name;
    case 1:
        return row.birthDate.isValid() ? formatDate(row.birthDate) : QString();
    case 2:
        return row.phone;
    case 3:
        return row.openCases > 0 ? QVariant(row.openCases) : QVariant();
    case 4:
        return row.categories;
    }
    return {};
}

CasesModel::CasesModel(Database &db, QObject *parent)
    : RecordListModel(
          [&db](const auto &filter, const PageRequest &request) {
              return CaseRepository(db).list(filter, request);
          },
          CaseFilter{}, parent)
{
    reset();
}

QList<PagedColumn> CasesModel::columns() const
{
    return {{tr("Number"), u"number"_s},
            {tr("Person or family"), u"subject"_s},
            {tr("Status"), u"status"_s},
            {tr("Opened"), u"opened"_s, Qt::AlignRight | Qt::AlignVCenter},
            {tr("Closed"), {}, Qt::AlignRight | Qt::AlignVCenter},
            {tr("Responsible"), u"responsible"_s},
            {tr("Department"), {}}};
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= loadedRows())
        return {};
    const CaseRow &row = rowAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columns().at(index.column()).alignment);
    if (role == Qt::ForegroundRole || role == Qt::FontRole)
        return archivedLook(row.archived, role);
    if (role == Qt::ToolTipRole && row.archived)
        return tr("Archived");
    if (role != Qt::DisplayRole)
        return {};
    const auto date = [](const QDate &d) {
        return formatDate(d);
    };
    switch (index.column()) {
    case 0:
        return row.number;
    case 1:
        return row.subject;
    case 2:
        return caseStatusName(row.status);
    case 3:
        return date(row.openedOn);
    case 4:
        return date(row.closedOn);
    case 5:
        return row.responsible;
    case 6:
        return row.department;
    }
    return {};
}

} // namespace opora::ui
