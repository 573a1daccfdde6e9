#include "services/daysheet.h"

#include "clock.h"
#include "db/database.h"
#include "register/lookups.h"
#include "register/personpicker.h"
#include "services/daysheetmodel.h"
#include "services/servicenames.h"
#include "services/servicerepository.h"
#include "widgets/dateedits.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

using Column = DaySheetModel::Column;

qint64 personOfRow(const QModelIndex &index)
{
    return index.siblingAtColumn(Column::Person).data(DaySheetModel::IdRole).toLongLong();
}

} // namespace

DaySheetDelegate::DaySheetDelegate(Database &db, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_db(db)
    , m_catalogue(ServiceRepository(db).catalogue())
{}

QWidget *DaySheetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    m_lastEditor = makeEditor(parent, option, index);
    return m_lastEditor;
}

QWidget *DaySheetDelegate::makeEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    auto *self = const_cast<DaySheetDelegate *>(this);
    switch (index.column()) {
    case Column::Person: {
        auto *picker = new PersonPicker(m_db, parent);
        // A person picked from the suggestions is written at once; the case comes next.
        connect(picker, &PersonPicker::personChosen, self, [self, picker] {
            Q_EMIT self->commitData(picker);
            Q_EMIT self->closeEditor(picker, QAbstractItemDelegate::EditNextItem);
        });
        return picker;
    }
    case Column::Case: {
        auto *box = new QComboBox(parent);
        for (const OpenCase &c : ServiceRepository(m_db).openCasesOf(personOfRow(index)))
            box->addItem(c.number, c.id);
        return box;
    }
    case Column::Service: {
        auto *box = new QComboBox(parent);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        for (const ServiceItem &i : m_catalogue)
            box->addItem(u"%1 — %2"_s.arg(i.code, i.name), i.id);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        return box;
    }
    case Column::Form: {
        auto *box = new QComboBox(parent);
        const qint64 itemId =
            index.siblingAtColumn(Column::Service).data(DaySheetModel::IdRole).toLongLong();
        for (const ServiceItem &i : m_catalogue)
            if (i.id == itemId)
                for (const QString &f : i.forms)
                    box->addItem(serviceFormName(f), f);
        return box;
    }
    case Column::Quantity: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, 1000);
        spin->setDecimals(2);
        return spin;
    }
    case Column::Minutes: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 24 * 60);
        spin->setSingleStep(15);
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void DaySheetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<PersonPicker *>(editor)) {
        picker->setPerson(index.data(DaySheetModel::IdRole).toLongLong(), index.data().toString());
        return;
    }
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(DaySheetModel::IdRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DaySheetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<PersonPicker *>(editor)) {
        // Only a person picked from the register: typed letters alone change nothing.
        if (picker->personId())
            static_cast<DaySheetModel *>(model)->setPerson(index.row(), picker->personId(),
                                                           picker->text());
        return;
    }
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        // The service typed must be one of the catalogue's; anything else keeps the old one.
        const int found =
            box->isEditable() ? box->findText(box->currentText()) : box->currentIndex();
        if (found >= 0)
            model->setData(index, box->itemData(found));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool DaySheetDelegate::eventFilter(QObject *object, QEvent *event)
{
    // A picker closed when its person was picked still gets the rest of that Enter and its
    // focus-out: they belong to no cell any more.
    if (object != m_lastEditor.data())
        return event->type() == QEvent::KeyPress;
    if (event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            auto *editor = static_cast<QWidget *>(object);
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            Q_EMIT nextRowRequested();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QModelIndex DaySheetView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    QModelIndex next = QTableView::moveCursor(action, modifiers);
    if (action != MoveNext && action != MovePrevious)
        return next;
    // Past the column of reasons, which nobody types into.
    for (int guard = 0; next.isValid() && !(next.flags() & Qt::ItemIsEditable) && guard < 2;
         ++guard) {
        setCurrentIndex(next);
        next = QTableView::moveCursor(action, modifiers);
    }
    return next;
}

void DaySheetView::keyPressEvent(QKeyEvent *event)
{
    // Enter on a cell not being edited goes down to the next person too.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        state() != EditingState) {
        editNextRow();
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
        model()->removeRow(currentIndex().row());
        return;
    }
    QTableView::keyPressEvent(event);
}

