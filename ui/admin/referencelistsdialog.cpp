#include "admin/referencelistsdialog.h"

#include "error.h"
#include "register/referencerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
constexpr int ActiveRole = Qt::UserRole + 3;
constexpr int InUseRole = Qt::UserRole + 4;
} // namespace

ReferenceListsDialog::ReferenceListsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_toggle(new QPushButton(this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Reference lists"));
    m_list->addItem(tr("Categories of people"), u"category"_s);
    m_list->addItem(tr("Circumstances of a case"), u"circumstance"_s);
    m_list->addItem(tr("Reasons for closing a case"), u"closure_reason"_s);
    m_list->addItem(tr("Departments"), u"department"_s);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e; font-weight: 600;"_s);
    m_error->hide();
    auto *hint = new QLabel(tr("Double-click or press F2 to rename. Items that records use can "
                               "be deactivated: they stay on those records but are no longer "
                               "offered."),
                            this);
    hint->setWordWrap(true);

    connect(m_list, &QComboBox::activated, this, &ReferenceListsDialog::reload);
    connect(m_add, &QPushButton::clicked, this, &ReferenceListsDialog::add);
    connect(m_toggle, &QPushButton::clicked, this, &ReferenceListsDialog::toggleActive);
    connect(m_remove, &QPushButton::clicked, this, &ReferenceListsDialog::removeItem);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() == 0)
            renamed(item->row());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        const bool active = item && item->data(ActiveRole).toBool();
        m_toggle->setText(active ? tr("De&activate") : tr("&Activate"));
        m_toggle->setEnabled(item);
        m_remove->setEnabled(item && !item->data(InUseRole).toBool());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(760, 560);
    reload();
}

QString ReferenceListsDialog::currentList() const
{
    return m_list->currentData().toString();
}

void ReferenceListsDialog::showList(const QString &list)
{
    m_list->setCurrentIndex(std::max(0, m_list->findData(list)));
    reload();
}

void ReferenceListsDialog::reload()
{
    m_loading = true;
    const int row = m_table->currentRow();
    m_table->setRowCount(0);
    for (const ReferenceItem &item : ReferenceRepository(m_db).items(currentList())) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *name = new QTableWidgetItem(item.name);
        name->setData(IdRole, item.id);
        name->setData(VersionRole, item.version);
        name->setData(ActiveRole, item.active);
        name->setData(InUseRole, item.inUse);
        if (!item.active)
            name->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        QString state = item.active ? tr("in use") : tr("deactivated");
        if (item.active && !item.inUse)
            state = tr("active, not used yet");
        auto *stateItem = new QTableWidgetItem(state);
        stateItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, stateItem);
    }
    m_loading = false;
    m_table->setCurrentCell(std::clamp(row, 0, std::max(0, m_table->rowCount() - 1)), 0);
}

bool ReferenceListsDialog::report(const std::function<void()> &change)
{
    try {
        change();
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        m_error->show();
        reload();
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

void ReferenceListsDialog::add()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add an item"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    report([&] { ReferenceRepository(m_db).add(currentList(), name); });
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
}

void ReferenceListsDialog::renamed(int row)
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    const QString name = item->text();
    const qint64 id = item->data(IdRole).toLongLong();
    const int version = item->data(VersionRole).toInt();
    report([&] { ReferenceRepository(m_db).rename(currentList(), id, version, name); });
}

void ReferenceListsDialog::toggleActive()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const int version = item->data(VersionRole).toInt();
    const bool active = item->data(ActiveRole).toBool();
    report([&] { ReferenceRepository(m_db).setActive(currentList(), id, version, !active); });
}

void ReferenceListsDialog::removeItem()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    report([&] { ReferenceRepository(m_db).remove(currentList(), id); });
}

} // namespace opora::ui
