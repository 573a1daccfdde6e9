#pragma once

#include "audit/auditquery.h"
#include "models/pagedtablemodel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace opora {
class Database;
}

namespace opora::ui {

class AuditModel : public RecordListModel<AuditEntry, AuditFilter>
{
    Q_OBJECT

public:
    explicit AuditModel(Database &db, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QList<PagedColumn> columns() const override;
};

// The audit trail for administrators: who did what to which record and when, newest first,
// filtered by user, kind of record, record number and period. Field names only, never values.
class AuditViewer : public QDialog
{
    Q_OBJECT

public:
    explicit AuditViewer(Database &db, QWidget *parent = nullptr);
    AuditModel *model() const { return m_model; }
    void setFilter(const AuditFilter &filter);

private:
    void apply();
    AuditModel *m_model;
    QComboBox *m_user;
    QComboBox *m_entity;
    QSpinBox *m_entityId;
    QCheckBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_total;
};

// Words for the audit trail's actions and kinds of record.
QString auditActionName(const QString &action);
QString auditEntityName(const QString &entity);

} // namespace opora::ui