void DaySheetView::commitEditing()
{
    auto *delegate = qobject_cast<DaySheetDelegate *>(itemDelegate());
    if (state() != EditingState || !delegate || !delegate->lastEditor())
        return;
    QWidget *editor = delegate->lastEditor();
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void DaySheetView::editNextRow()
{
    const int row = std::min(currentIndex().row() + 1, model()->rowCount() - 1);
    const QModelIndex person = model()->index(row, Column::Person);
    setCurrentIndex(person); // opens the editor when moving into a cell does
    if (state() != EditingState)
        edit(person);
}

DaySheet::DaySheet(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new DaySheetModel(db, this))
    , m_view(new DaySheetView(this))
    , m_date(dateEdit(this, today()))
    , m_staff(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Day sheet of services"));
    m_date->setObjectName(u"date"_s);
    m_date->setMaximumDate(today());
    m_staff->setObjectName(u"staff"_s);
    m_staff->addItem(tr("not chosen"), 0);
    for (const Choice &s : staffChoices(db))
        m_staff->addItem(s.name, s.id);
    auto *delegate = new DaySheetDelegate(db, m_view);
    m_view->setModel(m_model);
    m_view->setItemDelegate(delegate);
    m_view->setEditTriggers(db.isReadOnly() ? QAbstractItemView::NoEditTriggers
                                            : QAbstractItemView::AllEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(Column::Service, QHeaderView::Stretch);
    m_view->setColumnWidth(Column::Person, 240);
    m_view->setColumnWidth(Column::Form, 110);
    m_view->setColumnWidth(Column::Quantity, 70);
    m_view->setColumnWidth(Column::Minutes, 70);
    m_view->setColumnWidth(Column::Case, 110);
    m_view->setColumnWidth(Column::Note, 140);
    m_view->setColumnWidth(Column::Problem, 220);
    connect(delegate, &DaySheetDelegate::nextRowRequested, m_view, &DaySheetView::editNextRow);

    auto *hint = new QLabel(
        tr("Type a few letters of a name and pick the person with the arrows and Enter; the case "
           "is their newest open one, the service and the numbers those of the row above. Tab "
           "goes to the next cell, Enter to the next person, Ctrl+Delete removes a row."),
        this);
    hint->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    auto *dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    auto *staffLabel = new QLabel(tr("Speciali&st"), this);
    staffLabel->setBuddy(m_staff);
    auto *top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(12);
    top->addWidget(staffLabel);
    top->addWidget(m_staff);
    top->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save the sheet (Ctrl+S)"), QDialogButtonBox::ApplyRole);
    save->setEnabled(!db.isReadOnly());
    buttons->addButton(QDialogButtonBox::Close);
    connect(save, &QPushButton::clicked, this, &DaySheet::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &DaySheet::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1200, 620);
    m_view->setCurrentIndex(m_model->index(0, Column::Person));
    m_view->setFocus();
}

void DaySheet::setDay(const QDate &date, qint64 staffId)
{
    m_date->setDate(date);
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(staffId)));
}

bool DaySheet::save()
{
    m_view->commitEditing();
    const int rows = m_model->filledRows();
    if (rows == 0) {
        m_status->setText(tr("The sheet is empty: type the first person."));
        return false;
    }
    QString error;
    if (!m_model->save(m_date->date(), m_staff->currentData().toLongLong(), &error)) {
        m_status->setStyleSheet(u"color: #9b2226;"_s);
        const int refused = m_model->refusedRows();
        m_status->setText(refused > 0
                              ? tr("%n row(s) need correcting (see the last column); nothing was "
                                   "saved yet and every row is kept.",
                                   nullptr, refused)
                              : error + u" "_s + tr("Nothing was saved; every row is kept."));
        return false;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Saved: %n service(s). The sheet is ready for more.", nullptr, rows));
    m_view->setCurrentIndex(m_model->index(0, Column::Person));
    Q_EMIT saved();
    return true;
}

} // namespace opora::ui
