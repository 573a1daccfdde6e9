#pragma once

#include "services/servicerecord.h"

#include <QDialog>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

class QComboBox;
class QDateEdit;
class QLabel;

namespace opora {
class Database;
}

namespace opora::ui {

class DaySheetModel;

// Edits the cells of a day's sheet: the person with the register's suggestions, the case among
// the person's open ones, the service by any part of its code or name, its forms, numbers.
// Enter commits and goes down to the next person; Tab goes to the next cell.
class DaySheetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    DaySheetDelegate(Database &db, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // The editor opened last: the one in use while the view is editing.
    QWidget *lastEditor() const { return m_lastEditor; }

Q_SIGNALS:
    void nextRowRequested();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QWidget *makeEditor(QWidget *parent, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    Database &m_db;
    const QList<ServiceItem> m_catalogue;
    mutable QPointer<QWidget> m_lastEditor;
};

// The sheet's table: Tab and Shift+Tab pass over the cells that cannot be edited.
class DaySheetView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;
    // Moves to the person of the next row and starts typing there.
    void editNextRow();
    bool isEditing() const { return state() == EditingState; }
    // Writes the cell being typed into the sheet.
    void commitEditing();

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
};

// Services → Day sheet: the services of one day and one specialist typed as rows, checked
// together and saved together. A refused sheet keeps every row, the reasons shown in them.
class DaySheet : public QDialog
{
    Q_OBJECT

public:
    explicit DaySheet(Database &db, QWidget *parent = nullptr);
    DaySheetModel *model() const { return m_model; }
    DaySheetView *view() const { return m_view; }
    void setDay(const QDate &date, qint64 staffId);
    bool save();

Q_SIGNALS:
    void saved();

private:
    Database &m_db;
    DaySheetModel *m_model;
    DaySheetView *m_view;
    QDateEdit *m_date;
    QComboBox *m_staff;
    QLabel *m_status;
};

} // namespace opora::ui
