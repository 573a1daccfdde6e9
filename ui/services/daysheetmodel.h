#pragma once

#include "services/servicerecord.h"

#include <QAbstractTableModel>

namespace opora {
class Database;
}

namespace opora::ui {

// The rows of a day's sheet of services before they are saved. The last row is always empty;
// typing a person into it adds the next one, which starts with the service, form, quantity and
// duration of the row above. Rows left without a person are not part of the sheet.
class DaySheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Person, Case, Service, Form, Quantity, Minutes, Note, Problem, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 }; // the id behind Person, Case and Service; Form's code

    explicit DaySheetModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Sets the person of a row with their newest open case.
    void setPerson(int row, qint64 personId, const QString &name);
    // The filled rows as records of the day and specialist.
    QList<ServiceRecord> records(const QDate &date, qint64 staffId) const;
    int filledRows() const;
    // Checks every filled row; returns the number refused, their reasons in the Problem column.
    int check(const QDate &date, qint64 staffId);
    int refusedRows() const; // rows the last check refused
    // Checks, then saves every filled row in one transaction, or none; empties the sheet when
    // saved.
    bool save(const QDate &date, qint64 staffId, QString *error = nullptr);

private:
    struct Row
    {
        qint64 personId = 0;
        QString person;
        qint64 caseId = 0;
        QString caseNumber;
        qint64 itemId = 0;
        QString form;
        double quantity = 1;
        int minutes = 0;
        QString note;
        QString problem;
    };
    static ServiceRecord recordOf(const Row &row, const QDate &date, qint64 staffId);
    Row nextAfter(const Row &row) const;
    QString itemName(qint64 itemId) const;
    void setItem(Row &row, qint64 itemId);
    QList<Row> filled() const;
    Database &m_db;
    QList<ServiceItem> m_catalogue;
    QList<Row> m_rows;
};

} // namespace opora::ui
